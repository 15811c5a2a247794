import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, countsOfScore, ENTITY_FIGURES, f1Of, formatIntervals, seededRandom, type DocumentCounts } from './intervals';

const one = (tp: number, fp: number, fn: number): DocumentCounts => ({ commitments: { tp, fp, fn } });

describe('f1Of', () => {
  it('is F1 from summed counts, 0 with nothing right, 1 with nothing to find and nothing found, as the scorer has it', () => {
    expect(f1Of({ tp: 3, fp: 1, fn: 1 })).toBeCloseTo(0.75);
    expect(f1Of({ tp: 0, fp: 2, fn: 0 })).toBe(0);
    expect(f1Of({ tp: 0, fp: 0, fn: 2 })).toBe(0);
    expect(f1Of({ tp: 0, fp: 0, fn: 0 })).toBe(1);
  });
});

describe('seededRandom', () => {
  it('gives the same floats in [0, 1) for a seed, and others for another', () => {
    const a = Array.from({ length: 1000 }, seededRandom(7));
    expect(Array.from({ length: 1000 }, seededRandom(7))).toEqual(a);
    expect(Array.from({ length: 1000 }, seededRandom(8))).not.toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    // Spread over the range, not bunched: each tenth holds about a tenth.
    for (let tenth = 0; tenth < 10; tenth++) expect(a.filter((x) => Math.floor(x * 10) === tenth).length).toBeGreaterThan(60);
  });
});

describe('bootstrapIntervals', () => {
  const mixed = [one(9, 1, 0), one(2, 3, 4), one(5, 0, 1), one(0, 2, 2), one(7, 1, 1), one(4, 4, 0)];

  it('gives the whole set’s F1 and an interval around it, the same on every run', () => {
    const [interval] = bootstrapIntervals(mixed, ['commitments']);
    expect(interval!.f1).toBeCloseTo(f1Of({ tp: 27, fp: 11, fn: 8 }));
    expect(interval!.low).toBeLessThan(interval!.f1);
    expect(interval!.high).toBeGreaterThan(interval!.f1);
    expect(bootstrapIntervals(mixed, ['commitments'])).toEqual([interval]);
  });

  it('narrows as a set of documents alike grows', () => {
    const width = (documents: DocumentCounts[]) => {
      const [interval] = bootstrapIntervals(documents, ['commitments']);
      return interval!.high - interval!.low;
    };
    expect(width([...mixed, ...mixed, ...mixed, ...mixed])).toBeLessThan(width(mixed));
  });

  it('has no width where every document reads the same', () => {
    expect(bootstrapIntervals([one(3, 1, 0), one(3, 1, 0)], ['commitments'])).toEqual([{ name: 'commitments', f1: 6 / 7, low: 6 / 7, high: 6 / 7 }]);
  });

  it('counts a document without a figure as finding nothing there, and refuses an empty set', () => {
    const [interval] = bootstrapIntervals([one(2, 0, 0), {}], ['commitments']);
    expect(interval!.f1).toBe(1);
    expect(() => bootstrapIntervals([], ['commitments'])).toThrow(/no documents/);
  });

  it('prints one row a figure', () => {
    const text = formatIntervals([{ name: 'entities.place', f1: 0.8791, low: 0.8111, high: 0.9312 }], 92);
    expect(text).toBe('intervals (F1 over 2000 resamplings of the 92 documents):\n  entities.place         F1 0.879   95% interval 0.811-0.931\n');
  });
});

describe('countsOfScore', () => {
  it('reads counts whose sums over documents scored one by one give the scorer’s figures over them all', async () => {
    const { score } = (await import(pathToFileURL(resolve('..', 'shared', 'corpus', 'score.mjs')).href)) as { score: (docs: unknown[], preds: Map<string, unknown>) => any };
    const text = 'Ruritania will open a consulate. Jane Roe met Max Mustermann in Strelsau. We discussed trade.';
    const documents = [
      {
        id: 'a',
        text,
        gold: {
          isStatement: true,
          sentences: [{ start: 0, end: 32, commitment: 'firm' }, { start: 33, end: 72 }, { start: 73, end: text.length }],
          entities: [{ text: 'Ruritania', type: 'country' }, { text: 'Jane Roe', type: 'person' }, { text: 'Strelsau', type: 'place' }],
        },
      },
      { id: 'b', text, gold: { isStatement: true, sentences: [{ start: 73, end: text.length, commitment: 'support' }], entities: [{ text: 'Max Mustermann', type: 'person' }] } },
    ];
    const preds = new Map([
      ['a', { id: 'a', commitments: [{ start: 33, end: 72, strength: 'firm' }], entities: [{ text: 'Ruritania', type: 'country' }, { text: 'Strelsau', type: 'organization' }] }],
      ['b', { id: 'b', commitments: [{ start: 73, end: text.length, strength: 'support' }], entities: [{ text: 'Max Mustermann', type: 'person' }, { text: 'Jane Roe', type: 'person' }] }],
    ]);
    const whole = score(documents, preds);
    const intervals = bootstrapIntervals(documents.map((doc) => countsOfScore(score([doc], preds))), ['commitments', ...ENTITY_FIGURES], 10);
    expect(intervals.find((i) => i.name === 'commitments')!.f1).toBeCloseTo(whole.commitments.f1);
    for (const type of ['micro', 'person', 'country', 'organization', 'place']) {
      expect(intervals.find((i) => i.name === `entities.${type}`)!.f1).toBeCloseTo(whole.entities[type].f1);
    }
  });
});
