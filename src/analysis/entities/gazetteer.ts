// Known names from the lexicons: countries (names, long forms, abbreviations;
// never demonyms), places, organizations with their acronyms, instruments.
// Each surface form maps to its guide type and canonical name (the key that
// groups "U.S." with "United States").

import type { EntityType } from '../types';
import { COUNTRIES, FORMER_COUNTRIES, INSTRUMENTS, ORGANIZATIONS, PLACES, surfaces } from '../lexicons';
import { addPhrase, longestAt, newTrie, type PhraseMatch } from './phrase-trie';
import type { Token } from './tokenize';
import { addShape, mayHaveShape, newWordShapes } from './word-shapes';

export interface Known {
  type: EntityType;
  /** Canonical name. */
  key: string;
  /** Also a given name or common word ("Chad", "Jordan"): needs context. */
  ambiguous?: boolean;
}

/** A lexicon row as the gazetteer reads it: its forms, its acronyms if a body's, and whether it needs context. */
type Row = { name: string; variants: readonly string[]; acronyms?: readonly string[]; ambiguous?: boolean; type?: EntityType };

/**
 * Every surface form and what it names, each table with its guide type (a country row carries its own). Countries come
 * first: a homonym place ("Georgia") keeps the country reading unless context retypes it. One loop over the tables
 * rather than one per table: shorter in the bundle.
 */
function entries(): [string, Known][] {
  const tables: [readonly Row[], EntityType?][] = [[COUNTRIES], [FORMER_COUNTRIES], [PLACES, 'place'], [ORGANIZATIONS, 'organization'], [INSTRUMENTS, 'instrument']];
  return tables.flatMap(([rows, type]) =>
    rows.flatMap((r) =>
      [...surfaces(r), ...(r.acronyms ?? [])]
        // Not a place's form with a lower-case generic noun, "Kherson region", "Nordic countries": the guide labels the
        // name only. The pattern in place, not named apart: shorter in the bundle, and read only while the trie is built.
        .filter((s) => type !== 'place' || !/ \p{Ll}+$/u.test(s))
        .map((s): [string, Known] => [s, { type: type ?? r.type!, key: r.name, ambiguous: r.ambiguous }]),
    ),
  );
}

/**
 * The trie of every known name, built on first use rather than when the
 * module loads: pages that are not statements never pay for it, and the
 * page layer can build it a slice at a time (buildGazetteerStep) so that no
 * task runs long.
 */
const TRIE = newTrie<Known>();
/** First words of names written in lower case ("al-Shabaab"): the only lower-case tokens worth a lookup. */
const LOWER_FIRST = new Set<string>();
/** Their shapes: most lower-case words are ruled out without hashing them. */
const LOWER_FIRST_SHAPES = newWordShapes();
let pending: [string, Known][] | null = null;
/** How many of them are in the trie. */
let added = 0;
let complete = false;

/** Adds up to `count` names to the trie; true once every name is in. */
export function buildGazetteerStep(count: number): boolean {
  pending ??= entries();
  for (const [surface, known] of pending.slice(added, (added += count))) {
    const first = surface.split(/[\s-]/)[0]!;
    if (first === first.toLowerCase()) {
      LOWER_FIRST.add(first);
      addShape(LOWER_FIRST_SHAPES, first);
    }
    addPhrase(TRIE, surface, known);
  }
  return (complete = added >= pending.length);
}

/**
 * Longest known name at token `i`. An ambiguous one-word name ("Jordan") is
 * refused when a capitalized word follows it ("Jordan Smith").
 */
export function knownAt(tokens: readonly Token[], i: number): PhraseMatch<Known> | null {
  if (!complete) buildGazetteerStep(Infinity);
  const t = tokens[i]!;
  if (!t.cap && !t.num && !(mayHaveShape(LOWER_FIRST_SHAPES, t.low) && LOWER_FIRST.has(t.low))) return null;
  return longestAt(TRIE, tokens, i, unambiguousAt);
}

/** Module-level rather than a closure per lookup: this runs at every capitalized word. */
const unambiguousAt = (k: Known, end: number, tokens: readonly Token[]): boolean =>
  !k.ambiguous || !(tokens[end]?.cap && tokens[end]!.sp && !tokens[end]!.nl);
