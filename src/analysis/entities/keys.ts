// Keys group the mentions of one thing: a lexicon hit carries its canonical
// name ("U.S." -> "United States"), an acronym its long form's key, a surname
// or speaker label the full name that shares the word ("Lu" -> "Donald Lu"),
// a date its normalized text.

import type { Ranked } from './resolve';
import type { Token } from './tokenize';

const clean = (s: string): string => (isClean(s) ? s : s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim());

/**
 * Already clean: no curly apostrophe, and no white space but single spaces
 * between words. Most names are; a scan of their characters spares them three copies.
 */
function isClean(s: string): boolean {
  let space = true; // as if one came before: a leading space is not clean
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < 32 || c > 126) {
      // Anything beyond printable ASCII: may be white space or a curly apostrophe.
      if (c < 32 || /[\s’‘]/.test(s.charAt(i))) return false;
      space = false;
    } else space = false;
  }
  return !space || s.length === 0;
}

/** The text of a token span as written in `text`. */
export const textOf = (text: string, tokens: readonly Token[], c: { start: number; end: number }): string =>
  text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end);

/** Name words of a person mention, lower case ("Eva-Marie" stays one word). */
const nameWords = (s: string): string[] => s.toLowerCase().split(/[\s"“”]+/).filter((w) => w.length > 1);

/** Full names by each of their words, last words first: "lu" -> "Donald Lu". */
export function nameIndex(fullNames: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const f of fullNames) {
    const w = nameWords(f).at(-1);
    if (w && !index.has(w)) index.set(w, f);
  }
  for (const f of fullNames) for (const w of nameWords(f)) if (!index.has(w)) index.set(w, f);
  return index;
}

export function keyOf(text: string, tokens: readonly Token[], c: Ranked, names: ReadonlyMap<string, string>): string {
  if (c.key) return c.key;
  const surface = clean(textOf(text, tokens, c));
  if (c.type === 'date') return surface.toLowerCase();
  if (c.type !== 'person') return surface.replace(/^the /i, '');
  const words = nameWords(surface);
  if (words.length > 1) return surface;
  const full = names.get(words[0] ?? surface.toLowerCase());
  // A speaker label's capitals ("RUBIO") key as the body's "Rubio" does; a name's own capitals stay ("McCain").
  return full ?? (surface === surface.toUpperCase() ? surface.charAt(0) + surface.slice(1).toLowerCase() : surface);
}
