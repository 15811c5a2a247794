// Acronyms defined in the text: "Enhanced Strategic Partnership Dialogue (ESPD)".
// The acronym becomes its own surface form with the long form's type and key,
// and every later (or earlier) use of it is a mention of the same thing.

import { tightHyphenAt, type Token } from './tokenize';

const MIXED_CAPS = /^\p{Lu}.*\p{Lu}/u;

/** An acronym in parentheses at i: "(ESPD)", "(ISIS-K)", "(FinCEN)", "(C5)"; returns the acronym's token span or null. */
export function parenthesizedAcronymAt(tokens: readonly Token[], i: number): { start: number; end: number } | null {
  const t = tokens[i + 1];
  if (tokens[i]?.text !== '(' || !t || !(t.upper || MIXED_CAPS.test(t.text))) return null;
  let end = i + 2;
  // Tight hyphenated parts: "ISIS-K", "ISIS-WA".
  while (tightHyphenAt(tokens, end) && tokens[end + 1]!.cap) end += 2;
  return tokens[end]?.text === ')' ? { start: i + 1, end } : null;
}

/**
 * Does the phrase [s, e) define the acronym in parentheses after it, its capitals spelling it? "Joint Working
 * Group (JWG)": a generic-looking phrase made a name by the acronym it defines.
 */
export function definesAcronym(tokens: readonly Token[], s: number, e: number): boolean {
  const a = parenthesizedAcronymAt(tokens, e);
  if (!a) return false;
  let initials = '';
  for (let i = s; i < e; i++) if (tokens[i]!.cap) initials += tokens[i]!.text[0];
  return initials.length >= 2 && initials === spanText(tokens, a.start, a.end).replace(/[^A-Z]/g, '');
}

/** Surface text of a token span exactly as written, for comparing acronym uses. */
export const spanText = (tokens: readonly Token[], s: number, e: number): string =>
  tokens.slice(s, e).map((t) => t.text).join('');
