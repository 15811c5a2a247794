import { describe, expect, it } from 'vitest';
import type { Commitment, Entity } from '../analysis/types';
import { placeCard } from './card-position';
import { markAt, stepCommitment } from './hit-test';

const commitment = (id: string, start: number, end: number): Commitment => ({ id, start, end, strength: 'firm', trigger: '', actors: [], time: null, place: null, means: null });
const entity = (id: string, start: number, end: number): Entity => ({ id, start, end, type: 'place', text: 'x', key: 'x' });

describe('markAt', () => {
  const analysis = { commitments: [commitment('c0', 0, 50), commitment('c1', 60, 90)], entities: [entity('e0', 10, 20), entity('e1', 70, 75)] };
  it('prefers the entity where both are marked, then the commitment, then nothing', () => {
    expect(markAt(analysis, 12)).toEqual({ kind: 'entity', entity: analysis.entities[0] });
    expect(markAt(analysis, 30)).toEqual({ kind: 'commitment', commitment: analysis.commitments[0] });
    expect(markAt(analysis, 55)).toBeNull();
    expect(markAt(analysis, 90)).toBeNull();
  });
});

describe('stepCommitment', () => {
  const list = [commitment('a', 0, 1), commitment('b', 2, 3), commitment('c', 4, 5)];
  it('steps forward and back, wrapping, and starts at an end', () => {
    expect(stepCommitment(list, null, 1)?.id).toBe('a');
    expect(stepCommitment(list, null, -1)?.id).toBe('c');
    expect(stepCommitment(list, list[2]!, 1)?.id).toBe('a');
    expect(stepCommitment(list, list[0]!, -1)?.id).toBe('c');
    expect(stepCommitment([], null, 1)).toBeNull();
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 150 };
  it('goes below the text when it fits, above when not, never over it', () => {
    expect(placeCard({ top: 100, left: 50, width: 200, height: 20 }, card, viewport)).toEqual({ top: 128, left: 50 });
    const low = { top: 700, left: 50, width: 200, height: 20 };
    const placed = placeCard(low, card, viewport);
    expect(placed.top + card.height).toBeLessThanOrEqual(low.top);
  });
  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ top: 100, left: 900, width: 50, height: 20 }, card, viewport).left).toBe(692);
    expect(placeCard({ top: 100, left: -40, width: 50, height: 20 }, card, viewport).left).toBe(8);
  });
});
