// Named entities of a statement, one per mention, in one linear pass over
// the tokens: cue rules first (dates, speaker labels, "Title Name", numbered
// instruments), then lexicon names and head-noun shapes, then guesses (a bare
// year or month, a lone name); overlaps go to the stronger, longer span.
// A second round adds what the first one taught: surnames and first names of
// people already found, acronyms defined in parentheses, and names a shape
// or a cue found once, again where they recur.

import { PLACES } from '../lexicons';
import type { Entity, EntityType } from '../types';
// Out of alphabetical order, as the bundle holds modules in import order and some orders gzip smaller: cue-nouns.ts,
// acronyms.ts, chunks.ts, then shapes.ts before lines.ts (3 bytes gzipped less than chunks.ts first and lines.ts before
// shapes.ts, an earlier round's best); imported here, shapes.ts and people.ts come before gazetteer.ts and resolve.ts,
// 25 bytes; gazetteer.ts after resolve.ts, 8 bytes; keys.ts right after shapes.ts, 3 bytes less than last of all, where
// an earlier round had put it (a hill-climb over these imports, rerun after later changes).
import { cueNounAt } from './cue-nouns';
import { parenthesizedAcronymAt, spanText } from './acronyms';
import { chunkEnd } from './chunks';
import { type Candidate, numberedInstrumentAt, placeBeforeItsAreaAt, shapeOf } from './shapes';
import { keyOf, nameIndex, textOf } from './keys';
import { headingFlags, normalizedLine } from './lines';
import { fullDateAt, isYear, type Span, weakDateAt } from './dates';
import {
  barePersonAt,
  capitalsNameStart,
  isRegnal,
  nameRunEnd,
  leaderAt,
  bylinePersonAt,
  type NameContext,
  rolePersonAt,
  speakerLabelAt,
  surnameNameStart,
  titledPersonAt,
  titleEnd,
  titleStartBefore,
  vocativeAt,
} from './people';
import type { PhraseMatch } from './phrase-trie';
import { ranked, resolve, type Ranked } from './resolve';
import { capOnLine, countWords, startsWithDigit, tightHyphenAt, tokenize, type Token } from './tokenize';
import { isFunctionWord, breaksHeadingName, lowerCaseWords } from './vocabulary';
import { knownAt, type Known } from './gazetteer';

/** Tokens that mark an address ("@" of an e-mail, "www" or "https" of a web address): tested at every token of a text that may hold one. */
const ADDRESS_MARK = /^(@|www|https?)$/;

/** `context.tokens`: the text's tokens, when the caller has them already. */
export const findEntities = (text: string, context: { title: string; tokens?: readonly Token[] }): Entity[] =>
  entitiesIn(text, context.title, context.tokens ?? tokenize(text));

