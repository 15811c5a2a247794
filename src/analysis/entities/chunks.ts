// Capitalized phrases: the raw material for names the lexicons do not list.
// A chunk is a run of capitalized words, joined by lower-case connectors
// ("Bureau of International Narcotics and Law Enforcement Affairs"), tight
// hyphens ("U.S.-Serbia", "EU-facilitated"), abbreviation dots ("Co. Ltd."),
// numbers after a word ("Expo 2027") and a few possessives that belong to a
// name ("Foreign Ministers' Meeting"), and a list inside a name ("Women,
// Peace, and Security Act"). It never crosses a line, another comma or a
// token another rule already claimed (a person, a date). entitiesIn finds
// where chunks start and reads each one as it finds it, rather than through a
// list of them made here (14 bytes gzipped).

import { COMPANY_SUFFIXES, INSTRUMENT_HEAD_NOUNS, ORG_HEAD_NOUNS } from '../lexicons';
import { monthNumber } from '../dates';
import { WEEKDAY } from './dates';
import { keysOf } from './lexicon-words';
import { startsWithDigit, tightHyphenAt, type Token } from './tokenize';
import { breaksHeadingName } from './vocabulary';
import { wordSet } from '../word-set';

// The word sets are read only by has(): their words are listed in the order gzip packs smallest.

/** Lower-case words that join the parts of one name. */
const CONNECTORS = wordSet('y against & and for la al bin de del des du el da of on the van von');
/** Heads that take a place after "in" ("UN Interim Force in Lebanon", "U.S. Embassy in Reykjavik"), or right after them as a post signs ("U.S. Embassy Tbilisi": shapes.ts). */
export const IN_HEADS = wordSet('embassy consulate general mission force forces');
/**
 * Words whose possessive stays inside a name: "Foreign Ministers' Meeting", "Prime Minister's Office". Not the
 * President's, who convenes or adopts what follows ("the President's Indo-Pacific Strategy", "the President's Leaders'
 * Summit on Climate", 4 of 4 labeled so); the lexicon's "President's Emergency Plan for ..." keeps it.
 */
const POSSESSIVE_IN_NAME = wordSet('people minister ministers leaders leader children women workers veterans ambassador ambassadors');
/** A company's legal form, as written ("Ltd", "LLC"; not the state "CO"). */
const COMPANY_SUFFIX = new Set(COMPANY_SUFFIXES);
export const isCompanySuffix = (token: Token | undefined): boolean => !!token && COMPANY_SUFFIX.has(token.text);
/** Abbreviations whose period belongs to the name: "Co. Ltd.", "Pte.", "St.". */
const ABBREVIATIONS = new Set([...COMPANY_SUFFIXES.map((suffix) => suffix.toLowerCase()), ...'no jr sr st bros'.split(' ')]);

/** Heads whose name runs on through "to" and a capitalized word. */
const TO_HEADS = wordSet('partnership call coalition initiative plan pledge program statement strategy');

/** Capitalized words an item of a list inside a name runs to ("Foreign Operations"), its last item one more. */
const MAX_ITEM_WORDS = 3;
/** Words that open a head's complement: "Strategy on ...", "Commission for ...". */
const COMPLEMENT_OPENERS = wordSet('on for of');
/** Items a list inside a name runs to. */
const MAX_ITEMS = 5;
/** Last words of the heads of organizations and instruments ("Act", "Commission", "Group"). */
const HEAD_ENDS = new Set([...ORG_HEAD_NOUNS, ...INSTRUMENT_HEAD_NOUNS].map((head) => keysOf(head).at(-1)!));

/** [s, e) can be an item of a list inside a name: a few capitalized words, no acronym, no head noun. */
function isItem(tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s > MAX_ITEM_WORDS) return false;
  for (let k = s; k < e; k++) if (!tokens[k]!.cap || !tokens[k]!.word || tokens[k]!.upper || HEAD_ENDS.has(tokens[k]!.low)) return false;
  return true;
}

/** Is any token in [s, e) blocked (or taken)? (A loop: a subarray per known name would allocate.) */
export function anyBlocked(blocked: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (blocked[k]) return true;
  return false;
}

/**
 * End (exclusive) of the chunk that starts at the capitalized token i. `knownEnd[k]`
 * is the end of a lexicon name starting at k (0 if none): such a name is kept whole
 * even across a comma ("Washington, D.C."), and "and" between two of them splits.
 */
