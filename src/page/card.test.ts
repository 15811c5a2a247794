// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Commitment, Entity } from '../analysis/types';
import { buildCard } from './card';

const commitment: Commitment = {
  id: 'c0', start: 0, end: 10, strength: 'firm', trigger: 'agreed to', actors: ['United States', 'Mongolia'],
  time: 'in 2027', place: 'Washington', means: 'Critical Minerals Working Group',
};
const entity: Entity = { id: 'e0', start: 0, end: 2, type: 'country', text: 'U.S.', key: 'United States' };

const rows = (card: HTMLElement) => Object.fromEntries([...card.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));

describe('buildCard', () => {
  it('shows a commitment’s strength, actors, trigger, time, place and means', () => {
    const card = buildCard(document, { kind: 'commitment', commitment }, 0, { close: () => {} });
    expect(card.querySelector('h2')?.textContent).toBe('Firm commitment');
    expect(rows(card)).toEqual({ Who: 'United States, Mongolia', Trigger: '“agreed to”', When: 'in 2027', Where: 'Washington', Through: 'Critical Minerals Working Group' });
    expect(card.getAttribute('role')).toBe('dialog');
  });

  it('shows an entity’s type, canonical name and mentions', () => {
    const card = buildCard(document, { kind: 'entity', entity }, 7, { close: () => {} });
    expect(card.querySelector('h2')?.textContent).toBe('Country');
    expect(rows(card)).toEqual({ Name: 'United States', Mentions: '7' });
  });

  it('names a date as the page writes it, not by its folded key', () => {
    const date: Entity = { id: 'e1', start: 0, end: 14, type: 'date', text: 'March 20, 2024', key: 'march 20, 2024' };
    expect(rows(buildCard(document, { kind: 'entity', entity: date }, 2, { close: () => {} }))).toEqual({ Name: 'March 20, 2024', Mentions: '2' });
  });

  it('closes from its button and keeps page text as text', () => {
    const close = vi.fn();
    const hostile = { ...entity, key: '<img src=x onerror=alert(1)>' };
    const card = buildCard(document, { kind: 'entity', entity: hostile }, 1, { close });
    expect(card.querySelector('img')).toBeNull();
    [...card.querySelectorAll('button')].find((b) => b.textContent === 'Close')!.click();
    expect(close).toHaveBeenCalled();
  });
});