/** findEntities for analyze(), which has the tokens: apart, so the tokenizing it never needs does not ship (17 bytes gzipped). */
export function entitiesIn(text: string, title: string, tokens: readonly Token[]): Entity[] {
  // The longest lexicon name at each token, taken greedily left to right, its end and the tokens it covers marked in
  // the same pass (one loop, not a helper's and a second over its result: 6 bytes gzipped).
  const known = tokens.map((): PhraseMatch<Known> | null => null);
  const knownEnd = new Uint32Array(tokens.length);
  const inKnown = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i]!.word ? knownAt(tokens, i) : null;
    if (m) {
      known[i] = m;
      inKnown.fill(1, i, (knownEnd[i] = m.end));
      i = m.end - 1;
    }
  }
  const ctx: NameContext = { text, tokens, lower: lowerCaseWords(tokens), knownEnd, inKnown };
  const heading = headingFlags(tokens);
  const blocked = new Uint8Array(tokens.length);
  const cands: Ranked[] = [];
  /**
   * A rule's span, when it found one, as a candidate: of the type given, or of the type a rule that finds typed spans
   * found (which spares each such caller a test of its span: 6 bytes gzipped).
   */
  const add: { (span: Candidate | null, rank: number): void; (span: Span | null, rank: number, type: EntityType): void } = (
    span: (Span & { type?: EntityType }) | null,
    rank: number,
    type: EntityType | undefined = span?.type,
  ) => {
    if (span) cands.push(ranked(span.start, span.end, type!, rank));
  };

  /**
   * A cue's span as a candidate of the first rank, its tokens blocked to the other rules; returns its last token, where
   * the cue rules read on. One closure for the title lines and both rounds of cueRules (8 bytes gzipped); the candidate
   * made by add(), as the other rules' are (4 bytes).
   */
  const claim = (span: Span, type: Ranked['type']): number => {
    add(span, 0, type);
    blocked.fill(1, span.start, span.end);
    return span.end - 1;
  };
  /**
   * Rules keyed on a cue word: full dates, numbered instruments, speaker labels,
   * titled, byline and role-noun persons. Pass `nameParts` null for body lines,
   * then the body's name words for title-case headings. Returns whether the text
   * has speaker labels (a transcript). A closure over entitiesIn's context, flags and claim rather than a
   * function passed them at both its calls: shorter in the bundle.
   */
  const cueRules = (nameParts: ReadonlySet<string> | null): boolean => {
    let labels = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // The round's lines first: each round passes over the other's tokens without reading them.
      if (!nameParts === (heading[i] === 1) || blocked[i] || !t.word) continue;
      if (!t.cap && !startsWithDigit(t.text)) {
        // Of the cue rules only a role noun ("citizen Jane Roe") starts in lower case.
        const role = rolePersonAt(ctx, i);
        if (role) i = claim(role, 'person');
        continue;
      }
      const date = fullDateAt(tokens, i);
      if (date) {
        i = claim(date, 'date');
        continue;
      }
      const numbered = numberedInstrumentAt(tokens, i);
      if (numbered) {
        i = claim(numbered, 'instrument');
        continue;
      }
      const label = speakerLabelAt(ctx, i);
      if (label) {
        // The label is read past to its colon, where a speaker's name ends; an anonymous speaker's label
        // ("SENIOR STATE DEPARTMENT OFFICIAL:") holds no entity.
        labels = true;
        const [colon, name] = label;
        if (name) claim(name, 'person');
        blocked.fill(1, i, colon);
        i = colon - 1;
        continue;
      }
      // A role noun is in lower case (its rule ran above): none opens with a capital or a digit.
      const person = titledPersonAt(ctx, i, nameParts) ?? bylinePersonAt(ctx, i);
      if (person) {
        // The title is no entity: keep chunks from reading "Ambassador" or "Dr." as part of a name, nor a body's
        // name running on into a title that a portfolio follows ("Ministry of Finance Vice Minister for Trade Jane Roe").
        blocked.fill(1, titleStartBefore(tokens, person.start), person.start);
        blocked.fill(1, i, titleEnd(tokens, i));
        i = claim(person, 'person');
      }
    }
    return labels;
  };
  // Lines that repeat the page title when it names a joint statement: the statement names itself. Each is claimed, as
  // the cue rules' spans are, where it is found rather than from a list lines.ts made of them (22 bytes gzipped).
  if (/\bJoint\s+Statement\b/.test(title)) {
    const want = normalizedLine(title);
    for (let s = 0; s < tokens.length; ) {
      let e = s + 1;
      while (e < tokens.length && !tokens[e]!.nl) e++;
      // A line whose first character already differs is not worth normalizing whole.
      const first = normalizedLine(String.fromCodePoint(text.codePointAt(tokens[s]!.start)!));
      if (want.startsWith(first) && normalizedLine(text.slice(tokens[s]!.start, tokens[e - 1]!.end)) === want) {
        claim({ start: s, end: e }, 'instrument');
      }
      s = e;
    }
  }
  /**
   * 1 where a year opens the report named at [s, e): an annual report's year is its title's ("the 2021 Fiscal Transparency
   * Report", as the labelers read it in 5 of 6 releases), where a plan's or a strategy's is when it was made.
   */
  const yearOfReport = (s: number, e: number): number => +(tokens[e - 1]!.low === 'report' && isYear(tokens[s - 1]) && !blocked[s - 1]);
  const isTranscript = cueRules(null);
  ctx.transcript = isTranscript;
  // The headings' round, when the text has title-case headings at all, with the words of the persons found so far.
  if (heading.includes(1)) {
    const personWords = new Set<string>();
    for (const c of cands) if (c.type === 'person') for (let k = c.start; k < c.end; k++) personWords.add(tokens[k]!.low);
    cueRules(personWords);
  }

  // Every chunk, skipping blocked tokens, capitalized function words ("At", "Is") and words that end a heading's name, read as it is found:
  // nothing here blocks a token, so the chunks are those a list of them made first would hold.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (blocked[i] || !t.cap || ((isFunctionWord(t.low) || breaksHeadingName(t.low)) && !knownEnd[i])) continue;
    const end = chunkEnd(tokens, i, blocked, knownEnd);
    // A chunk may hold two names ("X Airport and Fort Y"): read on after each one found.
    // An Arabic article hyphened to the name in lower case is the name's: "al-Aqsa Mosque".
    for (let s = tightHyphenAt(tokens, i - 1) && /^[ae]l$/.test(tokens[i - 2]!.text) ? i - 2 : i; s < end; ) {
      const shape = shapeOf(tokens, s, end, known);
      if (!shape) break;
      shape.start -= yearOfReport(shape.start, shape.end);
      add(shape, 1);
      // Read on from the next capitalized word.
      for (s = shape.end; s < end && !tokens[s]!.cap; ) s++;
    }
    i = end - 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const k = known[i];
    // "East Asian and Pacific Affairs" names a portfolio, not the Pacific ("Minister for Europe" does name Europe).
    if (k && !(k.value.type === 'place' && tokens[k.end]?.low === 'affairs'))
      cands.push(ranked(i - yearOfReport(i, k.end), k.end + +(k.value.type === 'organization' && tokens[i]!.upper && k.end === i + 1 && sessionAt(tokens, k.end)), k.value.type, 1, k.value.key));
    if (!tokens[i]!.cap && !startsWithDigit(tokens[i]!.text)) continue;
    const date = weakDateAt(tokens, i);
    const person = date ? null : barePersonAt(ctx, i) ?? leaderAt(ctx, i);
    add(date, 2, 'date');
    add(person, 2, 'person');
    const voc = isTranscript ? vocativeAt(ctx, i) : null;
    add(voc, 2, 'person');
    // A capitalized word no lexicon name starts at: a name a noun cues, or a place before its area.
    if (tokens[i]!.cap && !k) {
      const cued = inKnown[i] ? null : cueNounAt(tokens, i, ctx.lower);
      add(cued, 1);
      const place = i > 0 && tokens[i - 1]!.word && !tokens[i - 1]!.cap ? placeBeforeItsAreaAt(ctx, i, known) : null;
      add(place, 1);
    }
  }

  const taken = new Uint8Array(tokens.length);
  // A name inside an e-mail address or a web address ("OES-PA-DG@state.gov", "www.state.gov/Joint-Statement-2021":
  // the run of tokens with no space between) is no mention. Most texts hold no mark at all: one regex over the
  // text ("https" holds "http"; no other character lower-cases to "@", "w", "h", "t" or "p") spares them a test per
  // token. The "@" apart: found alone a character is a fast search, in the case-blind alternation a slow one. A mark
  // in a run already taken is skipped: read from each of its marks, a run of them cost time by its square ("www." x
  // 128,000, 500 KB with no space: 5 minutes).
  if (text.includes('@') || /www|http/i.test(text)) tokens.forEach((t, i) => {
    if (taken[i] || !ADDRESS_MARK.test(t.low)) return;
    let s = i;
    let e = i + 1;
    while (s && !tokens[s]!.sp) s--;
    while (tokens[e] && !tokens[e]!.sp) e++;
    taken.fill(1, s, e);
  });
  const first = resolve(tokens, cands, taken);
  const second = resolve(tokens, echoes(ctx, first), taken);
  // A generational suffix after a comma is the name's ("Joseph R. Biden, Jr."), read after the echoes, which look for
  // the surname alone.
  const all = [...first, ...second].sort((a, b) => a.start - b.start);
  for (const c of all) if (c.type === 'person' && tokens[c.end]?.text === ',' && /^[js]r$/.test(tokens[c.end + 1]?.low ?? '')) c.end += tokens[c.end + 2]?.text === '.' && !tokens[c.end + 2]!.sp ? 3 : 2;
  // "Atlanta, Georgia": a country that shares its name with a place (a U.S. state), after a place and its comma, is the place.
  for (let i = 1; i < all.length; i++) {
    const c = all[i]!;
    const p = all[i - 1]!;
    if (c.type === 'country' && p.type === 'place' && tokens[p.end]?.text === ',' && p.end + 1 === c.start && PLACE_NAMES.has(c.key!)) c.type = 'place';
  }

  const names = nameIndex(
    all.filter((c) => c.type === 'person' && countWords(tokens, c.start, c.end) > 1).map((c) => textOf(ctx, c)),
  );
  // The two rounds never overlap, but a suffix read onto a name may cover a mention another rule found in it (a
  // transcript's vocative reads ", Jr." as a name called, a firm's shape "Jr. & Associates, Inc."): the name's now.
  const entities = all.filter((c, i) => !i || c.start >= all[i - 1]!.end).map((c, i) => {
    const surface = textOf(ctx, c);
    return { id: 'e' + i, type: c.type, text: surface, start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end, key: keyOf(surface, c, names) };
  });
  // A body or a document the page also names with a leading "U.S." is that one: "Embassy Baku" is the "U.S. Embassy
  // Baku" named elsewhere on the page, and keys as it does (over the releases 16 groups in 15 of them had split in two,
  // each pair one thing). The longer form is the key, as the card shows it: "U.S. Institute for Peace", not "Institute
  // for Peace".
  const keys = new Set(entities.map((e) => e.key));
  for (const e of entities) if (keys.has('U.S. ' + e.key)) e.key = 'U.S. ' + e.key;
  return entities;
}

