// Keys group the mentions of one thing: a lexicon hit carries its canonical
// name ("U.S." -> "United States"), an acronym its long form's key, a surname
// or speaker label the full name that shares the word ("Lu" -> "Donald Lu"),
// a date its normalized text.

import type { Ranked } from './resolve';
import { CURLY, type Token } from './tokenize';
import { nameWords } from '../document-keys';

/**
 * Curly apostrophes straight, white space single: "O’Brien" and "O'Brien", a name across a line break and on one line, key alike.
 * Only the white space runs that change are matched (two or more, or one that is not a space): most names hold
 * none, so they are not rebuilt at each space.
 */
const clean = (s: string): string => s.replace(CURLY, "'").replace(/\s\s+|[^\S ]/g, ' ').trim();

/**
 * An entity's surface form from the text of its span: the span as written, less an acronym in parentheses before a number
 * ("Executive Order (E.O.) 13224" is "Executive Order 13224", as 4 of the 5 labeled releases that wrote it had it when this
 * was written; 4 of 8 since the entities set grew, so the labels split and the form stays). Then, and only then, an
 * entity's text is not its span's.
 */
export const surfaceOf = (span: string): string => span.replace(/ \([^()\d]+\)(?= \d)/, '');

/**
 * The surface form of a token span of a text (a name context's text and tokens): an entity's text, and what its key and its echoes' keys are made from, so
 * a name and its later mentions key alike.
 */
export const textOf = ({ text, tokens }: { text: string; tokens: readonly Token[] }, c: { start: number; end: number }): string =>
  surfaceOf(text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end));

/**
 * Full names by each of their words, last words first: "lu" -> "Donald Lu". Written as keys are ("O’Sullivan" as
 * "O'Sullivan", so the surname's key meets the full name's), and of two name words or more: a hyphened surname alone
 * ("Thomas-Greenfield", two words to the tokens) is no full name, and had taken the index's place of the full name after it.
 */
export function nameIndex(fullNames: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  const names = fullNames.map(clean).filter((f) => nameWords(f)[1]);
  // Each name has a last word: the filter above kept names of two words or more.
  for (const f of names) {
    const w = nameWords(f).at(-1)!;
    if (!index.has(w)) index.set(w, f);
  }
  for (const f of names) for (const w of nameWords(f)) if (!index.has(w)) index.set(w, f);
  return index;
}

/**
 * The key of a candidate whose text (textOf) is `written`. `names`: the document's full names (nameIndex), which only a
 * person's key reads; none for a key made before them.
 */
export function keyOf(written: string, c: Ranked, names?: ReadonlyMap<string, string>): string {
  if (c.key) return c.key;
  const surface = clean(written);
  if (c.type === 'date') return surface.toLowerCase();
  if (c.type !== 'person') return surface.replace(/^the /i, '');
  const words = nameWords(surface);
  const capitals = surface === surface.toUpperCase();
  const full = names?.get(words.at(-1) ?? surface.toLowerCase());
  // A name of two or more words keys as the full name its last word indexes when that name ends in all its words, or
  // opens with its first: a surname of two words ("Le Drian", "Abu Akleh", a speaker label's "LE DRIAN") as "Jean-Yves
  // Le Drian", a name without its middle initial ("Antony Blinken") as with it. Over the releases 55 and 94 mentions had
  // keyed apart from their full names; the cost, a name shared by two people ("Ahmad Massoud", "Ahmad Shah Massoud"),
  // 2 mentions.
  if (words.length > 1) return full && ((' ' + full.toLowerCase()).endsWith(' ' + surface.toLowerCase()) || nameWords(full)[0] === words[0]) ? full : surface;
  // A speaker label's capitals ("RUBIO", "KURTZ-PHELAN") key as the body's "Rubio" does, each part capitalized; a name's
  // own capitals stay ("McCain").
  return full ?? (capitals ? surface.toLowerCase().replace(/(^|[-.'])\p{L}/gu, (m) => m.toUpperCase()) : surface);
}
