// Dates as written: "May 31, 2024", "July 19-23", "April 25 to 29", "June 29 and 30", "7-8 July, 2022",
// "16th of February", "March of 2021", "04/16/2010", "Friday, October 30, 2026"; a
// month alone where it stands for a date ("in September"); a year alone ("in 2025") or a span of years ("2022-2023").
// A range inside one month is one date, and so is one across months written tight ("May 31-June 1"); "August 31 to
// September 11" and "June 21 – July 14" are two.

import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../dates';
import { startsWithDigit, type Token, tokenBefore } from './tokenize';
import { wordSet } from '../word-set';

/** Lower case, as a token's `low` is and as MONTH_NAMES are: no copy folded at load (21 bytes gzipped in the bundle). */
export const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');

const MONTH = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** "Thursday": never part of a name ("the Conference on Lebanon on Thursday"). Read as a set where it is asked (a test of its own costs more in the bundle). */
export const WEEKDAY = new Set(WEEKDAYS);
const DAY = /^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;
// Years a statement plausibly names; "1300" or "2500" are more likely counts.
const YEAR = /^(1[89]|20)\d\d$/;
/** Words before a bare month that make it a date ("in May", "since March", "mid-May"); a set, in the order gzip packs smallest. */
const MONTH_CUES = wordSet('in since after by this before during from early next last late of till mid to through until');

export interface Span {
  start: number;
  /** Token index one past the end. */
  end: number;
}

const isMonth = (t: Token | undefined): boolean => !!t?.cap && MONTH.has(t.low) && (t.low.length > 3 || t.low === 'may');
// Asked at most capitalized words: a day opens with a digit and a year is all digits, which the token's
// facts tell without running the regex.
const isDay = (t: Token | undefined): boolean => !!t && startsWithDigit(t.low) && DAY.test(t.low);
export const isYear = (t: Token | undefined): boolean => !!t?.num && YEAR.test(t.text);
/** Tokens i and i+1 touch (no space between): "19-23", "04/16". */
const tight = (tokens: readonly Token[], i: number): boolean => !!tokens[i] && !tokens[i]!.sp;
// A token that holds a dash is the dash alone (tokenize makes every character but a word's its own token), so the
// pattern needs no anchors.
const isDash = (t: Token | undefined): boolean => !!t && /[-–]/.test(t.text);

/** Length of an optional ", 2024" / " 2024" year tail. */
function yearTail(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text === ',' && isYear(tokens[i + 1])) return 2;
  return isYear(tokens[i]) ? 1 : 0;
}

/** A full date (month with day or year, or numeric) starting at token i, or null. */
export function fullDateAt(tokens: readonly Token[], i: number): Span | null {
  const end = fullDateEnd(tokens, i);
  return end ? { start: i, end } : null;
}

/** The end of fullDateAt's date, 0 when none: one span made by its caller rather than one written at each return. */
function fullDateEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  let j = i;
  if (t.cap && WEEKDAY.has(t.low) && tokens[i + 1]?.text === ',' && isMonth(tokens[i + 2])) j = i + 2;
  // A three-letter abbreviation is a month only with its period and a day: "Jan. 5" ("Jan" alone may be a given name).
  if (isMonth(tokens[j]) || (tokens[j]!.cap && MONTH.has(tokens[j]!.low) && tokens[j + 1]?.text === '.' && isDay(tokens[j + 2]))) {
    let k = j + 1;
    if (tokens[k]?.text === '.') k++; // "Sept. 5"
    if (isDay(tokens[k]) && !tokens[k + 1]?.text.startsWith(':')) {
      k++;
      // An optional day range tail: "-23", "–23", " to 29", " and 30".
      const to = tokens[k];
      if ((isDash(to) || to?.low === 'to' || to?.low === 'and') && isDay(tokens[k + 1]) && !isMonth(tokens[k + 2])) k += 2;
      // One across months written tight is one date too ("May 31-June 1"); spaced or with "to" it is two.
      else if (isDash(to) && tight(tokens, k + 1) && isMonth(tokens[k + 1]) && isDay(tokens[k + 2])) k += 3;
      k += yearTail(tokens, k);
      return k;
    }
    if (tokens[k]?.low === 'of' && isYear(tokens[k + 1])) return k + 2;
    if (isYear(tokens[k])) return k + 1;
    return 0;
  }
  if (isDay(t)) {
    // "7-8 July, 2022", "15 April", "16th of February"
    let k = i + 1;
    if (isDash(tokens[k]) && tight(tokens, k) && isDay(tokens[k + 1])) k += 2;
    if (tokens[k]?.low === 'of') k++;
    if (isMonth(tokens[k]) && !isDay(tokens[k + 1])) return k + 1 + yearTail(tokens, k + 1);
    // "04/16/2010"
    if (tokens[i + 1]?.text === '/' && tight(tokens, i + 1) && isDay(tokens[i + 2]) && tokens[i + 3]?.text === '/' && isYear(tokens[i + 4])) {
      return i + 5;
    }
  }
  return 0;
}

/** A month alone standing for a date ("in September", "the March summit"), or a year alone. */
export function weakDateAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i]!;
  const prev = tokenBefore(tokens, i);
  if (isMonth(t)) {
    const cue = !!prev && (MONTH_CUES.has(prev.low) || (isDash(prev) && MONTH_CUES.has(tokens[i - 2]?.low)));
    // "May" and "March" are also words ("May I ...", "the March of Dimes"): they need a cue word before.
    return cue || (t.low !== 'may' && t.low !== 'march') ? { start: i, end: i + 1 } : null;
  }
  // A year, but not a phone or part number ("1-888-407-4747"), money ("$2025") nor a release number: "/287" right
  // after the year, as the archives number releases ("2006/287"; a second year, "2021/2022", is no number).
  if (
    !isYear(t) ||
    (tokens[i + 1]?.text === '/' && tight(tokens, i + 1) && tight(tokens, i + 2) && tokens[i + 2]!.num && !isYear(tokens[i + 2])) ||
    prev?.text === '$' ||
    (isDash(prev) && tokens[i - 2]?.num)
  )
    return null;
  // A fiscal year is the year as written: "Fiscal Year 2021", "FY 2022".
  const s = prev?.low === 'fy' ? i - 1 : prev?.low === 'year' && tokens[i - 2]?.low === 'fiscal' ? i - 2 : i;
  if (!isDash(tokens[i + 1])) return { start: s, end: i + 1 };
  // A span of years, one date as written: "2022-2023", "2021–22".
  const to = tokens[i + 2];
  return tight(tokens, i + 1) && tight(tokens, i + 2) && /^(1[89]|20)?\d\d$/.test(to?.text ?? '') && !isDash(tokens[i + 3]) ? { start: i, end: i + 3 } : null;
}
