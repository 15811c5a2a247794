import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['January 14, 2026', '2026-01-14'],
    ['Jan. 14, 2026', '2026-01-14'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['14 January 2026', '2026-01-14'],
    ['Washington, DC, March 2, 2024 — Remarks', '2024-03-02'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['Mayor 3, 2024', 'February 30, 2025', 'no date here', 'Ja 1, 2020'])('finds no date in %s', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});
