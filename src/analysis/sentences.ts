// Sentences of a statement's text. Every line is a hard boundary (pages give
// one block per line, blocks separated by blank lines), so no sentence runs
// across paragraphs, headings, list items or speaker turns. Inside a line a
// sentence ends at . ! or ? (with any closing quotes and brackets) before
// white space and a capital, digit or opening quote — unless the period
// belongs to an abbreviation, an initial, or a number.

import { MONTH_ABBREVIATIONS } from './dates';
import { wordSet } from './word-set';

export interface Sentence {
  start: number;
  end: number;
  /** The transcript speaker label that opens this sentence's turn ("MR PRICE"), if any. */
  speaker: string | null;
}

// The word sets are read only by has(): their words are listed in the order gzip packs smallest.

/** Words whose period never ends a sentence: titles and honorifics stand before a name. */
const TITLE_ABBREVIATIONS = wordSet(
  'amb lt ca adm col approx e.g fr gov sec hon gen i.e messrs cf mr mrs ms dr sgt pres h.e maj rep rev sen dept ' +
  'v jr sr st capt vs prof',
);

/** Months: "Jan. 5" never ends a sentence when a number follows. */
const MONTH_ABBREVIATION = new Set(MONTH_ABBREVIATIONS);
/** Nor do these, which stand before a number ("No. 12", "Art. 5"); before a word they end one ("... Nazi-Confiscated Art. Serbia ..."). */
const BEFORE_NUMBER = new Set([...MONTH_ABBREVIATIONS, ...'vol para art fig no nos'.split(' ')]);

/**
 * Abbreviations that can end a sentence ("... with the U.S. The talks ...").
 * They end one only when the next word is one that typically opens a
 * sentence; "U.S. Embassy" or "U.N. Security Council" run on. Tested on the
 * word before the period, which the pattern does not spell: "U.S", "etc".
 * Only tested: its alternatives are in the order gzip packs smallest.
 */
const AMBIGUOUS_ABBREVIATIONS = /^(inc|([a-z]\.)+[a-z]|corp|co|ltd|etc)$/i;

const SENTENCE_OPENERS = wordSet(
  'a also question an and as secretary but since after both before during he however there his her i in ' +
  'it its on at for participants our she that the their these they this those today we when while with',
);

/** Words after a label that make a turn of speech even without a sentence's end. Set before speakerLabelAt, so terser writes it in. */
const TURN_WORDS = 5;
/** A transcript speaker label at the start of a line: "QUESTION:", "SECRETARY RUBIO:", "MS. BRUCE:". */
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}'’.-]*( \p{Lu}[\p{Lu}'’.-]*){0,4}):(\s|$)/u;

export function speakerLabelAt(line: string): string | null {
  const match = SPEAKER_LABEL.exec(line);
  if (!match) return null;
  const label = match[1]!;
  // A one-letter "A:" or an acronym-only line ("NOTE:") is still a label; a
  // long shouting heading is not likely, and labels are short.
  if (label.length > 40) return null;
  // Does the rest of the line after the colon read as a turn of speech: several words, a sentence's end ("Yes."), a
  // stage direction ("(In Arabic.)"), or nothing (the turn starts on the next line)? A table's field ("VESSEL NAME:
  // Kestrel", "FLAG: Togo") has a short value and no sentence.
  const rest = line.slice(match[0].length).trim();
  return rest === '' || rest[0] === '(' || TURN_ENDS.has(rest.at(-1)) || rest.split(/\s+/, TURN_WORDS).length >= TURN_WORDS
    ? label
    : null;
}

/** What ends a turn of speech: a sentence's end, a quotation closing one, a dash breaking it off ("I will send —"). */
const TURN_ENDS: ReadonlySet<string | undefined> = new Set('.?!…"”—–');

/** The word (letters and inner periods) that ends right before `index` (the period). */
function wordBefore(line: string, index: number): string {
  let start = index;
  while (start > 0 && isWordChar(line.charCodeAt(start - 1))) start--;
  return line.slice(start, index);
}

/** A letter or a period (abbreviations hold periods: "U.S", "e.g"): ASCII, as most are, told without a regex. */
function isWordChar(code: number): boolean {
  if (code === 46) return true;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(String.fromCharCode(code));
}

