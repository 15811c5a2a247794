// Where commitment triggers may start in a folded text, and which: one pass
// over the text's tokens that walks a small trie of the triggers' literal
// starts (commitment-triggers.ts) at each word start. Most words fall off the trie
// at their first or second letter, so no pattern runs for them; a union of
// all the patterns scanning the text tried each one at every word.

import { TRIGGERS } from './commitment-triggers';
import type { Token } from './entities/tokenize';

/** Trie letters: a-z, space, apostrophe, period; any other character falls off. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz '.";
const WIDTH = 32;
const CODE = new Uint8Array(128);
for (let k = 0; k < ALPHABET.length; k++) CODE[ALPHABET.charCodeAt(k)] = k + 1;

/** At most one node per character of the starts, plus the root. */
const MAX_NODES = 1 + TRIGGERS.reduce((sum, trigger) => sum + trigger.starts.join('').length, 0);
/** Child of node n by letter code c at NEXT[n * WIDTH + c]; 0 is the root, so also "none". */
const NEXT = new Int32Array(MAX_NODES * WIDTH);
/** Per node: a bit per trigger one of whose starts ends there. */
const ENDS = new Int32Array(MAX_NODES);

// A mask holds 31 triggers, and a start only trie letters: trigger-scan.test.ts checks both of the data.
let nodes = 1;
TRIGGERS.forEach((trigger, k) => {
  for (const start of trigger.starts) {
    let node = 0;
    for (let i = 0; i < start.length; i++) {
      const c = CODE[start.charCodeAt(i)]!;
      if (NEXT[node * WIDTH + c] === 0) NEXT[node * WIDTH + c] = nodes++;
      node = NEXT[node * WIDTH + c]!;
    }
    ENDS[node]! |= 1 << k;
  }
});

/** 1 for the characters of the regex \w ([A-Za-z0-9_]): what a \b separates from the rest. */
const REGEX_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) REGEX_WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/** The triggers whose literal starts begin at p, as bits; 0 when none. */
function maskAt(folded: string, p: number): number {
  let mask = 0;
  let node = 0;
  for (let j = p; j < folded.length; j++) {
    const c = folded.charCodeAt(j);
    const code = c < 128 ? CODE[c]! : 0;
    node = code === 0 ? 0 : NEXT[node * WIDTH + code]!;
    if (node === 0) break;
    mask |= ENDS[node]!;
  }
  return mask;
}

export interface TriggerStarts {
  /** Text offsets, ascending. */
  offsets: number[];
  /** Per offset: a bit per trigger (index in TRIGGERS) whose literal start is there. */
  masks: number[];
}

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
    if (token.alnum) {
      if (mayStartAt(folded, token.start)) add(offsets, masks, token.start, maskAt(folded, token.start));
      continue;
    }
    for (let p = token.start; p < token.end; p++) if (mayStartAt(folded, p)) add(offsets, masks, p, maskAt(folded, p));
  }
  return { offsets, masks };
}

/**
 * A \b before a letter a-z (triggers open with one), or an apostrophe right
 * after a word ("'ll", "'re").
 */
function mayStartAt(folded: string, p: number): boolean {
  const c = folded.charCodeAt(p);
  const afterWord = p > 0 && isRegexWord(folded.charCodeAt(p - 1));
  return c === 39 ? afterWord : c >= 97 && c <= 122 && !afterWord;
}

const isRegexWord = (c: number): boolean => c < 128 && REGEX_WORD[c] === 1;

function add(offsets: number[], masks: number[], p: number, mask: number): void {
  if (mask === 0) return;
  offsets.push(p);
  masks.push(mask);
}
