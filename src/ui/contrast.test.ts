// The popup's colour pairs meet WCAG AA (4.5:1 for text) in the light and
// the dark scheme, read from the stylesheet itself so they cannot drift.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '..', '..', 'assets', 'popup.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = variables(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...variables(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('* {'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const PAIRS: Array<[string, string]> = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['fg', 'chip'],
  ['muted', 'chip'],
  ['accent-fg', 'accent'],
  ['gold', 'bg'],
  ['error', 'bg'],
  ['focus', 'bg'],
  ['firm-fg', 'firm-bg'],
  ['intent-fg', 'intent-bg'],
  ['support-fg', 'support-bg'],
];

describe('popup colours', () => {
  for (const [scheme, vars] of [['light', light], ['dark', dark]] as const) {
    it.each(PAIRS)(`${scheme}: --%s on --%s is at least 4.5:1`, (fg, bg) => {
      expect(vars[fg], fg).toBeDefined();
      expect(vars[bg], bg).toBeDefined();
      expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
