// What changed since the last round of a series: commitments that are new,
// repeated (the same actors and similar wording), dropped, and whose
// strength moved (intent to firm, or back). Wording is compared on content
// words, lightly stemmed, so "will expand cooperation on energy" repeats
// "agreed to expand energy cooperation".

import type { Strength } from '../analysis/types';

export interface LibraryCommitment {
  text: string;
  strength: Strength;
  actors: string[];
  time: string | null;
}

export interface Pair<T> {
  previous: T;
  current: T;
}

export interface Comparison<T> {
  added: T[];
  repeated: Array<Pair<T>>;
  /** Repeated with another strength: "intent" last time, "firm" now is a strengthening. */
  strengthChanged: Array<Pair<T>>;
  dropped: T[];
}

const STOPWORDS = new Set(
  'a an the and or of to in on for with by at from as is are was were be been will shall would should can could may might must that this these those their its our his her they we it both two sides side parties party governments government also further continue continued including such which who whom whose than then there here into over under about per'.split(' '),
);

/** Content words of a text, lower case, plural and tense endings cut. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z0-9$%]+/g) ?? []) {
    if (STOPWORDS.has(raw) || raw.length < 3) continue;
    words.add(raw.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '') || raw);
  }
  return words;
}

/** How alike two wordings are, 0 to 1: shared content words over the smaller set (a rewording usually adds words). */
export function wordingLikeness(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** Wording at least this alike counts as the same commitment. */
export const SAME_WORDING = 0.6;

const sameActors = (a: readonly string[], b: readonly string[]) => {
  if (a.length === 0 || b.length === 0) return true; // one side unnamed: wording decides
  const set = new Set(a);
  return b.length === a.length && b.every((actor) => set.has(actor));
};

export function compareCommitments<T extends LibraryCommitment>(previous: readonly T[], current: readonly T[]): Comparison<T> {
  // Best pairs first: every candidate pair by likeness, taken greedily.
  const pairs: Array<{ p: number; c: number; likeness: number }> = [];
  previous.forEach((p, pi) =>
    current.forEach((c, ci) => {
      if (!sameActors(p.actors, c.actors)) return;
      const likeness = wordingLikeness(p.text, c.text);
      if (likeness >= SAME_WORDING) pairs.push({ p: pi, c: ci, likeness });
    }),
  );
  pairs.sort((a, b) => b.likeness - a.likeness);
  const usedPrevious = new Set<number>();
  const usedCurrent = new Set<number>();
  const result: Comparison<T> = { added: [], repeated: [], strengthChanged: [], dropped: [] };
  for (const { p, c } of pairs) {
    if (usedPrevious.has(p) || usedCurrent.has(c)) continue;
    usedPrevious.add(p);
    usedCurrent.add(c);
    const pair = { previous: previous[p]!, current: current[c]! };
    if (pair.previous.strength === pair.current.strength) result.repeated.push(pair);
    else result.strengthChanged.push(pair);
  }
  current.forEach((c, ci) => usedCurrent.has(ci) || result.added.push(c));
  previous.forEach((p, pi) => usedPrevious.has(pi) || result.dropped.push(p));
  return result;
}
