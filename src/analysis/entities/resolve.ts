// Overlaps: one entity per stretch of text. Stronger rules win (rank 0 before
// 1 before 2), then the longer span, so "U.S.-Serbia Strategic Dialogue" beats
// the "Serbia" inside it (guide: a name inside a longer entity is no mention).

import type { Candidate } from './shapes';
import type { Token } from './tokenize';

export interface Ranked extends Candidate {
  /** 0: cue-based (titles, labels, full dates); 1: names and shapes; 2: guesses (bare years, propagation). */
  rank: number;
}

const width = (tokens: readonly Token[], c: Ranked): number => tokens[c.end - 1]!.end - tokens[c.start]!.start;

/** Accepts candidates that fit in the free tokens, best first; marks them in `taken`. Sorted by start. */
export function resolve(tokens: readonly Token[], cands: Ranked[], taken: Uint8Array): Ranked[] {
  const order = [...cands].sort((a, b) => a.rank - b.rank || width(tokens, b) - width(tokens, a) || a.start - b.start);
  const out: Ranked[] = [];
  for (const c of order) {
    let free = c.end > c.start;
    for (let i = c.start; i < c.end && free; i++) free = !taken[i];
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
