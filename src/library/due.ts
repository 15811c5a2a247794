// When a commitment falls due, from its time as written and the date of the
// statement that made it: "in 2025" is due at the end of 2025, "by March
// 2026" at the end of March 2026, "next year" at the end of the statement's
// next year, "in the coming months" six months on. Null when it says no
// date that can be pinned down.

import { monthNumber } from '../analysis/dates';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const endOfMonth = (year: number, month: number) => iso(new Date(Date.UTC(year, month + 1, 0)));
const endOfYear = (year: number) => `${year}-12-31`;

function addMonths(from: Date, months: number): string {
  return iso(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate())));
}

/** The ISO date `time` falls due, for a statement dated `statementDate` (YYYY-MM-DD or YYYY-MM). */
export function dueDate(time: string, statementDate: string | null): string | null {
  const text = time.toLowerCase();
  const base = statementDate ? new Date(`${statementDate.length === 7 ? `${statementDate}-01` : statementDate}T00:00:00Z`) : null;
  const baseYear = base && !Number.isNaN(base.getTime()) ? base.getUTCFullYear() : null;

  const monthYear = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},\s+)?((?:19|20)\d{2})\b/.exec(text);
  if (monthYear) return endOfMonth(Number(monthYear[2]), monthNumber(monthYear[1]!) - 1);
  const half = /\b(first|second) half of ((?:19|20)\d{2})\b/.exec(text);
  if (half) return half[1] === 'first' ? `${half[2]}-06-30` : endOfYear(Number(half[2]));
  const early = /\b(early|mid-?|late)\s*((?:19|20)\d{2})\b/.exec(text);
  if (early) return early[1] === 'early' ? `${early[2]}-04-30` : early[1]!.startsWith('mid') ? `${early[2]}-08-31` : endOfYear(Number(early[2]));
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  if (year) return endOfYear(Number(year[1]));

  if (!base || baseYear === null) return null;
  if (/\b(?:end of|by the end of) (?:the |this )?year\b|\bthis year\b|\blater this year\b/.test(text)) return endOfYear(baseYear);
  if (/\bnext year\b|\bend of next year\b|\bearly next year\b/.test(text)) return endOfYear(baseYear + 1);
  if (/\b(?:coming|next|following) year\b/.test(text)) return addMonths(base, 12);
  if (/\b(?:coming|next|following) (?:few )?months\b/.test(text)) return addMonths(base, 6);
  if (/\b(?:coming|next|following) (?:few )?weeks\b|\bnext month\b/.test(text)) return addMonths(base, 1);
  if (/\b(?:this|end of the) month\b/.test(text)) return endOfMonth(baseYear, base.getUTCMonth());
  const within = /\bwithin (\d+) (day|week|month|year)s?\b/.exec(text);
  if (within) {
    const count = Number(within[1]);
    const months = within[2] === 'year' ? count * 12 : within[2] === 'month' ? count : within[2] === 'week' ? Math.ceil(count / 4) : Math.ceil(count / 30);
    return addMonths(base, months);
  }
  return null;
}
