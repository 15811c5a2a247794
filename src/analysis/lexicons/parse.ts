// Readers for the compact lexicon tables: one entry per line, fields split by ";",
// alternatives within a field by "|". A table is plain text so the bundle carries
// the data once, without the keys and quotes of an object literal per entry.
// Tables are written unindented and with no spaces around "|" or ";": the
// bundle carries the text as written, and those spaces cost 440 bytes gzipped.
// Plain word lists (titles, head nouns) are one "|"-joined string split at
// load, for the same reason: quotes and commas per item cost 240 bytes more.
//   countries:     name|variant...; demonym|... ("~" the name here too); flags ("?" ambiguous, "place" labeled place)
//   places:        name|variant...; flags ("?" ambiguous): tables by kind
//   organizations: name|variant...; ACRONYM|... ("*" the name's initials; tables by kind, for the reader; a UN or U.S. body's other prefixes added)
//   instruments:   name|variant...
// In every table "~" in a variant stands for the row's name ("Afghanistan|Islamic Republic of ~"), a
// variant "R" for the long form 82 countries share, "Republic of ~" ("Benin|R": 45 bytes gzipped
// less than writing it out), "K" for the 14 countries' "Kingdom of ~" ("Belgium|K": 5 bytes), a variant "-" for the name less its first word ("U.S. Army|-" is also
// "Army": 44 bytes gzipped less over 42 rows), a variant "*" for the initials of the name's capitalized
// words, as an organization's acronym "*" is ("Chemical Weapons Convention|*" is also "CWC": 79 bytes
// over 27 rows), and an accented form brings its unaccented spelling with it ("Bogotá" is also "Bogota").
// No row lists a form that an earlier form of its own matches already: a word written in lower case matches any case
// (phrase-trie.ts), so "Special Immigrant Visa program" is also "... Program" (the other way round, a capitalized
// name needs its lower-case spelling listed: "Fulbright Program|...|Fulbright program").
import type { Country, Instrument, Organization, Place } from './types';

/**
 * A table's text, from the template it tags: countries(table`...`). Tagged for bytes: terser prints
 * a tagged template as written, line breaks and all, where it prints each line break of an untagged
 * one as the two characters "\n" (57 bytes gzipped over the tables and the given names). A table holds no
 * ${...}: only the template's first piece is read, and the lexicon tests would miss what followed one.
 */
export const table = (text: TemplateStringsArray): string => text[0]!;

// Nothing is trimmed: the lexicon tests hold every string free of stray white space.
const rows = (table: string): string[][] => table.split('\n').filter(Boolean).map((line) => line.split(';'));

/**
 * A "|"-joined field's forms, each followed by its unaccented spelling when that differs ("Bogotá" is also
 * written "Bogota"): tables list only the accented form. The accents are stripped in place rather than by a
 * helper, which terser inlines less compactly (14 bytes gzipped).
 */
export const list = (field: string | undefined): string[] =>
  field ? [...new Set(field.split('|').flatMap((form) => [form, form.normalize('NFD').replace(/\p{M}/gu, '')]))] : [];

/** A lexicon entry's name and its variants: every form it is written in (acronyms aside). */
export const surfaces = (entry: { name: string; variants: readonly string[] }): string[] => [entry.name, ...entry.variants];

/** The initials of a name's capitalized words, an abbreviation's letters each one: "International Atomic Energy Agency" is IAEA, "U.S. Air Force" USAF. */
const initials = (name: string): string => name.split(/[\s.-]+/).map((word) => (/^\p{Lu}/u.test(word) ? word[0] : '')).join('');

/**
 * The first form is the name, the others its variants, where "~" stands for the name, "R" for "Republic of ~"
 * ("Benin|R" is "Republic of Benin"), "K" for "Kingdom of ~" ("Belgium|K"), "-" for the name less its first word ("U.S. Army|-" is also "Army")
 * and "*" for its initials ("Chemical Weapons Convention|*" is also "CWC").
 */
function names(forms: string[]): { name: string; variants: string[] } {
  const [name = '', ...variants] = forms;
  return {
    name,
    variants: variants.map((variant) =>
      variant === '-' ? name.slice(name.indexOf(' ') + 1) : variant === '*' ? initials(name) : (variant === 'R' ? 'Republic of ~' : variant === 'K' ? 'Kingdom of ~' : variant).replace('~', name),
    ),
  };
}

export function countries(table: string): Country[] {
  return rows(table).map(([n, d, flags]) => {
    const entry = names(list(n));
    return {
      ...entry,
      // "~" in a demonym too: "Albania;~n" is "Albanian".
      demonyms: list(d).map((demonym) => demonym.replace('~', entry.name)),
      ambiguous: flags?.includes('?'),
      type: flags?.includes('place') ? 'place' : 'country',
    };
  });
}

export function places(table: string): Place[] {
  return rows(table).map(([n, flags]) => ({
    ...prefixedNames(n),
    ambiguous: flags?.includes('?'),
  }));
}

/**
 * Prefixes a body or an instrument goes by interchangeably: a row writes one, the others follow. One string,
 * families split by ";" and prefixes by "|", as the statement types are: shorter in the bundle than an array
 * literal of arrays (7 bytes gzipped).
 */
const PREFIX_FAMILIES = 'United Nations |UN |U.N. ;U.S. |United States '.split(';').map((family) => family.split('|'));

/** "UN Security Council" is also "United Nations Security Council" and "U.N. Security Council". */
export function withPrefixes(surface: string): string[] {
  for (const family of PREFIX_FAMILIES) {
    const prefix = family.find((p) => surface.startsWith(p));
    if (prefix) return [surface, ...family.map((p) => p + surface.slice(prefix.length))];
  }
  return [surface];
}

/** A row's names, each with its prefix's other forms. */
const prefixedNames = (field: string | undefined): { name: string; variants: string[] } => names([...new Set(list(field).flatMap(withPrefixes))]);

export function organizations(table: string): Organization[] {
  return rows(table).map(([n, a]) => {
    const entry = prefixedNames(n);
    return { ...entry, acronyms: list(a).map((acronym) => (acronym === '*' ? initials(entry.name) : acronym)) };
  });
}

/**
 * An instrument's row is a place's without flags: read by the same reader, each entry's ambiguous is undefined, as
 * a place's is without the "?" (no reader of instruments asks). One reader less in the bundle (4 bytes gzipped).
 */
export const instruments: (table: string) => Instrument[] = places;
