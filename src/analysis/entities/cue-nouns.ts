// Names an unlisted capitalized run takes from a generic noun beside it, in
// lower case: "Zambezia and Tete provinces", "Tete province", "the port of
// Beira", "the city of Nampula" (places); "the Cobra Gold exercise" (a named
// event, so an organization by the guide). The noun itself is not part of
// the name, and a run the lexicons know keeps the lexicon's reading.

import { REGIONS, SUBNATIONAL, surfaces } from '../lexicons';
import type { EntityType } from '../types';
import type { Candidate } from './shapes';
import { tightHyphenAt, tokenBefore, type Token } from './tokenize';
import { isDemonym, isFunctionWord } from './vocabulary';
import { wordSet } from '../word-set';

const SENTENCE_END = wordSet('. ? ! :');

/**
 * Lower-case nouns after a name, singular and plural, and the type they give it (none past the text's end: undefined).
 * Read only by get(), the words of each type in the order gzip packs smallest.
 */
const AFTER = new Map<string | undefined, EntityType>([
  ...'county region district districts governorate governorates municipality municipalities oblast counties oblasts prefecture prefectures province provinces regions'
    .split(' ')
    .map((w) => [w, 'place'] as const),
  ...'exercise exercises'.split(' ').map((w) => [w, 'organization'] as const),
]);
/** Nouns before "of X" that make X a place: "the port of Beira", "the port city of Beira". A set, in the order gzip packs smallest. */
const BEFORE_OF = wordSet('village city town region district island capital province port');
/** A cued name rarely has more words than this ("Nampula", "South Gobi", "Cabo Delgado"). */
const MAX_WORDS = 3;

/**
 * End of a run of capitalized content words at i (no function words, no line break), or i. A tight hyphen between two
 * capitalized words joins them ("Darkhan-Uul"): the run steps onto the word after it, which the loop then tests.
 */
function capRunEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j - i < MAX_WORDS && tokens[j]?.cap && tokens[j]!.word && !tokens[j]!.upper && !isFunctionWord(tokens[j]!.low) && (j === i || !tokens[j]!.nl))
    j += tightHyphenAt(tokens, j + 1) && tokens[j + 2]!.cap ? 2 : 1;
  return j;
}

/** Lower-case words an exercise's name may stand apart from its noun by: "Cobra Gold multinational exercise". */
const MAX_MODIFIERS = 2;

/** The type the noun after a run gives it, reading through "X and Y provinces" and "X, Y and Z regions". */
function typeAfter(tokens: readonly Token[], end: number): EntityType | undefined {
  let j = end;
  for (let m = 0; m < MAX_MODIFIERS && tokens[j + m]?.cap === false && tokens[j + m]!.word && !isFunctionWord(tokens[j + m]!.low); m++) {
    if (AFTER.get(tokens[j + m + 1]?.low) === 'organization' && !tokens[j + m + 1]!.cap) return 'organization';
  }
  for (let hops = 0; hops < 4; hops++) {
    const t = tokens[j];
    if (!t) return undefined;
    // "Tete Province" is a name with its head noun (shapes.ts); only the lower-case noun is a cue.
    const type = t.cap ? undefined : AFTER.get(t.low);
    if (type) return type;
    if (t.low !== 'and' && t.text !== ',') return undefined;
    j++;
    if (tokens[j]?.low === 'and') j++;
    const e = capRunEnd(tokens, j);
    // An adjective listed makes the list one of adjectives: "the South and Central Asian region" names no "South".
    if (e === j || isAdjective(tokens, j, e)) return undefined;
    j = e;
  }
  return undefined;
}

/**
 * A name at i typed by a generic noun after it or by "the port of" before it; null when none.
 * `lower`: words the document also writes in lower case, which a sentence's first word may be.
 */
export function cueNounAt(tokens: readonly Token[], i: number, lower: ReadonlySet<string>): Candidate | null {
  const prev = tokenBefore(tokens, i);
  // A capitalized word at a line start says nothing; at a sentence start, not if the text writes it in lower case too ("Different region:").
  // Nor does the tail of a longer capitalized run ("African" of "Central African").
  if (!prev || tokens[i]!.nl || (prev.cap && prev.word) || (SENTENCE_END.has(prev.text) && lower.has(tokens[i]!.low))) return null;
  const end = capRunEnd(tokens, i);
  if (end === i) return null;
  const type = typeAfter(tokens, end) ?? (prev.low === 'of' && BEFORE_OF.has(tokens[i - 2]?.low) ? 'place' : undefined);
  // An adjective names no place: "the Central American region", "the South Asian region".
  return type && !isAdjective(tokens, i, end) ? { start: i, end, type } : null;
}

/** One-word regions and sub-national units, lower case: the stems of their adjectives ("Asia", "Transnistria"). */
const REGION_WORDS = new Set(
  [...REGIONS, ...SUBNATIONAL]
    .flatMap(surfaces)
    .filter((name) => !name.includes(' '))
    .map((name) => name.toLowerCase()),
);

/**
 * Is the run [i, end) an adjective: a demonym or one at its end ("Central
 * African", "Russian"), a region's in "-(a)n" ("South Asian", "Transnistrian"),
 * or another word of that make ("Anglophone", "Kurdish")? Regions' names
 * used as adjectives stay places, as the guide's corpus labels them
 * ("Euro-Atlantic", "Arctic", "Baltic").
 */
function isAdjective(tokens: readonly Token[], i: number, end: number): boolean {
  const last = tokens[end - 1]!.low;
  if (isDemonym(last) || isDemonym(tokens[i]!.low + ' ' + last) || /(ish|phone)$/.test(last)) return true;
  return last.endsWith('n') && (REGION_WORDS.has(last.slice(0, -1)) || REGION_WORDS.has(last.slice(0, -2)));
}
