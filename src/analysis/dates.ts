// Dates as State Department pages write them ("January 14, 2026",
// "Jan. 14, 2026", "14 January 2026"), turned into ISO dates.

/** Month names, lower case, January first. */
export const MONTH_NAMES = (
  'january|february|march|april|may|june|july|august|september|october|november|december'
).split('|');

/** Abbreviations that stand for a month before a day ("Jan. 5", "Sept. 30"). */
export const MONTH_ABBREVIATIONS: readonly string[] = (
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'
).split('|');

const MONTH_DAY_YEAR = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/;

/** 1-12 for a month name or its abbreviation ("Sept"), else undefined ("Mayor" is not May). */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase();
  if (key.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(key));
  return index >= 0 ? index + 1 : undefined;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date in `text` as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    if (month) return iso(Number(match[3]), month, Number(match[2]));
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month) return iso(Number(match[3]), month, Number(match[1]));
  }
  return null;
}
