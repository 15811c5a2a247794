// One pass over the text: words, numbers and single punctuation marks, with
// UTF-16 offsets. Every rule downstream walks this array, never the text.
// A possessive "'s" is its own token, so "Kazakhstan's" is "Kazakhstan" + "'s";
// lexicon entries are split by the same rules (lexicon-words.ts), so both sides always agree.

/** A character's flags, as the scanner's table holds them (FLAGS, below). */
const WORD = 1;
const SPACE = 2;
const UPPER_CASE = 4;
const LOWER_CASE = 8;
const DIGIT = 16;
/** An ASCII lower-case letter or digit: never \p{Lu}, so a word made of these after its capital cannot be GLUED. */
const PLAIN = 32;
/** An ASCII letter or digit. */
const ASCII = 64;
const KNOWN = 128;

/**
 * Token facts packed in one small integer: a token is five fields, not ten, so a page's tokens are quicker to allocate
 * and collect. A fact read off the characters' flags has that flag's bit, so tokenize() copies those in one mask; the
 * others take bits no such fact has.
 */
const IS_WORD = WORD;
const SP = 2;
const CAP = UPPER_CASE;
const UPPER = 8;
const NUM = DIGIT;
const NL = 32;
const ALNUM = ASCII;

export class Token {
  // Declared, then set in the constructor: parameter properties would also emit
  // a class field per property, which the bundle carries for nothing.
  /** The text as written. */
  declare readonly text: string;
  /** Lower case, curly apostrophes folded: the lookup key. */
  declare readonly low: string;
  declare readonly start: number;
  declare readonly end: number;
  /** The facts, one bit each (CAP, UPPER, ...): a short name, as every getter spells it in the bundle. */
  private declare readonly bits: number;

  constructor(text: string, low: string, start: number, end: number, facts: number) {
    this.text = text;
    this.low = low;
    this.start = start;
    this.end = end;
    this.bits = facts;
  }

  // The getters in the order gzip packs smallest: each reads one bit, so their order changes nothing else.

  /** Two or more letters, all upper case ("ROK", "RUBIO"). */
  get upper(): boolean {
    return (this.bits & UPPER) !== 0;
  }

  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  /** All digits. */
  get num(): boolean {
    return (this.bits & NUM) !== 0;
  }

  /** A word or number (not punctuation). */
  get word(): boolean {
    return (this.bits & IS_WORD) !== 0;
  }

  /** White space (or text start) right before it. */
  get sp(): boolean {
    return (this.bits & SP) !== 0;
  }

  /** Starts a line (text start or after a line break). */
  get nl(): boolean {
    return (this.bits & NL) !== 0;
  }

  /** ASCII letters and digits only (no apostrophe): a regex \b falls inside it nowhere. */
  get alnum(): boolean {
    return (this.bits & ALNUM) !== 0;
  }
}

// Five or more lower-case letters before the capital, so "McKeeby" or "ByteDance" stay whole.
export const GLUED = /^(\p{Lu}\p{Ll}{5,})\p{Lu}\p{Ll}/u;

/** Curly apostrophes and single quotes, read as the straight apostrophe. */
export const CURLY = /[’‘]/g;

/** Lower case, curly apostrophes straight: the lookup key. Few page words need it (tokenize slices foldText's instead). */
export const fold = (s: string): string => s.toLowerCase().replace(CURLY, "'");

/** A whole text lower case, curly apostrophes straight; always the same length, so offsets hold. */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  // A few characters change length in lower case ("İ"): fold those one by one.
  if (lower.length !== text.length) lower = Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
  return lower.replace(CURLY, "'");
}

// Character flags (above) by UTF-16 code unit, filled on first sight (KNOWN marks a filled slot):
// a hand-written scanner over these is several times faster than a Unicode regex that
// allocates a match per token, and the case flags spare a toLowerCase per lower-case word.
const FLAGS = new Uint8Array(65536);
/** Letters, marks and digits; a surrogate (half of an emoji or a rare letter) counts as a word character too. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\ud800-\udfff]/u;
const SPACE_CHAR = /\s/u;
/** A table hit, small enough to be inlined into the scanner's loops; a character's first sight aside. */
const flagsOf = (c: number): number => FLAGS[c] || firstSight(c);

function firstSight(c: number): number {
  const ch = String.fromCharCode(c);
  let k = 0;
  if (WORD_CHAR.test(ch)) {
    k = WORD;
    if (ch !== ch.toLowerCase()) k |= UPPER_CASE;
    else if (ch !== ch.toUpperCase()) k |= LOWER_CASE;
    // Once per character, so a regex costs nothing here.
    if (/\d/.test(ch)) k |= DIGIT;
    if (/[\da-z]/.test(ch)) k |= PLAIN;
    if (/[\da-zA-Z]/.test(ch)) k |= ASCII;
  } else if (SPACE_CHAR.test(ch)) k = SPACE;
  return (FLAGS[c] = k | KNOWN);
}
const isWordChar = (c: number): boolean => (flagsOf(c) & WORD) !== 0;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isS = (c: number): boolean => c === 115 || c === 83;
// Past the text's end a character code is NaN: no apostrophe, no "s" and no word character (its flags have no WORD),
// so the tests of a word's apostrophe and of a possessive's "s" need no bound test.

