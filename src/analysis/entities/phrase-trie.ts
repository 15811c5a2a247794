// A trie of token sequences, built once at module load, so a lookup at a token
// costs a few Map hits however many phrases are listed (longest match first).
// Case rule per word, as the lexicon header asks: a word written with capitals
// only ("ROK", "US") must match exactly; a capitalized word ("Kazakhstan")
// needs a capital in the text (so "UNITED STATES" in a heading still matches);
// a lower-case word ("of", "program") matches any case.

import { lexiconWords } from './lexicon-words';
import type { Token } from './tokenize';
import { addShape, mayHaveShape, newWordShapes, type WordShapes } from './word-shapes';

interface Node<V> {
  /** Words that continue a phrase; none at most ends, so made only when needed. */
  next?: Map<string, Node<V>>;
  /** Phrases that end here: their written words' case rules, and the value. */
  ends?: { cases: Case[]; value: V }[];
}

/**
 * A written word's case rule, decided once when the phrase is added rather than per lookup: ANY case fits a lower-case
 * first letter; a capitalized word NEEDS_CAP, a capital in the text; a word with capitals past its first letter (an
 * acronym, "ROK", "BiH") is the rule itself, the text it must be exactly. One array of rules, not the words and a rule
 * per word: the words are read only by the exact rule.
 */
type Case = typeof ANY | typeof NEEDS_CAP | string;
const ANY = 0;
const NEEDS_CAP = 1;

function caseOf(written: string): Case {
  const first = written[0]!;
  if (first === first.toLowerCase()) return ANY;
  // Only capitals (two or more letters, or mixed like "BiH"): an acronym, exact. A single letter's rest is empty, never upper case.
  if (written.slice(1) !== written.slice(1).toLowerCase()) return written;
  return NEEDS_CAP;
}

/**
 * The root node, and the first words' shapes: most tokens start no phrase, and are ruled out without a Map lookup. A
 * pair rather than an object with two fields, whose names the bundle would spell at each read: shorter in the bundle.
 */
export type PhraseTrie<V> = [root: Node<V>, firsts: WordShapes];
// Set before their readers, so terser writes them in.
const ROOT = 0;
const FIRSTS = 1;

export interface PhraseMatch<V> {
  /** Token index one past the last matched token. */
  end: number;
  value: V;
}

/** Every node has both fields from the start, so lookups see one object shape. */
const newNode = <V>(): Node<V> => ({ next: undefined, ends: undefined });

export const newTrie = <V>(): PhraseTrie<V> => [newNode(), newWordShapes()];

export function addPhrase<V>(trie: PhraseTrie<V>, surface: string, value: V): void {
  const toks = lexiconWords(surface);
  if (toks[0]) addShape(trie[FIRSTS], toks[0].low);
  let node = trie[ROOT];
  for (const t of toks) {
    node.next ??= new Map();
    let child = node.next.get(t.low);
    if (!child) node.next.set(t.low, (child = newNode()));
    node = child;
  }
  (node.ends ??= []).push({ cases: toks.map((t) => caseOf(t.text)), value });
}

/** Longest phrase starting at token `i`; `accept` can veto a candidate (e.g. context rules). */
export function longestAt<V>(
  trie: PhraseTrie<V>,
  tokens: readonly Token[],
  i: number,
  accept?: (value: V, end: number, tokens: readonly Token[]) => boolean,
): PhraseMatch<V> | null {
  const first = tokens[i]?.low;
  if (!first || !mayHaveShape(trie[FIRSTS], first)) return null;
  let node: Node<V> | undefined = trie[ROOT];
  let best: PhraseMatch<V> | null = null;
  for (let j = i; j < tokens.length; j++) {
    const tok: Token = tokens[j]!;
    // A phrase never runs across a line break.
    if (j > i && tok.nl) break;
    node = node.next?.get(tok.low);
    if (!node) break;
    if (node.ends) {
      for (const e of node.ends) {
        // Each word's rule, read in place: a capitalized word written as the text has it starts with the same capital,
        // so its text fits just when the token is cap.
        if (e.cases.every((rule, k) => rule === ANY || (rule === NEEDS_CAP ? tokens[i + k]!.cap : rule === tokens[i + k]!.text)) && (!accept || accept(e.value, j + 1, tokens))) {
          best = { end: j + 1, value: e.value };
          break;
        }
      }
    }
  }
  return best;
}