export function chunkEnd(tokens: readonly Token[], i: number, blocked: Uint8Array, knownEnd: Uint32Array): number {
  let j = i;
  let lastKnownEnd = -1;
  let runsOnThroughTo = false;
  /** A university's name, which runs on through "at" to its campus. */
  let campus = false;
  /** Ran on through "to", or a head's "on", "for" or "of": what follows is the head's complement, which may be a list. */
  let complement = false;
  let listEnd = 0;
  // Closures over the chunk's tokens, flags and state rather than functions passed them at each call: shorter in the bundle.
  /**
   * A capitalized word that may continue a chunk at k, not a weekday nor a word that ends a heading's name ("Ruritania Welcomes ...");
   * a number after "of" ("Committee of 100") or a year ("Act for 2022"), not "for 11 years"; not a treaty's year ("Outer
   * Space Treaty of 1967": the labels end the name before it and take the year as a date; an Act's is its name's).
   */
  const capAt = (k: number): boolean =>
    !!tokens[k] &&
    !tokens[k]!.nl &&
    !blocked[k] &&
    ((tokens[k]!.cap && !WEEKDAY.has(tokens[k]!.low) && !breaksHeadingName(tokens[k]!.low)) ||
      (startsWithDigit(tokens[k]!.text) && tokens[k - 2]?.low !== 'treaty' && (tokens[k - 1]?.low === 'of' || tokens[k]!.text.length === 4)));
  /**
   * A name whose modifiers or complement are a list of three or more: "Women,
   * Peace, and Security Act", "Ministry of Food, Agriculture and Light Industry",
   * "Strategy to Anticipate, Prevent, and Respond to Atrocities". From the comma
   * at k (the first item before it), the end of the list's last item (after
   * "and"), or 0 when the comma ends the name. The last item must end in a head
   * noun unless the chunk is a head's complement already (`complement`, as it
   * stands when the comma is read). Names listed are a list of names, not one:
   * an item may be no known name ("Japan, Korea, and Australia"), no acronym
   * ("AIST, RIKEN, and ...") and hold no head ("Internet Research LLC, Azimut LLC, and ...").
   */
  const nameListEnd = (k: number): number => {
    for (let items = 1; items < MAX_ITEMS; items++) {
      if (tokens[k]!.text === ',') k++;
      const last = tokens[k]?.low === 'and';
      // The last item of a complement may open with "the" ("Economic Growth, Energy, and the Environment"), unless it
      // ends in a head noun: a name of its own ("..., and the International Development Law Organization").
      const the = last && tokens[k + 1]?.low === 'the';
      if (last) k += the ? 2 : 1;
      const s = k;
      const most = last ? MAX_ITEM_WORDS + 1 : MAX_ITEM_WORDS;
      while (k - s < most && capAt(k) && tokens[k]!.word && !tokens[k]!.upper && !knownEnd[k]) k++;
      if (k === s) return 0;
      if (last) return items >= 2 && (the ? complement && !HEAD_ENDS.has(tokens[k - 1]!.low) : complement || HEAD_ENDS.has(tokens[k - 1]!.low)) ? k : 0;
      if (!isItem(tokens, s, k) || (tokens[k]?.text !== ',' && tokens[k]?.low !== 'and')) return 0;
    }
    return 0;
  };
  // At most 64 tokens, where the corpus's longest chunk has 23: the caller reads each name found in a chunk against
  // the rest of it, and a name found is compared whole wherever its first word recurs, so an endless run had cost
  // time by its square ("Darkhan Province and Darkhan Province and ...", 330 KB: 22 s; "Energy Working Group ...",
  // 160 KB, read as one name: 9 s).
  while (j - i < 64) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    // Nor across a sentence's end: a "The" after a period opens the next ("including FGM/C. The National Strategy").
    if (!t || (j > i && t.nl) || blocked[j] || (t.text === 'The' && prev?.text === '.')) break;
    const k = knownEnd[j]!;
    if (k > j && t.cap && !anyBlocked(blocked, j, k)) {
      j = lastKnownEnd = k;
    } else if (
      j === i ||
      (t.cap && !breaksHeadingName(t.low)) ||
      // A number after a word: "Expo 2027".
      (t.num && prev?.word) ||
      // An initial's or an abbreviation's period: "Co. Ltd.".
      (t.text === '.' && !t.sp && prev && (prev.text.length === 1 || ABBREVIATIONS.has(prev.low))) ||
      // "U.S. Embassy in Reykjavik", "U.S. Mission to Ruritania", "U.S. Mission to the United Nations" (its "the" read on
      // as a joiner), but never from the post's own noun ("our Embassy in Kyiv" names the city alone, as the labelers read
      // it); a university's campus: "University of Illinois at Urbana-Champaign".
      ((((t.low === 'in' || (t.low === 'to' && prev?.low === 'mission')) && IN_HEADS.has(prev?.low) && j > i + 1) || (t.low === 'at' && campus)) &&
        (capAt(j + 1) || (t.low === 'to' && tokens[j + 1]?.low === 'the' && capAt(j + 2)))) ||
      // A complement's field: "Alliance for Development in Democracy", "Treaty on Mutual Assistance in Criminal Matters";
      // a known place there says where a body sits or an event is held ("Summit of the Americas in Los Angeles"), a month
      // or a year when.
      (t.low === 'in' && complement && tokens[j + 1]?.cap && capAt(j + 1) && !knownEnd[j + 1] && !monthNumber(tokens[j + 1]!.low)) ||
      // A possessive that stays inside a name: "Foreign Ministers' Meeting".
      ((t.low === "'s" || t.text === "'" || t.text === '’') && prev && POSSESSIVE_IN_NAME.has(prev.low) && capAt(j + 1))
    ) {
      // Every token that continues a chunk by one, in one test (shorter in the bundle than a branch each): the tests are
      // pure, so their order among themselves decides nothing; and those moved up here (a number, a period, "in", "to"
      // and "at", a possessive) hold at no token the branches below read ("and", a comma, a dash or a plus, a
      // connector), so no chunk ends elsewhere.
      j++;
    } else if (
      t.low === 'and' &&
      (tokens[j + 1]?.low === 'the' || (knownEnd[j + 1] && (lastKnownEnd === j || tokens[knownEnd[j + 1]!]?.low === "'s")) || knownEnd[i] === j)
    ) {
      // "the Troika and the European Union", "United States and Cambodia", "... and Malawi's Ministry",
      // "Nepal and Badghis Province" (a known name, then "and"): two names.
      break;
    } else if (
      t.text === ',' &&
      (complement || (isItem(tokens, i, j) && !knownEnd[i])) &&
      (listEnd = nameListEnd(j)) > 0
    ) {
      j = listEnd;
    } else if (/^[-–+/]$/.test(t.text) && !t.sp && tokens[j + 1]?.word && !tokens[j + 1]!.sp && !blocked[j + 1]) {
      j += 2;
    } else if (
      // "Blue Harbor Shipping, Co. Ltd.", "Kestrel, Inc.": the legal form after a comma is the name's (a comma that ends
      // no list, above).
      (t.text === ',' && isCompanySuffix(tokens[j + 1])) ||
      // "Human Rights of LGBTQI+ Persons": the plus is the acronym's (one that joins no two words, above).
      (t.text === '+' && !t.sp && prev?.upper && capAt(j + 1))
    ) {
      j++;
    } else if (CONNECTORS.has(t.low) && !isCompanySuffix(tokens[prev!.text === '.' ? j - 2 : j - 1]) && (capAt(j + 1) || (tokens[j + 1]?.low === 'the' && capAt(j + 2)))) {
      // "Strategy on Women, Peace, and Security": a head's complement; not after a company's legal form (its dot
      // aside), which ends its name: "Nordic Federal, LLC [of Dayton]".
      if (COMPLEMENT_OPENERS.has(t.low) && prev && HEAD_ENDS.has(prev.low)) complement = true;
      j++;
    } else if (t.low === 'to' && runsOnThroughTo && capAt(j + 1)) {
      // "Joint Statement on Steps to Achieve the Pledge", "Strategy to Prevent Conflict", "Call to Action" (never after a
      // post's "to", read above).
      j++;
      complement = true;
    } else {
      break;
    }
    if (TO_HEADS.has(tokens[j - 1]?.low)) runsOnThroughTo = true;
    if (tokens[j - 1]?.low === 'university') campus = true;
  }
  // Never end on a year after "the", a term's or an edition's ("Council for the 2024-2025 term"; "of the 2019 Strategy"
  // runs on to the name), nor on a joiner.
  const year = tightHyphenAt(tokens, j - 2) ? j - 3 : j - 1;
  if (tokens[year]?.num && tokens[year - 1]?.low === 'the') j = year;
  while (j > i + 1 && !tokens[j - 1]!.word) j--;
  while (j > i + 1 && CONNECTORS.has(tokens[j - 1]!.low)) j--;
  return j;
}
