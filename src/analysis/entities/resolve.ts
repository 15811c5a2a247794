// Overlaps: one entity per stretch of text. Stronger rules win (rank 0 before
// 1 before 2), then the longer span, so "U.S.-Serbia Strategic Dialogue" beats
// the "Serbia" inside it (guide: a name inside a longer entity is no mention).

import type { EntityType } from '../types';
import { anyBlocked } from './chunks';
import type { Candidate } from './shapes';
import type { Token } from './tokenize';

export interface Ranked extends Candidate {
  /** 0: cue-based (titles, labels, full dates); 1: names and shapes; 2: guesses (bare years, propagation). */
  rank: number;
  /** Width in characters, which resolve() works out once rather than in every comparison. */
  width: number;
}

/**
 * A candidate. Every one is made here, so all share one shape (`key`
 * undefined unless a lexicon gave one): the sort and the rounds after it
 * read them without going through polymorphic property lookups. Its `width`
 * is not made here: resolve() sets it on every candidate before it reads any
 * (so they still share one shape), and a 0 made here would only ship.
 */
export const ranked = (start: number, end: number, type: EntityType, rank: number, key?: string): Ranked => ({ start, end, type, key, rank }) as Ranked;

/** Accepts candidates that fit in the free tokens, best first; marks them in `taken`. Sorted by start. */
export function resolve(tokens: readonly Token[], cands: readonly Ranked[], taken: Uint8Array): Ranked[] {
  for (const c of cands) c.width = tokens[c.end - 1]!.end - tokens[c.start]!.start;
  // Among equals a lexicon's name goes first: its key groups the name's forms ("State Department" with "Department of State").
  const order = [...cands].sort((a, b) => a.rank - b.rank || b.width - a.width || a.start - b.start || +!a.key - +!b.key);
  const out: Ranked[] = [];
  for (const c of order) {
    if (c.end <= c.start || anyBlocked(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
