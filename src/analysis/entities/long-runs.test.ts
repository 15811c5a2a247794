// Texts that repeat one shape without end: each once made a rule read on to the end of the run from every token in it,
// so the time grew with the square of the run (and a list of names, its memory too). Each text here took 15 to 45 s, or
// ran out of memory, before its rule was bounded; bounded, each takes well under a second, so the timeout only catches
// the square coming back, with a wide margin for a slow machine.
import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

const TIMEOUT_MS = 15_000;

describe('endless runs of one shape', () => {
  it(
    'reads a list of 6,000 names once, not from each name in it',
    () => {
      const persons = found('Jane Roe, Kim Vell, Ida Marsk, '.repeat(2000)).filter((e) => e.startsWith('person:'));
      expect(persons).toHaveLength(6000);
      expect(new Set(persons)).toEqual(new Set(['person:Jane Roe', 'person:Kim Vell', 'person:Ida Marsk']));
    },
    TIMEOUT_MS,
  );

  it(
    'reads a run of capitalized words and "and" in pieces, each name found',
    () => {
      const es = found('Darkhan Province and '.repeat(16000));
      expect(es).toHaveLength(16000);
      expect(es.every((e) => e === 'place:Darkhan Province')).toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    'cuts a name with no end into pieces of at most 64 words',
    () => {
      const es = found('Energy Working Group '.repeat(12000));
      expect(es.length).toBeGreaterThan(0);
      for (const e of es) expect(e.split(' ').length).toBeLessThanOrEqual(64);
    },
    TIMEOUT_MS,
  );

  it(
    'reads a run of addresses with no space as one address, no name in it',
    () => {
      expect(found('www.'.repeat(64000))).toEqual([]);
      expect(found('Darkhan@'.repeat(64000))).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'reads a line of titles with no end as no one',
    () => {
      expect(found('Al Secretary of Republic '.repeat(24000))).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