/**
 * A body's session or year written after its acronym, at e: "COP 26 in Glasgow", "HRC 47,", "NATO 2030 initiative". On the
 * same line, and not run on into another number ("NATO 2024-2025" is a range, "EU 25.5 billion" a sum); a year (20xx), or
 * two digits only before a stop, a comma, "in" or "and" ("EU 27 member states" and "NATO 32 Allies" are counts, "UN 23
 * September" a day); never a ship's seven-digit number after "IMO".
 */
function sessionAt(tokens: readonly Token[], e: number): boolean {
  const n = tokens[e];
  const after = tokens[e + 1];
  // What follows runs on tight into another number: a range, a sum, a decimal.
  const runsOn = !after?.sp && !!tokens[e + 2]?.num;
  if (!n?.num || !n.sp || n.nl || runsOn) return false;
  return /^20\d\d$/.test(n.text) || (n.text.length === 2 && (!after || /^(in|and|[.,;)])$/.test(after.low)));
}

/** A found name's span or its acronym's, as written, with the name's type and key: what a later mention must read to be it. */
interface Echo {
  text: string;
  n: number;
  type: Ranked['type'];
  key: string;
}

/**
 * Second-round candidates on the free tokens: a person's surname or a
 * first name used alone ("Lu", "Linda"), the names listed after a
 * person's ("Jane Roe, Kim Vell and Ida Marsk") or bracketed after it, acronyms defined in parentheses
 * after a found name, and names a shape or a cue found, wherever they recur.
 */
