// Commitments: sentences in which parties bind themselves to act, graded by
// the strongest trigger they hold (../shared/corpus/README.md). A trigger
// counts only when its subject is a party, it is not negated, it is not
// itinerary ("will travel to"), and it is not a reporter's question.

// The lexicons are imported first: the bundle holds modules in import order, and the triggers' patterns after
// the lexicon tables gzip about 300 bytes smaller than opening the bundle before them (measured with analysis-size.ts);
// trigger-scan.ts right after parties.ts, 7 bytes smaller; sentences.ts last, after trigger-scan.ts, 13 bytes smaller again;
// vocabulary.ts before tokenize.ts and time-expressions.ts before subject-names.ts, 14 bytes smaller again.
import { NON_PERSON_SPEAKER_LABELS } from './lexicons';
import {
  ADDRESSEE,
  CLOCK_TIME,
  DEMAND,
  ELABORATION,
  EMBEDDED,
  EVALUATION,
  ITINERARY,
  NEGATION,
  NEEDS_PARTY,
  NEW_SUBJECT,
  PARTY_WORD,
  PATTERN,
  RECOUNTED,
  STRENGTH,
  SUBJECT_GOES_ON,
  THING_SUBJECT,
  TRIGGERS,
  TRIP,
  UNDERTAKING,
  type Trigger,
} from './commitment-triggers';
import { isFunctionWord } from './entities/vocabulary';
import { foldText, tokenize, type Token } from './entities/tokenize';
import { actorsFor } from './parties';
import { triggerStarts } from './trigger-scan';
import { findMeans, findPlace, findTime } from './time-expressions';
import { SubjectNames } from './subject-names';
import { wordsStart, type Sentence } from './sentences';
import type { Commitment, Entity, Strength } from './types';

/** Each strength as a number, the stronger the larger: triggers are ranked by it, and the summary scores sentences by it. */
export const STRENGTH_RANK: Readonly<Record<Strength, number>> = { firm: 3, intent: 2, support: 1 };

/**
 * Speakers whose words bind no party: reporters, moderators, interpreters. An
 * anonymous official ("SENIOR STATE DEPARTMENT OFFICIAL") names no person but
 * speaks for the government: a background briefing is all such words.
 * Labels are capitals (sentences.ts reads only those), as listed here.
 */
const REPORTERS: ReadonlySet<string | null> = new Set(NON_PERSON_SPEAKER_LABELS.filter((label) => !label.includes('OFFICIAL')));

/**
 * Participle use ("all actors committed to peace", "programs intended to inform", "U.S. citizens seeking to depart"): the word before must make it a
 * verb, and so does a name ("Croatia committed to", "Director-General Tedros committed to"), read capitalized in `raw`.
 */
