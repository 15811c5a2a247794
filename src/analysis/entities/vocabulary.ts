// What a capitalized word that could be part of a person's name looks like.
// We have no dictionary, so two cheap signals stand in for one: the lexicons'
// own vocabulary (a word shared by two or more names, "Affairs", "Republic",
// or found in titles, head nouns and demonyms is a common word), and the
// document itself (a word it also writes in lower case, "drug", is not a name).

import {
  COUNTRIES,
  FUNCTION_WORDS,
  INSTRUMENT_HEAD_NOUNS,
  INSTRUMENTS,
  ORG_HEAD_NOUNS,
  ORGANIZATIONS,
  PERSON_TITLES,
  TITLE_MODIFIERS,
  PLACE_HEAD_NOUNS,
  PLACES,
  surfaces,
} from '../lexicons';
// word-set.ts out of alphabetical order, before dates.ts: the bundle holds modules in import order, 3 bytes gzipped smaller.
import { wordSet } from '../word-set';
import { MONTH_NAMES } from '../dates';
import { WEEKDAYS } from './dates';
import type { Token } from './tokenize';
import { addShape, mayHaveShape, newWordShapes } from './word-shapes';
// lexicon-words.ts after word-shapes.ts, out of alphabetical order too: 2 bytes gzipped smaller.
import { keysOf } from './lexicon-words';

/**
 * Words that end a name in a heading, never inside one: a heading's verb ("Secretary Roe Welcomes ...", "Ruritania
 * Signs ..."), and the "Before" and "Their" of the archive's remarks titles ("Remarks With Mongolian Foreign Minister
 * Before Their Meeting"). A set, its words in the order gzip packs smallest.
 */
const HEADING_BREAKS = wordSet(
  'welcomes speaks participates leads joins delivers congratulates condemns meets announces concludes ' +
  'launches commemorates celebrates attends before hosts their travels signs',
);
export const breaksHeadingName = (low: string): boolean => HEADING_BREAKS.has(low);

/** Capitalized in title-case headings, never names: "Deputy Secretary Roe Travels to ...". Read only in CORE, a set: in the order gzip packs smallest. */
const HEADING_WORDS = 'travel trip briefing sanctions visit visits call remarks calls meeting statement interview readout release update designation';

/** A meeting's procedure, capitalized as "General Debate Item 4": never names. */
const PROCEDURE_WORDS = 'debate item plenary segment session';

// Shared by two or more lexicon names: usually generic ("Affairs", "Republic"), though a famous
// surname can be too ("Trump Administration", "Trump Route"), so cue-led names only check CORE.
// Found in one pass with no count: a name's word already seen in an earlier name goes to LEXICAL (22 bytes gzipped
// less than counting every word and keeping those counted twice); LEXICAL is read only by has(), so its order is free.
const SEEN = new Set<string>();
const LEXICAL = new Set<string>();
for (const entry of [...ORGANIZATIONS, ...INSTRUMENTS, ...PLACES, ...COUNTRIES]) {
  for (const w of new Set(surfaces(entry).flatMap(keysOf))) (SEEN.has(w) ? LEXICAL : SEEN).add(w);
}

const DEMONYMS = new Set(COUNTRIES.flatMap((c) => c.demonyms.map((d) => d.toLowerCase())));
/** "Mongolian", "Kazakhstani": a country's adjective, which opens a foreign official's title. */
export const isDemonym = (low: string): boolean => DEMONYMS.has(low);

/**
 * Faiths' followers named as groups ("Christians, Muslims, Sikhs"), and their adjectives ("no Christian, Jewish, or Muslim
 * blood"), as demonyms name peoples: never a person ("Christian" can be a name).
 */
const FAITHS = 'buddhists catholics christians hindus jews muslims protestants sikhs jewish muslim';

/** Never a name: titles, head nouns, demonyms, faiths, months, function and heading words. */
const CORE = wordSet(FUNCTION_WORDS + ' ' + HEADING_WORDS + ' ' + PROCEDURE_WORDS + ' ' + FAITHS);
// The heading breaks' set holds words only (its type allows undefined for lookups past the text's end).
for (const list of [HEADING_BREAKS as Set<string>, PERSON_TITLES, TITLE_MODIFIERS, ORG_HEAD_NOUNS, INSTRUMENT_HEAD_NOUNS, PLACE_HEAD_NOUNS, MONTH_NAMES, WEEKDAYS]) {
  for (const s of list) for (const w of keysOf(s)) CORE.add(w);
}
// A title that is a surname too ("Senator Angus King", "Martin Luther King"): a name's word, read as a title only before a name.
CORE.delete('king');
// Demonyms and their plurals ("Ukrainians").
for (const d of DEMONYMS) CORE.add(d).add(d + 's');

const FUNCTION_SET = wordSet(FUNCTION_WORDS);
/** Pronouns, articles, auxiliaries, prepositions: a capitalized one opens a sentence, not a name. */
export const isFunctionWord = (low: string): boolean => FUNCTION_SET.has(low);

/** Two leading capitals ("NGOs", "IDPs"): an acronym, not a name ("McKeeby", "LoGerfo" are names). */
const ACRONYM_LIKE = /^\p{Lu}{2}/u;
/** ACRONYM_LIKE, with the regex only when the second character may be a capital (A-Z or beyond ASCII): run at every capitalized word. */
function acronymLike(text: string): boolean {
  const c = text.charCodeAt(1);
  return ((c >= 65 && c <= 90) || c > 127) && ACRONYM_LIKE.test(text);
}

/** The shapes of a document's capitalized words, kept between documents (lowerCaseWords clears it). */
const CAPITALIZED = newWordShapes();

/**
 * Words this document writes in lower case somewhere. Only capitalized words
 * are ever looked up (isNameWord), so a lower-case word shaped like none of
 * them is left out without hashing it.
 */
export function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const capitalized = CAPITALIZED;
  capitalized.fill(0);
  for (const t of tokens) if (t.cap) addShape(capitalized, t.low);
  const out = new Set<string>();
  // Two-letter words are all function words; skipping them halves the work.
  for (const t of tokens) if (!t.cap && t.word && !t.num && t.low.length > 2 && mayHaveShape(capitalized, t.low)) out.add(t.low);
  return out;
}

/**
 * A capitalized word that can be (part of) a person's name: not all capitals, not common.
 * `strict` (no title or other cue before it) also refuses words shared by lexicon names. Loose unless asked: most
 * callers read a loose name word, and a default of true would ship with the false each of them passes (2 bytes gzipped).
 */
export function isNameWord(t: Token | undefined, lower: ReadonlySet<string>, strict?: boolean): boolean {
  return !!t?.cap && !t.upper && !acronymLike(t.text) && !CORE.has(t.low) && !lower.has(t.low) && !(strict && LEXICAL.has(t.low));
}

/** A word no name is made of: a core word, one this document writes in lower case, or one lexicon names share. */
export const isCommonWord = (low: string, lower: ReadonlySet<string>): boolean => CORE.has(low) || lower.has(low) || LEXICAL.has(low);
