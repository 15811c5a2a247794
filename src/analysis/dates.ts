// Dates as State Department pages write them ("January 14, 2026",
// "Jan. 14, 2026", "14 January 2026"), turned into ISO dates.

/** Month names, lower case, January first, as one alternation ("january|february|..."): the time pattern reads it so. */
export const MONTH_ALTERNATION = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Month names, lower case, January first. */
export const MONTH_NAMES = MONTH_ALTERNATION.split('|');

/**
 * Abbreviations that stand for a month before a day ("Jan. 5", "Sept. 30"): each month's first three letters but May's
 * (its name is no abbreviation), and "sept". Made from the names rather than listed (4 bytes gzipped); read as sets.
 */
export const MONTH_ABBREVIATIONS: readonly string[] = [...MONTH_NAMES.filter((name) => name !== 'may').map((name) => name.slice(0, 3)), 'sept'];

/** The two ways a date is written, each with the groups of its month and its day; the year is group 3 in both. */
const DATE_SHAPES = [
  [/\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/, 1, 2], // "January 14, 2026", "Jan. 14, 2026"
  [/\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/, 2, 1], // "14 January 2026"
] as const;

/** 1-12 for a month name or its abbreviation ("Sept"), else 0 ("Mayor" is not May; findIndex's -1 plus one). */
export function monthNumber(word: string): number {
  const key = word.toLowerCase();
  return key.length < 3 ? 0 : MONTH_NAMES.findIndex((name) => name.startsWith(key)) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Month and day in two digits, a single one after a 0: shorter in the bundle than two padStart calls.
  return year + (month < 10 ? '-0' : '-') + month + (day < 10 ? '-0' : '-') + day;
}

/** The first full date in `text` as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  // Month first, then day first: a shape whose month word names no month ("Mayor 5, 2020") leaves it to the next.
  for (const [shape, monthGroup, dayGroup] of DATE_SHAPES) {
    const match = shape.exec(text);
    const month = match && monthNumber(match[monthGroup]!);
    if (month) return iso(+match[3]!, month, +match[dayGroup]!);
  }
  return null;
}
