// Where a note's passage is in a page's text, on every visit, with the W3C
// Web Annotation selectors it was saved with: first the exact quote (its
// context picks between repeats), then the saved position if the quote is
// still there with only its spacing changed, then an approximate search
// (approx-string-match: Myers' bit-parallel algorithm, as in Hypothesis)
// scored on the quote, its context and its position. Pure: text in, offsets out.

import search from 'approx-string-match';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface NoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Characters of context kept on each side of a quote: enough to tell repeats apart. */
export const CONTEXT_CHARS = 32;

/** The selectors for text[start, end). */
export function describeSpan(text: string, start: number, end: number): NoteSelectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How alike two strings are, 0 to 1, from the edit distance of the shorter within the longer. */
function likeness(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const best = search(long, short, short.length).reduce((min, match) => Math.min(min, match.errors), short.length);
  return 1 - (best + (long.length - short.length)) / long.length;
}

/** Scores a candidate span: the quote counts most, then its context, then closeness to where it was. */
function score(text: string, start: number, end: number, quoteLikeness: number, selectors: NoteSelectors): number {
  const { prefix, suffix } = selectors.quote;
  const prefixLikeness = prefix ? likeness(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
  const suffixLikeness = suffix ? likeness(text.slice(end, end + suffix.length), suffix) : 1;
  const distance = Math.abs(start - selectors.position.start);
  const nearness = 1 - Math.min(distance / Math.max(text.length, 1), 1);
  return 50 * quoteLikeness + 20 * prefixLikeness + 20 * suffixLikeness + 2 * nearness;
}

function exactMatch(text: string, selectors: NoteSelectors): Anchor | null {
  const { exact, prefix, suffix } = selectors.quote;
  if (!exact) return null;
  const occurrences: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    // The same quote in the same context: nothing can beat it.
    if (text.endsWith(prefix, at) && text.startsWith(suffix, at + exact.length)) return { start: at, end: at + exact.length, method: 'exact' };
    occurrences.push(at);
  }
  if (occurrences.length <= 1) return occurrences.length === 0 ? null : { start: occurrences[0]!, end: occurrences[0]! + exact.length, method: 'exact' };
  // Repeats whose context changed: the closest context wins.
  let best: Anchor | null = null;
  let bestScore = -1;
  for (const at of occurrences) {
    const candidate = score(text, at, at + exact.length, 1, selectors);
    if (candidate > bestScore) {
      best = { start: at, end: at + exact.length, method: 'exact' };
      bestScore = candidate;
    }
  }
  return best;
}

function positionMatch(text: string, selectors: NoteSelectors): Anchor | null {
  const { start, end } = selectors.position;
  if (end > text.length || start >= end) return null;
  return squash(text.slice(start, end)) === squash(selectors.quote.exact) ? { start, end, method: 'position' } : null;
}

/** The most errors allowed, as a share of the quote: a quote a quarter rewritten is no longer the same passage. */
const MAX_ERROR_SHARE = 0.25;

function fuzzyMatch(text: string, selectors: NoteSelectors): Anchor | null {
  const { exact } = selectors.quote;
  if (exact.length < 4) return null;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  let best: Anchor | null = null;
  let bestScore = -1;
  for (const match of search(text, exact, maxErrors)) {
    const candidate = score(text, match.start, match.end, 1 - match.errors / exact.length, selectors);
    if (candidate > bestScore) {
      best = { start: match.start, end: match.end, method: 'fuzzy' };
      bestScore = candidate;
    }
  }
  return best;
}

/** Where the note's passage is in `text`, or null when it cannot be found. */
export function anchor(text: string, selectors: NoteSelectors): Anchor | null {
  return exactMatch(text, selectors) ?? positionMatch(text, selectors) ?? fuzzyMatch(text, selectors);
}
