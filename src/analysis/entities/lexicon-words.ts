// Lexicon strings split into words by the same rules as tokenize(), for the
// tries and word sets built from the lexicons. A regex of its own rather than
// tokenize() itself, for two reasons: building the indexes runs thousands of
// short splits at load, a cost that counts cold; and V8 optimizes a function
// for the inputs it has seen, so tokenize() fed only short lexicon strings
// first is compiled for them and then scans whole pages about 1.7x slower.
// lexicon-words.test.ts checks both splits agree on every lexicon string.

import { fold, GLUED } from './tokenize';

export interface LexiconWord {
  /** As written. */
  text: string;
  /** Folded, as Token.low: the lookup key. */
  low: string;
}

/**
 * A word (inner apostrophes kept unless a possessive "'s" follows), a
 * possessive on its own, or any other single character.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{M}\p{N}])|\S/gu;

/**
 * Splits already made: the word sets (vocabulary.ts), the gazetteer and the
 * party index all split the same names.
 */
const made = new Map<string, LexiconWord[]>();

export function lexiconWords(s: string): LexiconWord[] {
  const earlier = made.get(s);
  if (earlier) return earlier;
  const out: LexiconWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    let text = m[0];
    // Two words glued, split as tokenize() splits them (its GLUED): the two sides must agree.
    const glued = GLUED.exec(text);
    if (glued) {
      text = glued[1]!;
      WORD.lastIndex = m.index + text.length;
    }
    out.push({ text, low: fold(text) });
  }
  made.set(s, out);
  return out;
}

/** The folded keys of a lexicon string's words. */
export const keysOf = (s: string): string[] => lexiconWords(s).map((w) => w.low);
