// Where commitment triggers may start in a folded text, and which: one pass
// over the text's tokens that walks a small trie of the triggers' literal
// starts (read off their patterns, literal-starts.ts) at each word start. Most
// words fall off the trie at their first or second letter, so no pattern runs
// for them; a union of all the patterns scanning the text tried each one at
// every word.

import { PATTERN, TRIGGERS } from './commitment-triggers';
import type { Token } from './entities/tokenize';
import { literalStarts } from './literal-starts';

/** Trie letters: a-z, space, apostrophe, period; any other character falls off. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz '.";
const WIDTH = 32;
const CODE = new Uint8Array(128);
for (let k = 0; k < ALPHABET.length; k++) CODE[ALPHABET.charCodeAt(k)] = k + 1;

/**
 * Starts are cut to this many characters: enough to tell the triggers'
 * words apart ("reaffirmed", "is committ"), where whole starts ("is providing
 * an additional us") would only make the trie several times larger.
 */
const START_CHARS = 10;

/** Each trigger's starts, cut; trigger-scan.test.ts checks that none is empty. */
export const TRIGGER_STARTS: readonly string[][] = TRIGGERS.map((trigger) => literalStarts(trigger[PATTERN].source, ALPHABET, START_CHARS));

// The trie is read from the plain arrays it is built in: copies into Int32Arrays cost 20 bytes gzipped for about
// 1 ms a pass over the releases (of some 75 in this scan, 1,250 in the whole analysis). The table is made without
// holes (Array.from, not Array(n).fill), which V8 reads faster.
/** Child of node n by letter code c at next[n * WIDTH + c]; 0 is the root, so also "none". */
const next: number[] = Array.from({ length: WIDTH }, () => 0);
/** Per node: a bit per trigger one of whose starts ends there. */
const ends: number[] = [0];

// A mask holds 31 triggers: trigger-scan.test.ts checks the data.
TRIGGER_STARTS.forEach((starts, k) => {
  for (const start of starts) {
    let node = 0;
    for (let i = 0; i < start.length; i++) {
      const slot = node * WIDTH + CODE[start.charCodeAt(i)]!;
      if (!next[slot]) {
        next[slot] = ends.length;
        ends.push(0);
        for (let c = 0; c < WIDTH; c++) next.push(0);
      }
      node = next[slot]!;
    }
    ends[node]! |= 1 << k;
  }
});

/** 1 for the characters of the regex \w ([A-Za-z0-9_]): what a \b separates from the rest. */
const REGEX_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) REGEX_WORD[c] = +/\w/.test(String.fromCharCode(c));

/** The triggers whose literal starts begin at p, as bits; 0 when none. */
function maskAt(folded: string, p: number): number {
  let mask = 0;
  let node = 0;
  for (let j = p; j < folded.length; j++) {
    // 0, or past ASCII no entry at all (undefined): a character off the alphabet.
    const code = CODE[folded.charCodeAt(j)];
    node = code ? next[node * WIDTH + code]! : 0;
    if (!node) break;
    mask |= ends[node]!;
  }
  return mask;
}

/**
 * Text offsets, ascending, and per offset a bit per trigger (index in TRIGGERS) whose literal start is there. A pair
 * rather than an object with two fields, whose names the bundle would spell at each read: shorter in the bundle.
 */
export type TriggerStarts = [offsets: number[], masks: number[]];

/**
 * Every offset of `folded` at a word boundary where some trigger's literal
 * start begins, with the triggers that may match there: a superset of where
 * the patterns match, and only those patterns need trying. `tokens` are the
 * text's (folding keeps offsets): only white space lies between them, where
 * no trigger starts, and inside a token of ASCII letters and digits no \b
 * falls, so of most words only the first letter is looked at.
 */
export function triggerStarts(folded: string, tokens: readonly Token[]): TriggerStarts {
  const offsets: number[] = [];
  const masks: number[] = [];
  for (const token of tokens) {
    // A token of ASCII letters and digits is read at its start alone.
    const end = token.alnum ? token.start + 1 : token.end;
    for (let p = token.start; p < end; p++) {
      const mask = mayStartAt(folded, p) ? maskAt(folded, p) : 0;
      if (mask) {
        offsets.push(p);
        masks.push(mask);
      }
    }
  }
  return [offsets, masks];
}

/**
 * A \b before a letter a-z (triggers open with one), or an apostrophe right
 * after a word ("'ll", "'re").
 */
function mayStartAt(folded: string, p: number): boolean {
  const c = folded.charCodeAt(p);
  // Past ASCII the table holds no entry (undefined): no \w there; nor before the text's start, where the code is NaN.
  // Read in place rather than through a helper, which the bundle kept as a function of its own (10 bytes gzipped).
  const afterWord = REGEX_WORD[folded.charCodeAt(p - 1)] === 1;
  return c === 39 ? afterWord : c >= 97 && c <= 122 && !afterWord;
}
