// The parties a document names — the governments and bodies whose
// commitments it records — and who a commitment's subject stands for:
// "the two sides", "participants", "we" become the parties themselves.

import { addPhrase, longestAt, newTrie, type PhraseTrie } from './entities/phrase-trie';
import { SPOKEN_TYPES, typeFromTitle, UNILATERAL_TYPES } from './document-types';
import { tokenize, type Token } from './entities/tokenize';
import { COUNTRIES, INTERNATIONAL_ORGANIZATIONS, PERSON_TITLES, surfaces } from './lexicons';
import type { Entity } from './types';

/** How much of the body, after the title, names the parties (the opening paragraphs). */
const OPENING_CHARS = 1500;
/** The lede: the sentence or two that say who released a statement. */
const LEDE_CHARS = 300;

const UNITED_STATES = 'United States';

/**
 * names: every way a country, or a body that signs statements, is named — long forms, abbreviations and demonyms
 * ("the Pakistani side") — to its canonical name; token-based, a lookup is a few Map hits. signingBodies: international
 * bodies that sign statements as parties (the EU, the G7, ASEAN). A pair rather than an object with two fields, whose
 * names the bundle would spell at each read: shorter in the bundle.
 */
type PartyIndex = [names: PhraseTrie<string>, signingBodies: Set<string>];

// A pattern one function alone reads is written where it reads it rather than named apart: a regex literal in
// place is shorter in the bundle than a variable (27 bytes gzipped over this file's; BILATERAL, read in a callback
// of its caller's, stays named, as that is shorter).

let partyIndex: PartyIndex | null = null;

/** Built on first use: pages that are not statements never pay for it. */
function partyIndexes(): PartyIndex {
  if (partyIndex) return partyIndex;
  const names = newTrie<string>();
  const signingBodies = new Set<string>();
  for (const country of COUNTRIES) {
    for (const surface of [...surfaces(country), ...country.demonyms]) addPhrase(names, surface, country.name);
  }
  for (const org of INTERNATIONAL_ORGANIZATIONS) {
    // International meetings, forums and games: where parties meet, not who signs ("NATO Summit", "Negev Forum", "Summit of
    // the Americas": the kind anywhere in the name, which made the Summit of the Americas a party of 3 releases and an actor).
    // Only tested: the words in the order gzip packs smallest.
    if (/\b(Summit|Conference|Cup|Dialogue|Forum|Games|Ministerial|Process|Talks)\b/.test(org.name)) continue;
    signingBodies.add(org.name);
    for (const surface of [org.name, ...org.acronyms]) addPhrase(names, surface, org.name);
  }
  return (partyIndex = [names, signingBodies]);
}

/** Builds the party index now: the page layer calls it between tasks, before analyzing. */
export function prepareParties(): void {
  partyIndexes();
}

/** Canonical names of the countries and bodies named in `text`, in order of first mention. */
export function namedParties(text: string): string[] {
  return partiesIn(tokenize(text));
}

/** namedParties of the text `tokens` hold: a stretch of a document's own tokens (tokensWithin), not tokenized again. */
export function partiesIn(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  const [names] = partyIndexes();
  for (let i = 0; i < tokens.length; i++) {
    const match = longestAt(names, tokens, i);
    if (!match) continue;
    if (!found.includes(match.value)) found.push(match.value);
    i = match.end - 1;
  }
  return found;
}

/** A name joined to the United States ("the United States-Mongolia Dialogue", "U.S.-Pakistan"): the other side, not a topic. */
const BILATERAL = /(U\.S\.|United States)[-–]|[-–](U\.S\.|United States)\b/;

/**
 * The parties of a document: the United States (every page here is its
 * government's; a press statement's beside it only whom its opening lists with it: UNILATERAL_TYPES), then
 * whoever the title names outside its venues and topics (demonyms included:
 * "Call with Pakistani Foreign Minister ..."), then, unless the document is
 * spoken (a briefing, remarks: SPOKEN_TYPES), the first list of countries
 * and signing bodies in the opening paragraphs ("released by the Governments
 * of A, B, and C"; of the lede alone when the title already names the other
 * side; a list that starts there runs to its end), or without a list the
 * lede's. A group's members listed stand for the group ("G7 Foreign
 * Ministers' Statement" released by "Canada, France, ...").
 */