/** Whether the period at `index` (followed by white space at `after`) ends a sentence. */
function periodEndsSentence(line: string, index: number, after: number): boolean {
  const word = wordBefore(line, index);
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // charAt: past the line's end, an empty string, which holds no digit.
  if (BEFORE_NUMBER.has(lower) && /\d/.test(line.charAt(after))) return false;
  // An initial: "Antony J. Blinken", "Daniel R. Whitcomb" (the word holds no surrogate: one capital is one character).
  if (/^\p{Lu}$/u.test(word)) return false;
  // AMBIGUOUS_ABBREVIATIONS is tested only on words that can match it: dotted ones, or four letters at most (most
  // words are neither). In place rather than through a helper, which the bundle kept as a function called once.
  if (((word.length <= 4 || word.includes('.')) && AMBIGUOUS_ABBREVIATIONS.test(word)) || MONTH_ABBREVIATION.has(lower)) {
    // The next word, after any opening quotes or brackets, read in place (a helper called once ships on its own); none, no opener.
    return SENTENCE_OPENERS.has(/^[\s"'“‘([«]*(\p{L}+)/u.exec(line.slice(after, after + 40))?.[1]!.toLowerCase());
  }
  return true;
}

/**
 * No sentence runs longer: the longest of the 2,000 releases has 1,500 characters. A longer run with
 * no sentence end (a list or a table flattened into one line) is cut in pieces this long, so that
 * what reads each sentence, once per trigger it holds, stays linear in the text. Set before splitLine, the first
 * function to reach it, so terser writes it in where it is read.
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * A sentence end: terminal punctuation with any closing quotes or brackets,
 * then white space, then what opens a sentence. One regex jumps from
 * candidate to candidate instead of looking at every character. An ellipsis
 * ends at its last period: were periods closing marks, each period of a run
 * would read the whole run after it (128,000 periods with no sentence after
 * them took 30 s).
 */
const BOUNDARY = /[.!?][”’"')\]»]*(\s+)(?=[\p{Lu}\d"'“‘(\[«])/gu;

/**
 * Sentence ranges within one line, trimmed of surrounding space, pushed to
 * `out` as sentences (offsets plus `offset`, the line's start in the text).
 */
function splitLine(line: string, offset: number, speaker: string | null, out: Sentence[]): void {
  /**
   * The range [s, e) of `line` trimmed, as sentences of at most MAX_SENTENCE_CHARS; one left empty (or empty from the
   * start) is dropped. A closure over the line rather than a function passed it and its place at each call: shorter in the bundle.
   */
  const addTrimmed = (s: number, e: number): void => {
    while (s < e && TRIMMED_SPACE.test(line[s]!)) s++;
    while (e > s && TRIMMED_SPACE.test(line[e - 1]!)) e--;
    for (; e > s; s += MAX_SENTENCE_CHARS) out.push({ start: offset + s, end: offset + Math.min(e, s + MAX_SENTENCE_CHARS), speaker });
  };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(line); match; match = BOUNDARY.exec(line)) {
    // Where the match ends: the global pattern's lastIndex (a boundary is never empty), read there rather than from the match.
    const after = BOUNDARY.lastIndex;
    const end = after - match[1]!.length;
    if (line[match.index] === '.' && !periodEndsSentence(line, match.index, after)) continue;
    addTrimmed(start, end);
    start = after;
  }
  addTrimmed(start, line.length);
}

/**
 * The spaces a sentence is trimmed of: tab and carriage return too. No-break, typographic and ideographic
 * spaces are plain ones by now (analyze() reads the text through plainSpaces), so the class leaves them out.
 */
const TRIMMED_SPACE = /[ \t\r]/;

/** A turn's first sentence opens with its speaker's label ("SECRETARY RUBIO: "); read from `start`, the label and the space after it. */
const LABEL = /[^:]*:\s*/y;

/** Where a sentence's words start: after the speaker's label that opens a turn, else at its start. */
export function wordsStart(text: string, { start, speaker }: Sentence): number {
  LABEL.lastIndex = start;
  return speaker && text.startsWith(speaker, start) && LABEL.test(text) ? LABEL.lastIndex : start;
}

/** `text` with its Unicode spaces already plain ones, as analyze() passes it (plain-spaces.ts): a sentence is trimmed of plain white space only. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let speaker: string | null = null;
  const lineBreak = /\r?\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    // The speaker label opening the line after any leading space: read in place, as a helper called in a loop ships on its own.
    const label = speakerLabelAt(line.trimStart());
    if (label) speaker = label;
    splitLine(line, lineStart, speaker, sentences);
    if (!match) break;
    // After the line break: the global pattern's lastIndex, the end of the (never empty) break matched.
    lineStart = lineBreak.lastIndex;
  }
  return sentences;
}