function isParticiple(raw: string, folded: string, index: number): boolean {
  const previous = /([a-z.']+)\s+$/.exec(folded.slice(0, index))?.[1] ?? '';
  // The words that also make it a verb, in the order gzip packs smallest: the pattern is only tested.
  return !PARTY_WORD.test(previous) && !/^(countries|publicly|also|and|been|states|each|again|all|further|be|have|has|sides|who|they|both|formally|had|jointly)$/.test(previous) && !/[A-Z][^\s,]*\s+$/.test(raw.slice(0, index));
}

/**
 * Where the subject of a trigger at `index` starts: its clause, after the
 * last comma, semicolon, colon or dash, or after "and" before a new subject.
 */
function subjectStart(sentence: string, index: number): number {
  const before = sentence.slice(0, index);
  // Where the last new clause's subject starts, less the 2 that cut + 2 below adds for a comma's: the end of its match,
  // which the global pattern's lastIndex holds after each test that finds one (none is empty), so the match itself is
  // not read; a test that finds none sets it back to 0.
  let clause = -1;
  NEW_SUBJECT.lastIndex = 0;
  while (NEW_SUBJECT.test(before)) clause = NEW_SUBJECT.lastIndex - 2;
  const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '), before.lastIndexOf(' – '), clause);
  return cut >= 0 && before.length - cut > 3 ? cut + 2 : 0;
}

/** `subject` is folded (lower case), the sentence's [from, to); `names` looks its words up as written. */
function hasPartySubject(subject: string, wholeBefore: string, names: SubjectNames, from: number, to: number): boolean {
  if (THING_SUBJECT.test(subject)) return false;
  if (subject === '') return true; // "Supporting ...", "We ... and will": the speaker
  return PARTY_WORD.test(subject) || (SUBJECT_GOES_ON.test(subject) && PARTY_WORD.test(wholeBefore)) || names.parties(from, to).length > 0;
}

/**
 * A valid trigger and its match (whose index is where it starts in the sentence, [0] its words): a pair rather than an
 * object with the match's index and words copied out, whose names the bundle spelled at each read.
 */
type Hit = [trigger: Trigger, match: RegExpExecArray];

/** A capitalized trigger inside a sentence is part of a name ("the Global Methane Pledge"); "I" and "U.S." are capitals anywhere. */
function isInsideName(raw: string, index: number, trigger: string): boolean {
  const first = raw[index]!;
  if (index === 0 || first === first.toLowerCase() || /^(i|u\.s)\b/.test(trigger)) return false;
  return !/[:“"(]\s*$/.test(raw.slice(0, index));
}

/**
 * A subject (the sentence's [from, to)) that names parties, none of them the document's, and no word of the
 * speaker's side ("we", "the Secretary"): in a transcript, others' doing. The word test first: most spoken
 * subjects hold "we", and need no party lookup.
 */
function othersOnly(subject: string, names: SubjectNames, from: number, to: number, parties: readonly string[]): boolean {
  if (PARTY_WORD.test(subject)) return false;
  const named = names.parties(from, to);
  return named.length > 0 && !named.some((party) => parties.includes(party));
}

/**
 * Whether a trigger matched at `match.index` of a sentence really commits a party; `speakerParties`: the document's
 * parties when the sentence is a transcript speaker's, else null.
 */
function isValid(trigger: Trigger, match: RegExpExecArray, raw: string, folded: string, names: SubjectNames, speakerParties: readonly string[] | null): boolean {
  const before = folded.slice(0, match.index);
  const after = folded.slice(match.index + match[0].length);
  if (isInsideName(raw, match.index, match[0])) return false;
  // Spoken, "we hope that they ..." is a wish about others (the transcripts' labels, over six draws, read 11 of 12 such
  // sentences so); written, "The United States hopes that the parties ..." is the side's support, as dev reads it.
  if (speakerParties && /^hopes? that/.test(match[0])) return false;
  if (NEGATION.test(before) && !/^will not/.test(match[0])) return false;
  if (/(plan(s|ned|ning)?|intends?|expects?) to$/.test(match[0]) && TRIP.test(after)) return false;
  // A "will" of the future: what follows says what is undertaken, or what is only foreseen.
  const willing = /^((is|are|'re) ([a-z]+ly )?)?(will|shall|'ll|going to)$/.test(match[0]);
  if (willing) {
    const rest = after.slice(0, 60);
    // What follows is the undertaking, or a list of them after a colon ("the Administration will:").
    if (!/^(\s+[a-z]|:)/.test(rest)) return false;
    // The patterns read what is said from its first word: pages may write two spaces after "will" ("will &nbsp;begin her trip").
    const said = rest.trimStart();
    if (ITINERARY.test(said) || EVALUATION.test(said) || CLOCK_TIME.test(folded)) return false;
  }
  // Asked of others, unless "will" or "look forward" opens the speaker's own clause after the demand ("call on all to keep the
  // peace and will continue to").
  if (trigger[STRENGTH] !== 'support' && DEMAND.test(before) && !((willing || /^look/.test(match[0])) && / and $/.test(before))) return false;
  if (/^(seeking|intended|committed)/.test(match[0]) && isParticiple(raw, folded, match.index)) return false;
  // "and support" goes on with a clause's verb: the speaker's where "we" comes before it ("We welcome the envoy and
  // support the committee's work"), else another's doing, a purpose or a claim ("met to review the program and support
  // its expansion", "claims to welcome foreign media and support their work"): 16 release sentences, 10 of the labeled
  // ones right to 2 wrong.
  // A call as a participle is the caller's where a verb, a joining "in", a list's "and" or comma, or a dash puts it
  // ("we join partners in calling for", "we are strongly urging"), else what a thing or others call for ("the
  // resolution calling for", "protesters calling for") or a noun ("at the urging of"): 6 labeled sentences right to 1 wrong.
  // (The words before it only tested: in the order gzip packs smallest.)
  if (/^(urging|calling)/.test(match[0]) && !/(\b(in|is|am|are|and|been)|'re|ly|,|–) $/.test(before)) return false;
  if (/^and support$/.test(match[0]) && !/\bwe\b/.test(before)) return false;
  if (/^agree[ds]? that$/.test(match[0]) && !PARTY_WORD.test(UNDERTAKING.exec(after)?.[1] ?? '')) return false;
  if ((/^(?!committed)[a-z]+ed\b|ed$/.test(match[0]) || /\b[a-z]+ed (the |their |our |its )?$/.test(before)) && RECOUNTED.test(folded)) return false;
  // "We must ...", "I will ...": the trigger names its own subject.
  if (!trigger[NEEDS_PARTY] || /^(we|i|they)\b/.test(match[0])) return true;
  if (EMBEDDED.test(before)) return false;
  const from = subjectStart(folded, match.index);
  const subject = folded.slice(from, match.index).trim();
  if (subject === '' && /ed$/.test(match[0])) return false; // a past-tense list item: "Supported 8 million ..."
  // The reader ("you'll see"), or "it" opening a clause: "if Russia invades, it will face ..." predicts ("it intends to" does not).
  // In a transcript the speakers are "we" and "I"; "they", "he" or "she" right before the trigger, and countries none of the
  // document's parties, are the others a briefer or a guest speaks of ("they will find willing partners", "she will take the
  // opportunity to", "Russia plans to", "an independent Ukraine will be there").
  if (speakerParties && (/^(and )?(so )?they\b|\b(he|she|they)$/.test(subject) || othersOnly(subject, names, from, match.index, speakerParties))) return false;
  if (ADDRESSEE.test(subject) || (/^(and )?it$/.test(subject) && willing)) return false;
  // A titled official's "will" (and a president's, a foreign one's too) tells a trip, a role or a guess: "the Under
  // Secretary will focus on", "Ambassador Roe will bring a wealth of experience", "President Putin will find a reason".
  // So does the official's "he" or "she" ("In Pretoria, he will focus on"). It binds when it goes on with an effort,
  // works with others, announces, provides or signs something; a commitment reaffirmed on the trip binds by its own
  // trigger. Over the releases 63 sentences change, of the labeled ones 19 becoming right and 4 wrong; the pronoun 6 more,
  // 5 of them labeled and right. (Both patterns only tested: their groups in the order gzip packs smallest.)
  if (willing && /^(([a-z.]+ )*(secretary|president|ambassador|envoy|counselor)( (?!that\b)[a-z.'’-]+){0,5}|s?he)$/.test(subject) && !/^ (also )?(provid|announc|continu|sign|work)/.test(after)) return false;
  // A named party anywhere before the trigger makes its subject, but a future "will" binds its own subject only: a party
  // named earlier counts for it when the clause goes on that party ("Ruritania ..., and will"), not across a new subject
  // ("Even though Ruritania cannot attend, the international community will be watching").
  return hasPartySubject(subject, before, names, from, match.index) || (!THING_SUBJECT.test(subject) && names.entityParty(willing && !SUBJECT_GOES_ON.test(subject) ? from : 0, match.index));
}

/**
 * The strongest valid trigger in a sentence (`folded` is its lower-cased
 * copy; `base` its offset in the text), or null; the first in the text among
 * equals. `offsets[from, to)` are the text's trigger starts inside the
 * sentence, `masks` the triggers that may match at each; only those are
 * tried, anchored. `speakerParties`: the document's parties when the sentence is a transcript speaker's, else null.
 */
function strongestTrigger(
  raw: string,
  folded: string,
  base: number,
  offsets: readonly number[],
  masks: readonly number[],
  from: number,
  to: number,
  names: SubjectNames,
  speakerParties: readonly string[] | null,
): Hit | null {
  // The strongest so far, [trigger, match]: best[0] is its trigger.
  let best: Hit | null = null;
  for (let c = from; c < to; c++) {
    const index = offsets[c]! - base;
    const mask = masks[c]!;
    for (let k = 0; k < TRIGGERS.length; k++) {
      if (!(mask & (1 << k))) continue;
      const trigger = TRIGGERS[k]!;
      if (best && STRENGTH_RANK[best[0][STRENGTH]] >= STRENGTH_RANK[trigger[STRENGTH]]) continue;
      trigger[PATTERN].lastIndex = index;
      const match = trigger[PATTERN].exec(folded);
      if (match && isValid(trigger, match, raw, folded, names, speakerParties)) best = [trigger, match];
    }
    if (best?.[0][STRENGTH] === 'firm') break;
  }
  return best;
}

/** Capitalized words and commas only: "The United States, Armenia, " before "and Azerbaijan reaffirm". */
const NAME_LIST = /^((the |The )?[A-Z][\w.'’-]*,? )+$/;

/**
 * Who commits (`match` the trigger's, in the sentence): parties the trigger's own words name ("welcomed Serbia's
 * decision to", the guide's hard cases; "underscored the U.S.-Pakistan
 * commitment"), else the parties its subject names or stands for ("we",
 * "the two sides"), read in its own clause as the validity checks read it
 * ("Absent a change in course from Iran, we will" is the speaker's). A
 * clause that opens with "and" is a list's last item: the list is the
 * subject ("The United States, Armenia, and Azerbaijan reaffirm"), and so is a joint statement's "We, the Foreign
 * Ministers of A, B, and C, and the High Representative of D" whose "of" no list of names holds.
 */
function actorsOf(raw: string, folded: string, match: RegExpExecArray, parties: readonly string[], issuers: readonly string[], names: SubjectNames): string[] {
  // The parties the trigger names, or whose undertaking it is ("welcomed Mongolia's willingness to consider": Mongolia's).
  const own = names.parties(/\S+['’]s $/.exec(raw.slice(0, match.index))?.index ?? match.index, match.index + match[0].length);
  if (own.length > 0) return own;
  let from = subjectStart(folded, match.index);
  if (folded.startsWith('and ', from) && (NAME_LIST.test(raw.slice(0, from)) || folded.startsWith('we, '))) from = 0;
  // A verb after "and" goes on with the sentence's opening subject: "The Secretary and Foreign Minister expressed ..., and committed to",
  // "Mongolia welcomed U.S. support and committed to" (whose "U.S." is the object's).
  const clause = folded.slice(from, match.index);
  const opening = (from ? clause === 'and ' : / and $/.test(clause)) && !/^(we|i|they)\b/.test(match[0]) && /^((the |The )?[A-Z]\S* (and |of )?)+(?=(also )?[a-z]+(s|ed)\b)/.exec(raw)?.[0].length;
  if (opening) return actorsFor(raw.slice(0, opening), parties, names.parties(0, opening), issuers);
  // A name after "with" is a partner or an object, not the subject, up to the next comma: "The Administration, in
  // partnership with Ecuador, will", "recognizes 200 years of relations with Colombia and reaffirms its commitment".
  const beforeTrigger = (index: number): number => (index < 0 || index > match.index ? match.index : index);
  const partner = beforeTrigger(folded.indexOf(' with ', from));
  const after = beforeTrigger(folded.indexOf(', ', partner));
  return actorsFor(raw.slice(from, partner) + raw.slice(after, match.index), parties, [...names.parties(from, partner), ...names.parties(after, match.index)], issuers);
}

/**
 * Whether a sentence is an item of the list a commitment's `lead` word and colon open: numbered ("(1) Address"), a gerund
 * ("Embarking on"), a title-like line of four words or more with no closing stop ("USD 5 Million for the Delta-X
 * Mission" after "announcements included:"; not a heading such as "Marine Pollution" or "B. Protecting Journalists"),
 * or after "to:" or "will ...:" (the lead "will") a verb ("Modernize infrastructure"): no function word, plural or participle. "The Partnership
 * will focus on three objectives:" leads such a list as "will:" does (its items "Develop shared principles." are the
 * objectives bound to): over the releases 7 sentences change, the one labeled right. (The first pattern is only tested:
 * its alternatives are in the order gzip packs smallest.)
 */
function isListItem(lead: string | false | null, folded: string): boolean {
  if (!lead) return false;
  if (/^[a-z]+ing\b|^\(?\d+[.)] |^(?![a-z]\. )(\S+ ){3}.*[^.!?;:]$/.test(folded.trimEnd())) return true;
  const verb = /^(to|will)$/.test(lead) && /^([a-z]+)(?<![^s]s|ed) [a-z(]/.exec(folded)?.[1];
  return !!verb && !isFunctionWord(verb);
}

/**
 * A text's commitments, for a caller that has only the text and its sentences and parties (tests, tools):
 * the entities default to none, the issuers to the first party, the tokens and folding are made here.
 */
export const findCommitments = (
  text: string,
  sentences: readonly Sentence[],
  parties: readonly string[],
  entities: readonly Entity[] = [],
  tokens: readonly Token[] = tokenize(text),
  issuers: readonly string[] = parties.slice(0, 1),
  foldedText = foldText(text),
): Commitment[] => commitmentsIn(text, sentences, parties, entities, tokens, issuers, foldedText);

/**
 * A text's commitments, from what analyze() has already worked out. Apart from findCommitments, which
 * analyze() does not call, so that its defaults do not ship (11 bytes gzipped).
 */
export function commitmentsIn(
  text: string,
  sentences: readonly Sentence[],
  parties: readonly string[],
  entities: readonly Entity[],
  tokens: readonly Token[],
  issuers: readonly string[],
  foldedText: string,
): Commitment[] {
  const commitments: Commitment[] = [];
  const [offsets, masks] = triggerStarts(foldedText, tokens);
  // Candidates and entities are in text order, like sentences: each is
  // walked once with a cursor, never searched.
  let nextCandidate = 0;
  let nextEntity = 0;
  let previous: Commitment | null = null;
  /** The word before the colon of the commitment that leads into a list ("to", "by"), while its items go on; else null or false. */
  let listLead: string | false | null = null;
  for (const sentence of sentences) {
    while (nextCandidate < offsets.length && offsets[nextCandidate]! < sentence.start) nextCandidate++;
    let lastCandidate = nextCandidate;
    while (lastCandidate < offsets.length && offsets[lastCandidate]! < sentence.end) lastCandidate++;
    const hasCandidate = lastCandidate > nextCandidate;
    while (nextEntity < entities.length && entities[nextEntity]!.start < sentence.start) nextEntity++;
    // No trigger here and no commitment just before to elaborate on: nothing to find.
    if (!hasCandidate && !previous) continue;
    let lastEntity = nextEntity;
    while (lastEntity < entities.length && entities[lastEntity]!.start < sentence.end) lastEntity++;
    const inSentence = entities.slice(nextEntity, lastEntity);

    const raw = text.slice(sentence.start, sentence.end);
    // Trimmed (trim's white space is the regex \s), not a regex /\?\s*$/, which would try every "?" and every position.
    const isQuestion = raw.trimEnd().endsWith('?');
    const reporter = REPORTERS.has(sentence.speaker);
    if (isQuestion || reporter) {
      previous = null;
      continue;
    }
    const folded = foldedText.slice(sentence.start, sentence.end);
    const names = new SubjectNames(text, tokens, sentence.start, inSentence);
    const item = isListItem(listLead, folded);
    const hit = hasCandidate
      ? strongestTrigger(raw, folded, sentence.start, offsets, masks, nextCandidate, lastCandidate, names, sentence.speaker ? parties : null)
      : null;
    let commitment: Commitment | null = null;
    if (hit) {
      const [trigger, match] = hit;
      commitment = {
        id: 'c' + commitments.length,
        start: wordsStart(text, sentence),
        end: sentence.end,
        strength: trigger[STRENGTH],
        trigger: raw.slice(match.index, match.index + match[0].length),
        actors: actorsOf(raw, folded, match, parties, issuers, names),
        time: findTime(raw, folded, match.index),
        place: findPlace(text, inSentence, sentence.start + match.index),
        means: findMeans(raw.slice(match.index), inSentence),
      };
    } else if (previous && (ELABORATION.test(folded) || /^[a-z]/.test(raw) || item)) {
      // A list's item goes on with the commitment that leads into it ("the Department will: / support ...;", "We intend to advance this agenda by: / Embarking on ...").
      const elaborated: Commitment = previous;
      commitment = { ...elaborated, id: 'c' + commitments.length, start: wordsStart(text, sentence), end: sentence.end, trigger: '', time: findTime(raw, folded) };
    }
    if (commitment) commitments.push(commitment);
    // A commitment ending in a colon opens a list (its lead: the colon's word, or "will" when one stands before it, each
    // tested on its own: one pattern "will ...:" would scan the rest of the sentence again at every "will"); an item keeps it
    // open, and the lead stays what the next item elaborates
    // (an item's own weaker trigger, "Intention to Provide USD 1 Million", does not carry to the items after it).
    // In a list, a sentence that opens no line explains the item before it ("Increase programming. Partners will focus
    // resources on ..."): it neither closes the list nor leads one.
    if (!listLead || text[sentence.start - 1] === '\n') {
      listLead = commitment && ((/:$/.test(folded) && (/\bwill\b/.test(folded) ? 'will' : /([a-z]+):$/.exec(folded)?.[1])) || (item && listLead));
      previous = (item && previous) || commitment;
    }
  }
  return commitments;
}