function echoes(ctx: NameContext, found: readonly Ranked[]): Ranked[] {
  const { tokens } = ctx;
  const people = new Set<string>();
  const out: Ranked[] = [];
  // Acronyms and names to find again, keyed by their first token, so each text token costs one lookup.
  const again = new Map<string, Echo>();
  // Where the last list of names read ended: a name inside it (found sorted by start) is read on from no more, as
  // every item after it was read already. Read from each, a list of n names cost n² candidates: a page listing 3,000
  // names ran the analysis out of memory.
  let listEnd = 0;
  for (const c of found) {
    if (c.type === 'person') {
      // Initials never stand for a person alone ("Jane Q." is no "Q").
      const words = tokens.slice(c.start, c.end).filter((t) => t.word && t.text.length > 1 && !isRegnal(t));
      const last = words.at(-1);
      // Its last word, or its one word (read by has() alone, so one test adds either): never a function word ("Moon
      // Jae-in" echoes no "In addition") nor half a hyphened surname ("Richey-Allen" is no "Allen") unless the name's only word.
      if (last && (words.length === 1 || (!isFunctionWord(last.low) && tokens[c.end - 2]?.text !== '-'))) people.add(last.low);
      // The items after a found name in a list of names, "Jane Roe, Kim Vell, and Ida Marsk", each two name words or
      // more; the name in another script in brackets after it ("Pavel Roe (Павел Рое)"); its alias, after a comma or a dash.
      for (let k = c.end, e = k; k >= listEnd; k = e) {
        while (/^([,(–]|and)$/.test(tokens[k]?.low ?? '')) k++;
        // Or an alias: "Jane Roe, also known as Abu Roe".
        if (tokens[k]?.low === 'also' && tokens[k + 1]?.low === 'known' && tokens[k + 2]?.low === 'as') k += 3;
        // No joiner, or fewer than two name words after it: the list is over. So it is at a comma or a dash alone before
        // words that end the sentence, run on into a longer name on their line or define an acronym: a briefer's "Jane Roe,
        // Strelsau Daily." or "Jane Roe – Strelsau Daily." names the caller's outlet, "Jane Roe, Refugee Processing Center
        // Director" a body, "Indefinite Delivery, Indefinite Quantity (IDIQ)" a term.
        if (k === e || (e = nameRunEnd(ctx, k)) - k < 2 || (/^[,–]$/.test(tokens[k - 1]!.text) && (capOnLine(tokens[e]) || tokens[e]?.text === '.' || (tokens[e]?.text === '(' && tokens[e + 1]?.upper)))) break;
        out.push(ranked(k, (listEnd = e), 'person', 2));
      }
    } else if (c.type !== 'date') {
      /** `span`, the name's or its acronym's, kept as an echo of the name, under its first token. */
      const remember = (span: Span): void => {
        again.set(tokens[span.start]!.text, {
          text: spanText(tokens, span.start, span.end),
          n: span.end - span.start,
          type: c.type,
          // Never a person's: echoes of persons are found by their words, so no full names are needed.
          key: keyOf(textOf(ctx, c), c),
        });
      };
      // A name its shape or a cue found (the lexicon's are found everywhere), where it recurs without them:
      // "the Khaan Quest exercise", then "an expanded Khaan Quest". Never in an acronym's place.
      if (!c.key && c.end - c.start > 1 && !again.has(tokens[c.start]!.text)) remember(c);
      const acr = parenthesizedAcronymAt(tokens, c.end);
      // The acronym's first letter opens a word of the name: "Narcotics Control Bureau, India (NCB)" is not India.
      const initial = acr ? tokens[acr.start]!.text[0] : '';
      if (acr && tokens.slice(c.start, c.end).some((t) => t.text[0] === initial)) remember(acr);
    }
  }
  if (!people.size && !again.size) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    // Not a name's first word ("Roe Smith"); a capitalized word on the next line starts something else.
    if (people.has(t.low) && !capOnLine(tokens[i + 1])) out.push(ranked((t.upper ? capitalsNameStart : surnameNameStart)(ctx, i), i + 1, 'person', 2));
    const a = again.get(t.text);
    if (a && spanText(tokens, i, i + a.n) === a.text) out.push(ranked(i, i + a.n, a.type, 1, a.key));
  }
  return out;
}

const PLACE_NAMES = new Set(PLACES.map((p) => p.name));
