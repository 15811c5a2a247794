// Capitalized phrases: the raw material for names the lexicons do not list.
// A chunk is a run of capitalized words, joined by lower-case connectors
// ("Bureau of International Narcotics and Law Enforcement Affairs"), tight
// hyphens ("U.S.-Serbia", "EU-facilitated"), abbreviation dots ("Co. Ltd."),
// numbers after a word ("Expo 2027") and a few possessives that belong to a
// name ("Foreign Ministers' Meeting"). It never crosses a line, a comma or a
// token another rule already claimed (a person, a date).

import type { Span } from './dates';
import type { Token } from './tokenize';
import { isFunctionWord } from './vocabulary';

/** Lower-case words that join the parts of one name. */
const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'and', '&', 'de', 'du', 'des', 'la', 'al', 'el', 'y', 'da', 'del', 'von', 'van', 'bin']);
/** Heads that take a place after "in": "UN Interim Force in Lebanon", "U.S. Embassy in Reykjavik". */
const IN_HEADS = new Set(['embassy', 'consulate', 'mission', 'force', 'forces']);
/** Words whose possessive stays inside a name: "Foreign Ministers' Meeting", "Prime Minister's Office". */
const POSSESSIVE_IN_NAME = new Set(['minister', 'ministers', 'leader', 'leaders', 'people', 'children', 'women', 'workers', 'veterans', 'president']);
/** Abbreviations whose period belongs to the name: "Co. Ltd.", "Pte.", "St.". */
const ABBREVIATIONS = new Set(['co', 'ltd', 'pte', 'inc', 'corp', 'jr', 'sr', 'st', 'no', 'bros', 'plc', 'llc']);

/** Heads whose name runs on through "to" and a capitalized word. */
const TO_HEADS = new Set(['statement', 'strategy', 'plan', 'initiative', 'call', 'coalition', 'partnership', 'pledge', 'program']);

/** Bodies whose "of" complement may be a comma list. */
const LIST_BODIES = new Set(['ministry', 'department', 'bureau', 'committee', 'commission']);
/** Longest comma list a body's portfolio runs to, in tokens. */
const MAX_LIST = 10;

/** Does a list of capitalized words starting at k close with "and Word" (before any other joiner)? */
function listCloses(tokens: readonly Token[], k: number, blocked: Uint8Array): boolean {
  for (let n = 0; n < MAX_LIST && tokens[k] && !tokens[k]!.nl && !blocked[k]; n++, k++) {
    const t = tokens[k]!;
    if (t.low === 'and') return !!tokens[k + 1]?.cap;
    if (!t.cap && t.text !== ',') return false;
  }
  return false;
}

const capAt = (tokens: readonly Token[], k: number, blocked: Uint8Array): boolean =>
  !!tokens[k] && !tokens[k]!.nl && !blocked[k] && (tokens[k]!.cap || startsWithDigit(tokens[k]!.text));

const startsWithDigit = (s: string): boolean => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

/** Is any token in [s, e) blocked? (A loop: a subarray per known name would allocate.) */
function anyBlocked(blocked: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (blocked[k]) return true;
  return false;
}

/**
 * End (exclusive) of the chunk that starts at the capitalized token i. `knownEnd[k]`
 * is the end of a lexicon name starting at k (0 if none): such a name is kept whole
 * even across a comma ("Washington, D.C."), and "and" between two of them splits.
 */
export function chunkEnd(tokens: readonly Token[], i: number, blocked: Uint8Array, knownEnd: Uint32Array): number {
  let j = i;
  let lastKnownEnd = -1;
  let runsOnThroughTo = false;
  for (;;) {
    const t = tokens[j];
    if (!t || (j > i && t.nl) || blocked[j]) break;
    const prev = tokens[j - 1];
    const k = knownEnd[j]!;
    if (k > j && t.cap && !anyBlocked(blocked, j, k)) {
      j = lastKnownEnd = k;
    } else if (j === i || t.cap) {
      j++;
    } else if (t.low === 'and' && (tokens[j + 1]?.low === 'the' || (knownEnd[j + 1] && (lastKnownEnd === j || tokens[knownEnd[j + 1]!]?.low === "'s")))) {
      // "the Troika and the European Union", "United States and Cambodia", "... and Malawi's Ministry": two names.
      break;
    } else if (t.text === ',' && LIST_BODIES.has(tokens[i]!.low) && tokens[i + 1]?.low === 'of' && !knownEnd[j + 1] && listCloses(tokens, j + 1, blocked)) {
      // "Ministry of Food, Agriculture and Light Industry": a body's portfolio may be a list.
      j++;
    } else if (t.num && prev?.word) {
      j++;
    } else if ((t.text === '-' || t.text === '+' || t.text === '/') && !t.sp && tokens[j + 1]?.word && !tokens[j + 1]!.sp && !blocked[j + 1]) {
      j += 2;
    } else if (t.text === '.' && !t.sp && prev && (prev.text.length === 1 || ABBREVIATIONS.has(prev.low))) {
      j++;
    } else if (CONNECTORS.has(t.low) && (capAt(tokens, j + 1, blocked) || (tokens[j + 1]?.low === 'the' && capAt(tokens, j + 2, blocked)))) {
      j++;
    } else if (t.low === 'in' && prev && IN_HEADS.has(prev.low) && capAt(tokens, j + 1, blocked)) {
      j++;
    } else if (t.low === 'to' && runsOnThroughTo && capAt(tokens, j + 1, blocked)) {
      // "Joint Statement on Steps to Achieve the Pledge", "Strategy to Prevent Conflict", "Call to Action".
      j++;
    } else if ((t.low === "'s" || t.text === "'" || t.text === '’') && prev && POSSESSIVE_IN_NAME.has(prev.low) && capAt(tokens, j + 1, blocked)) {
      j++;
    } else {
      break;
    }
    if (TO_HEADS.has(tokens[j - 1]?.low ?? '')) runsOnThroughTo = true;
  }
  // Never end on a joiner.
  while (j > i + 1 && !tokens[j - 1]!.word) j--;
  while (j > i + 1 && CONNECTORS.has(tokens[j - 1]!.low)) j--;
  return j;
}

/** Every chunk in the text, skipping blocked tokens and capitalized function words ("At", "Is"). */
export function chunks(tokens: readonly Token[], blocked: Uint8Array, knownEnd: Uint32Array): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (blocked[i] || !t.cap || (isFunctionWord(t.low) && !knownEnd[i])) continue;
    const end = chunkEnd(tokens, i, blocked, knownEnd);
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}
