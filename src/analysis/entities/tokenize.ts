// One pass over the text: words, numbers and single punctuation marks, with
// UTF-16 offsets. Every rule downstream walks this array, never the text.
// A possessive "'s" is its own token, so "Kazakhstan's" is "Kazakhstan" + "'s";
// lexicon entries are tokenized the same way, so both sides always agree.

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, curly apostrophes folded: the lookup key. */
  low: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("ROK", "RUBIO"). */
  upper: boolean;
  /** All digits. */
  num: boolean;
  /** A word or number (not punctuation). */
  word: boolean;
  /** White space (or text start) right before it. */
  sp: boolean;
  /** Starts a line (text start or after a line break). */
  nl: boolean;
}

const UPPER = /^\p{Lu}/u;
const DIGITS = /^\d+$/;
// Five or more lower-case letters before the capital, so "McKeeby" or "ByteDance" stay whole.
const GLUED = /^(\p{Lu}\p{Ll}{5,})\p{Lu}\p{Ll}/u;

export const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'");

// Character classes by UTF-16 code unit, filled on first sight: 1 word (letter, mark, digit;
// surrogates count as word), 2 space, 3 other. A hand-written scanner over these is several
// times faster than a Unicode regex that allocates a match per token.
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isS = (c: number): boolean => c === 115 || c === 83;

/**
 * Words keep inner apostrophes ("Qa'ida") but not a final possessive, which is its own
 * token ("'s"); every other non-space character is a token of its own.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let sp = true;
  let nl = true;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === 2) {
      sp = true;
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const start = i;
    if (k === 1) {
      i++;
      for (;;) {
        while (i < n && classOf(text.charCodeAt(i)) === 1) i++;
        if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && classOf(text.charCodeAt(i + 1)) === 1) {
          if (isS(text.charCodeAt(i + 1)) && (i + 2 >= n || classOf(text.charCodeAt(i + 2)) !== 1)) break;
          i++;
          continue;
        }
        break;
      }
    } else if (isApostrophe(c) && i + 1 < n && isS(text.charCodeAt(i + 1)) && (i + 2 >= n || classOf(text.charCodeAt(i + 2)) !== 1)) {
      i += 2;
    } else {
      i++;
    }
    let t = text.slice(start, i);
    // Two words glued where a page dropped a line break: "SpokesmanOffice" is "Spokesman" + "Office".
    const glued = i - start >= 8 ? GLUED.exec(t) : null;
    if (glued) {
      t = glued[1]!;
      i = start + t.length;
    }
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
    const low = t.toLowerCase();
    out.push({
      text: t,
      low: low.includes('’') ? low.replace(/’/g, "'") : low,
      start,
      end: i,
      cap,
      upper: cap && t.length > 1 && t === t.toUpperCase() && t !== low,
      num: c >= 48 && c <= 57 && DIGITS.test(t),
      word: k === 1,
      sp,
      nl,
    });
    sp = false;
    nl = false;
  }
  return out;
}

/** Tokenizes a lexicon string the way text is tokenized; returns the folded keys. */
export const keysOf = (s: string): string[] => tokenize(s).map((t) => t.low);