/**
 * Words keep inner apostrophes ("Qa'ida") but not a final possessive, which is its own
 * token ("'s"); every other non-space character is a token of its own. `folded` is
 * foldText(text), when the caller has it already.
 */
export function tokenize(text: string, folded = foldText(text)): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // The next token's SP and NL facts: white space, and a line break, since the last token (the text's start is both).
  let gap = SP | NL;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const k = flagsOf(c);
    if (k & SPACE) {
      gap |= c === 10 ? SP | NL : SP;
      i++;
      continue;
    }
    const start = i;
    // Union of all characters' flags, and intersection of those after the first:
    // case, digits and the GLUED pre-check without a regex.
    let any = k;
    let rest = 0xff;
    let curly = false;
    if (k & WORD) {
      i++;
      for (;;) {
        while (i < n) {
          const f = flagsOf(text.charCodeAt(i));
          if (!(f & WORD)) break;
          any |= f;
          rest &= f;
          i++;
        }
        const a = text.charCodeAt(i);
        if (isApostrophe(a) && isWordChar(text.charCodeAt(i + 1))) {
          if (isS(text.charCodeAt(i + 1)) && !isWordChar(text.charCodeAt(i + 2))) break;
          curly ||= a === 0x2019;
          rest &= ~ASCII;
          i++;
          continue;
        }
        break;
      }
    } else if (isApostrophe(c) && isS(text.charCodeAt(i + 1)) && !isWordChar(text.charCodeAt(i + 2))) {
      curly = c === 0x2019;
      any |= flagsOf(text.charCodeAt(i + 1));
      i += 2;
    } else {
      i++;
    }
    let t = text.slice(start, i);
    // Two words glued where a page dropped a line break: "SpokesmanOffice" is "Spokesman" + "Office".
    const glued = i - start >= 8 && k & UPPER_CASE && !(rest & PLAIN) ? GLUED.exec(t) : null;
    if (glued) {
      t = glued[1]!;
      i = start + t.length;
    }
    const ascii = k & rest & ASCII;
    // Only words with a capital (or a curly apostrophe) need folding. An ASCII word folds letter by letter, as
    // the folded text has it: a slice of that spares a toLowerCase, several times slower on a page's two-byte text.
    const low = any & UPPER_CASE || curly ? (ascii ? folded.slice(start, i) : fold(t)) : t;
    // The first character's word and capital flags, and the digit and ASCII flags every character has, are the
    // token's IS_WORD, CAP, NUM and ALNUM.
    let facts = (k & (WORD | UPPER_CASE | (rest & (DIGIT | ASCII)))) | gap;
    if (facts & CAP && t.length > 1 && !(any & LOWER_CASE)) facts |= UPPER;
    out.push(new Token(t, low, start, i, facts));
    gap = 0;
  }
  return out;
}

/**
 * The token before i, none before the first: never tokens[-1], as one read before the array turns this read slow (generic)
 * at every token after. A helper rather than the test written out at each rule (5 bytes gzipped).
 */
export const tokenBefore = (tokens: readonly Token[], i: number): Token | undefined => (i ? tokens[i - 1] : undefined);

/** A capitalized word that goes on with its line, not one that opens the next: what ends or extends a name before it. */
export const capOnLine = (t: Token | undefined): boolean => !!t?.cap && !t.nl;

/** The text starts with an ASCII digit ("2025", "3rd"): a table lookup, cheaper than a regex, run at many words (an empty text's NaN has no flags). */
export const startsWithDigit = (s: string): boolean => (flagsOf(s.charCodeAt(0)) & DIGIT) !== 0;

/** A hyphen at k that joins the tokens around it, no space on either side: "Eui-yong", "al-Jubeir", "ISIS-K". */
export const tightHyphenAt = (tokens: readonly Token[], k: number): boolean => tokens[k]?.text === '-' && !tokens[k]!.sp && tokens[k + 1]?.sp === false;

/** How many words (not punctuation) the tokens [s, e) hold; a loop, where a slice and filter would allocate. */
export function countWords(tokens: readonly Token[], s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (tokens[i]!.word) n++;
  return n;
}

/**
 * The tokens of a text's `tokens` that cover exactly the text's characters
 * [start, end), which then are the ones tokenize() would give that stretch
 * alone (their line and space flags aside), sliced (the one caller's use,
 * rather than their bounds as an object); null when a token runs across
 * either bound ("we'll" cut before "'ll").
 */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] | null {
  const from = firstEndingAfter(tokens, start);
  const to = firstEndingAfter(tokens, end);
  if (from < tokens.length && tokens[from]!.start < start) return null;
  if (to < tokens.length && tokens[to]!.start < end) return null;
  return tokens.slice(from, to);
}

/** The first token ending after `offset` (tokens.length when none): a binary search, tokens being in text order. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
