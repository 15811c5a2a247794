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

// Words keep inner apostrophes ("al-Qa'ida" gives "Qa'ida") but not a final 's.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|['’][sS](?![\p{L}\p{M}])|\S/gu;
const UPPER = /^\p{Lu}/u;
const DIGITS = /^\d+$/;
// Five or more lower-case letters before the capital, so "McKeeby" or "ByteDance" stay whole.
const GLUED = /^(\p{Lu}\p{Ll}{5,})\p{Lu}\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'");

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    const start = m.index;
    // Two words glued where a page dropped a line break: "SpokesmanOffice" is "Spokesman" + "Office".
    const glued = t.length >= 8 ? GLUED.exec(t) : null;
    if (glued) {
      t = glued[1]!;
      TOKEN.lastIndex = start + t.length;
    }
    let nl = start === 0;
    for (let i = prevEnd; i < start && !nl; i++) nl = text.charCodeAt(i) === 10;
    const c = t.charCodeAt(0);
    // ASCII fast paths; the Unicode tests only for other scripts and accented capitals.
    const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(t.charAt(0));
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
    const low = t.toLowerCase();
    const num = c >= 48 && c <= 57 && DIGITS.test(t);
    out.push({
      text: t,
      low: low.includes('’') ? low.replace(/’/g, "'") : low,
      start,
      end: start + t.length,
      cap,
      upper: cap && t.length > 1 && t === t.toUpperCase() && t !== low,
      num,
      word,
      sp: start === 0 || start > prevEnd,
      nl,
    });
    prevEnd = start + t.length;
  }
  return out;
}

/** Tokenizes a lexicon string the way text is tokenized; returns the folded keys. */
export const keysOf = (s: string): string[] => tokenize(s).map((t) => t.low);
