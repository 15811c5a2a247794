// Where commitment triggers may start in a folded text, and which: one pass
// over the characters that walks a small trie of the triggers' literal starts
// (commitment-triggers.ts) at each word start. Most words fall off the trie
// at their first or second letter, so no pattern runs for them; a union of
// all the patterns scanning the text tried each one at every word.

import { TRIGGERS } from './commitment-triggers';

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

if (TRIGGERS.length > 31) throw new Error('trigger-scan: a trigger mask holds 31 triggers');
let nodes = 1;
TRIGGERS.forEach((trigger, k) => {
  for (const start of trigger.starts) {
    let node = 0;
    for (let i = 0; i < start.length; i++) {
      const c = CODE[start.charCodeAt(i)];
      if (!c) throw new Error(`trigger-scan: "${start}" has a character outside ${ALPHABET}`);
      if (NEXT[node * WIDTH + c] === 0) NEXT[node * WIDTH + c] = nodes++;
      node = NEXT[node * WIDTH + c]!;
    }
    ENDS[node]! |= 1 << k;
  }
});

/** As the regex \w: the characters on the inside of a \b. */
function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
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
 * the patterns match, and only those patterns need trying.
 */
export function triggerStarts(folded: string): TriggerStarts {
  const offsets: number[] = [];
  const masks: number[] = [];
  const n = folded.length;
  let previousIsWord = false;
  for (let p = 0; p < n; p++) {
    const c = folded.charCodeAt(p);
    const isWord = isRegexWordChar(c);
    // A \b before a letter, or before an apostrophe (a "'ll" after its word).
    const boundary = isWord ? !previousIsWord && c >= 97 : c === 39 && previousIsWord;
    previousIsWord = isWord;
    if (!boundary) continue;
    let mask = 0;
    let node = 0;
    for (let j = p; j < n; j++) {
      const d = folded.charCodeAt(j);
      const code = d < 128 ? CODE[d]! : 0;
      node = code === 0 ? 0 : NEXT[node * WIDTH + code]!;
      if (node === 0) break;
      mask |= ENDS[node]!;
    }
    if (mask !== 0) {
      offsets.push(p);
      masks.push(mask);
    }
  }
  return { offsets, masks };
}
