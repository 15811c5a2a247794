import { describe, expect, it } from 'vitest';
import { topLevelAlternatives, whileStandingIn, widestGroup, withoutAlternative } from './ablate';

describe('the ablation of the commitment patterns', () => {
  it('splits a source at its top-level bars only, never inside a group, a class or after a backslash', () => {
    expect(topLevelAlternatives('will|(are|is) going to|[|a]b|x\\|y')).toEqual(['will', '(are|is) going to', '[|a]b', 'x\\|y']);
    expect(topLevelAlternatives('plain')).toEqual(['plain']);
  });

  it('finds the group with the most alternatives, past a lookaround\'s opening', () => {
    const source = '^will ([a-z]+ly |also )?(travel|meet|host|visit)\\b';
    const [from, to] = widestGroup(source);
    expect(source.slice(from, to)).toBe('travel|meet|host|visit');
    const negative = 'x(?!a|b|c|d|e)';
    expect(negative.slice(...widestGroup(negative))).toBe('a|b|c|d|e');
    // No group holds more alternatives than the whole: the whole.
    expect(widestGroup('a|b|(c|d)')).toEqual([0, 9]);
  });

  it('drops one alternative and keeps the flags', () => {
    const pattern = /^will (travel|meet|host)\b/y;
    const smaller = withoutAlternative(pattern, widestGroup(pattern.source), 1);
    expect(smaller.source).toBe('^will (travel|host)\\b');
    expect(smaller.flags).toBe('y');
  });

  it('makes a shared pattern answer as its stand-in only while scoring, its lastIndex carried, then restores it', () => {
    const pattern = /\b(agree|pledge)\b/y;
    const standIn = withoutAlternative(pattern, widestGroup(pattern.source), 1);
    const during = whileStandingIn(pattern, standIn, () => {
      pattern.lastIndex = 3;
      const agreeing = pattern.exec('we agree') !== null;
      const after = pattern.lastIndex;
      pattern.lastIndex = 3;
      return { agreeing, after, pledging: pattern.test('we pledge') };
    });
    expect(during).toEqual({ agreeing: true, after: 8, pledging: false });
    pattern.lastIndex = 3;
    expect(pattern.test('we pledge')).toBe(true);
  });
});