export function documentParties(title: string, entities: readonly Entity[], type: string | null, text: string): string[] {
  // A page of no type (null) is neither.
  const unilateral = UNILATERAL_TYPES.has(type);
  const spoken = SPOKEN_TYPES.has(type);
  const [, signingBodies] = partyIndexes();
  // Not where, to where and on what, in the title, up to a counterpart named with "with": "Remarks at a UN Security
  // Council Briefing on Ruritania", "Joint Statement on the Situation in Ruritania" and "Travel to Ruritania" name no party.
  // Those words are listed in the order gzip packs smallest: none can match where another does, so order changes no match.
  const parties = [
    UNITED_STATES,
    ...(unilateral ? [] : namedParties(title.replace(/\s(on|to|at|about|regarding)\s((?!\swith\s).)*/gi, (topic) => (BILATERAL.test(topic) ? topic : ' ')))),
  ];
  // When the title names the other side ("the United States-Mongolia Strategic Dialogue"), only the
  // lede can add a party ("... the United States, Mongolia and Japan released ..."): countries and
  // bodies the following paragraphs mention (the UN Charter, a mission abroad) are not parties.
  // A spoken document's opening adds none: its countries are topics.
  // A list that starts there runs on to its end ("..., and the High Representative of the European Union").
  const opening = spoken ? 0 : parties.length > 1 ? LEDE_CHARS : OPENING_CHARS;
  const signers: Entity[] = [];
  for (const entity of entities) {
    if (entity.start >= OPENING_CHARS) break;
    if (entity.type === 'country' || (entity.type === 'organization' && signingBodies.has(entity.key))) signers.push(entity);
  }
  // A list in a statement in the United States' own voice is what it speaks of ("the conflicts in Ruritania, Borduria and
  // Chile", "doses delivered to A, B and C"), unless the United States is among those it lists: signers, then.
  const found = firstList(signers, text, opening);
  const listed = unilateral && !found?.some((entity) => entity.key === UNITED_STATES) ? null : found;
  const lede = spoken ? 0 : LEDE_CHARS;
  // Without a list, the lede's names (read only then), less what it is about ("... released by [the ministers] on Syria's
  // presidential election"), though "on" a date or a day tells when ("met on June 24 with officials of ASEAN"). When the
  // title names the other side already, the lede adds only a counterpart named with an official's title or its acronym
  // after it ("and Republic of Korea Foreign Minister Park", "with Caribbean Community (CARICOM) leaders"), not a topic
  // or a venue ("discussed Russia's war", "support for Ukraine", "in Bali, Indonesia"): over the releases, 99 readouts'
  // parties lose such names (25 media notes' and 2 joint statements' too), and dev's exact actors go from 0.909 to 0.913.
  const openingParties = listed ?? (unilateral ? [] : signers.filter((entity) => entity.start < lede && !/\s(on|about|regarding)\s(?!\S+day\b|[A-Z][a-z]+\.? \d|\d)[^.]*$/.test(text.slice(0, entity.start)) && (parties.length < 2 || /^ [A-Z(]/.test(text.slice(entity.end, entity.end + 2)))));
  for (const entity of openingParties) parties.push(entity.key);
  const unique = [...new Set(parties)];
  // Members listed stand for their group: a "G7 Foreign Ministers' Statement" released by "Canada, France, ..."
  // is theirs, so a signing body the list of countries leaves out is no party.
  if (!listed || listed.filter((entity) => entity.type === 'country').length < 2) return unique;
  return unique.filter((party) => !signingBodies.has(party) || listed.some((entity) => entity.key === party));
}

/**
 * The first list of two or more names among `signers`, starting before `startBefore`: a joint statement's
 * opening names its signers together ("released by the Governments of A, B
 * and C", "We, the Foreign Ministers of A, B, and C"), the countries it
 * speaks of one at a time.
 */
function firstList(signers: readonly Entity[], text: string, startBefore: number): Entity[] | null {
  for (let i = 0; i < signers.length && signers[i]!.start < startBefore; i++) {
    let j = i + 1;
    // What joins the names of a list: "A, B, and the C", "A and B", "A, and the High Representative of the C".
    while (
      j < signers.length &&
      /^(\s+and\s+|\s*,\s*(and\s+)?(the\s+)?([A-Z][\w'’.-]*( [A-Z][\w'’.-]*)*\s*,\s*(and\s+)?)?)(the\s+)?(([A-Z][\w'’.-]*\s+)+of\s+(the\s+)?)?$/.test(text.slice(signers[j - 1]!.end, signers[j]!.start))
    )
      j++;
    if (j - i >= 2) return signers.slice(i, j);
  }
  return null;
}

/**
 * A U.S. official and a counterpart of any title: "The Secretary and Foreign Minister", "and President Macron", "and
 * Secretary General Stoltenberg", "and Chairperson Faki", "and King Abdullah II". The titles lexicon's, but for those
 * only a U.S. colleague holds in a readout ("Secretary Blinken and Secretary Austin", "and the Deputy Secretary");
 * "State Secretary" and "Secretary-General" stay. An "And" that opens the sentence joins no two. Only tested: its
 * possessives are listed in the order gzip packs smallest.
 */
const COUNTERPART = RegExp(
  `\\w and (his |her |the )?(\\w+[ -]){0,2}(counterpart|${PERSON_TITLES.filter((title) => !/^(under )?secretary(?!-)|deputy/i.test(title))
    .map((title) => title.replace(/\./g, '\\.'))
    .join('|')})\\b`,
  'i',
);

/**
 * Who commits, from the words before the trigger and the document's parties;
 * `named` is namedParties(subject) (the caller has it already); a subject we
 * cannot place is the issuers' (issuersOf). No defaults: the one caller passes
 * every argument, and defaults would ship unused (9 bytes gzipped).
 */
export function actorsFor(subject: string, parties: readonly string[], named: string[], issuers: readonly string[]): string[] {
  // The patterns spell one space between words; a subject may run across a line break.
  const spaced = subject.replace(/\s\s+|[^\S ]/g, ' ');
  // Names win ("The United States and Kazakhstan"), unless a pronoun or U.S. official opens the subject:
  // "She will travel to Serbia to urge Serbia" is hers. Then words for all parties, then U.S. officials;
  // a subject we cannot place is the issuers'.
  // A pronoun, "participants", "both" or "the two", a U.S. official or U.S. post opening a subject is the clause's
  // subject, whatever it names after ("The Secretary stressed that Russia's ...", "The U.S. Embassy in Mongolia
  // will", "Participants discussed the UN Charter, underscoring ..."). Only tested: the titles in the order gzip packs smallest.
  if (
    named.length > 0 &&
    !/^\s*(we|i|he|she|they|participants|both|the two|(the )?(((under|assistant|deputy) )?secretary|spokesperson|u\.s\. (embassy|mission|consulate)))\b/i.test(spaced)
  )
    return named;
  // Subjects that stand for every party: "we", "the two sides", "participants" ("all sides" and "all participants"
  // too, by their last word). This pattern and the U.S. one below list their words in the order gzip packs smallest:
  // both are only tested.
  if (/\b(governments|sides|leaders|ministers|co-chairs|countries|they|participants|both|their|all parties|delegations|the (two|three|four))\b/i.test(spaced)) {
    return [...parties];
  }
  // A U.S. official with the counterpart: the two sides of a readout, not every country it speaks of.
  if (COUNTERPART.test(spaced)) return parties.slice(0, 2);
  // The issuers speaking: a joint statement's "we" are its parties, a press statement's or a readout's the United States.
  if (/\b(we|us|our)\b/i.test(spaced)) return [...issuers];
  // Subjects that stand for the United States alone: its officials and offices ("secretary" anywhere: "the Deputy Secretary" too).
  if (/\b(i|he|she|the department|embassy|president|ambassador|secretary|spokesperson|administration|state department|department of state)\b/i.test(spaced)) {
    return [UNITED_STATES];
  }
  return [...issuers];
}

/**
 * Who issues a document, and so speaks as "we" and stands behind a
 * commitment whose subject names no one ("The Advisory Group will ..."): a
 * joint statement's parties all (typed so, or titled so where a media note
 * carries one), and so are those of remarks of two sides together ("Secretary
 * Roe and Ruritanian Foreign Minister Hart at a Joint Press Availability",
 * "... Before Their Meeting"), whose "we" is both sides', as a joint
 * statement's is; any other document's government. (Its title words only tested: in the order gzip packs smallest.)
 */
export const issuersOf = (parties: readonly string[], type: string | null, title: string): string[] =>
  type === 'Joint Statement' || typeFromTitle(title) === 'Joint Statement' || /\b(Their Meeting|Joint Press)\b/i.test(title) ? [...parties] : parties.slice(0, 1);
