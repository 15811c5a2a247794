// When a commitment is due, as statements say it: "in 2025", "by the end of
// the year", "in the coming year", "next month", "by March 2026", "in the first
// half of 2027", "in the spring of 2027", "in fiscal year 2027" (or "FY2027"),
// "in the near term". The first match in a commitment's sentence is its time.

import { MONTH_ALTERNATION } from './dates';
import type { Entity } from './types';

/** The patterns run on lower-case text: the lower-case names serve. */
const MONTH = `(${MONTH_ALTERNATION})`;

/**
 * Ways statements word a time, in lower case, as one pattern: its first
 * match is the earliest of theirs (of two at one place, the one listed
 * first), found in one scan of the sentence rather than one per way. Run on
 * the folded sentence, without the `i` flag: in repeated runs never slower,
 * at best 1.5x faster. The word boundary that opens each is tested once for
 * all of them (about 2x faster again over the release commitments' sentences),
 * and so is the one that closes each, which no possessive follows ("this year's
 * meeting" names a meeting, not when: 6 release commitments had taken one for
 * theirs). Written as one string of alternatives, each opening with its "|",
 * rather than a list joined at load: shorter in the bundle.
 * The last way needs no "by": wherever "by March 5" begins, "by March" of the way
 * listed before it matches first.
 */
const TIME = RegExp(
  `\\b((by|before|no later than|until|through) (the end of )?(${MONTH} (\\d{1,2}, )?)?\\d{4}` +
    '|(by|before) the end of (the |this |next )?(year|month|decade|spring|summer|fall|winter|quarter)' +
    '|(in|over|during|within) the (following|coming|next) (\\w+ )?(days|weeks|months|years?|decade)|in the near (future|term)' +
    `|(by|from|in) (early |mid-|late |the ((first|second) half|spring|summer|fall|winter) of )?(${MONTH}( (19|20)\\d{2})?|(fiscal year |fy ?)?(19|20)\\d{2})` +
    '|(next|later this|early next|this) (year|month|week|spring|summer|fall|winter|autumn)' +
    '|within \\d+ (days|weeks|months|years)' +
    `|(on|before) ${MONTH} \\d{1,2}(, \\d{4})?)\\b(?!'s)`,
  'g',
);

/** A past event's word, then at most five words, right before a time. Only tested: its words in the order gzip packs smallest. */
const PAST_EVENT = /\b(launched|since|announced|did|done)( \S+){0,5} $/;

/**
 * The first time expression in `sentence` at or after offset `from` (the
 * trigger: "we have provided $3 million this year and will provide more in the
 * coming months" is due in the coming months), else one that opens the sentence before it; as
 * written, or null. `folded`: the sentence in lower case and of the same
 * length (commitments fold the whole text once). No start is the sentence's: `from` has no default, as
 * lastIndex reads a missing one as 0 and it is otherwise only tested for truth (a default shipped for nothing: 4 bytes
 * gzipped).
 */
export function findTime(sentence: string, folded: string, from?: number): string | null {
  TIME.lastIndex = from as number;
  let match: RegExpExecArray | null;
  // A time at most five words after a past event's word is that event's, not the commitment's ("the alliance announced in
  // May", "since the invasion in February", "as we did in 2019"): the next one may be the commitment's. Tested on a
  // time found, not as a lookbehind in TIME, which would be tried at every place TIME is (5% of the analysis).
  do match = TIME.exec(folded);
  while (match && PAST_EVENT.test(folded.slice(0, match.index)));
  if (!match && from) {
    TIME.lastIndex = 0;
    match = TIME.exec(folded);
    // Before the trigger only a time that opens the sentence, a speaker's label aside ("By 2030, they will ..."), is the
    // commitment's; one inside it is another event's ("the dialogue held in Astana on May 20 and underscored ..."). So is
    // one whose clause tells the past up to the trigger's first word ("In March, the President called for", "In 2014, the
    // administration rolled out ... we'll", "On May 26, the two met in Darkhan to reaffirm"): read as written, where a
    // name's capital ("United") is no verb. Over the releases 8 of the 46 times before a trigger go, none of them due.
    if (match && (/[a-z]/.test(sentence.slice(0, match.index)) || /\b([a-z]+ed|said|met)\b/.test(sentence.slice(TIME.lastIndex, sentence.indexOf(' ', from))))) match = null;
  }
  // The match's end is the global pattern's lastIndex after the exec that found it (no time is empty).
  return match ? sentence.slice(match.index, TIME.lastIndex) : null;
}

/**
 * The mechanism a commitment works through, as written: "through the C5+1
 * Security Working Group", "through its global award with Catholic Relief
 * Services". A capitalized name after "through" (its connecting words whole words: "initiative" opens with no "in"),
 * with the noun it names when it names one in lower case ("through the Mexico process", "the 3+1 mechanism", "ASEAN-led
 * mechanisms"), or null. `entities`: the sentence's; a name that is one of them other than a body or an instrument is a
 * route, a person or a time, not a mechanism.
 */
const MEANS = /\bthrough (the |their |our |its |a |an )?([A-Z0-9][\w+.’'&-]*(,? ([A-Z0-9][\w+.’'&-]*|(of|for|and|on|the|in|to)\b)){0,12}( (process|initiative|mechanisms?|programs?|format|framework|platform)\b)?)/;

export function findMeans(sentence: string, entities: readonly Entity[]): string | null {
  // Read once per commitment found, not per sentence: a pre-check for "through" would spare little.
  const match = MEANS.exec(sentence);
  if (!match) return null;
  // A name does not end in a connecting word ("the Group of" → "the Group"), nor in one and a number after it ("the
  // Initiative in 2027" → "the Initiative"). Nor in the sentence's full stop (but "U.S." keeps its own).
  const name = match[2]!.replace(/(?<!\b[A-Z])\.$/, '').replace(/(,? (of|for|and|on|the|in|to)( \d+)?)+$/, '');
  // Nor is a number alone one: "through 2027" is a time (but "through the 3+1" a format of talks); nor a weekday ("will
  // run through Friday"), nor a possessive, which owns the mechanism rather than being one ("through Kuwait's efforts"),
  // nor a place, a country, a person or a date the entities found ("exports through the Black Sea", "gas flows through
  // Ukraine", "through March").
  return name.length > 1 && !/^\d+$|day$|['’]s$/.test(name) && !entities.some((e) => e.text === name && !/^[oi]/.test(e.type)) ? name : null;
}

/**
 * Where a commitment is carried out, as written: the first place named after `from` (the trigger's offset in `text`)
 * that a preposition of place opens ("meet in Darkhan", "peace across the Gobi", "talks at Kharkhorum"; "within" and
 * "near" open none over the releases), or null. `entities`: the sentence's. A place named otherwise is what the
 * commitment is about or is done to, not where: "the denuclearization of the Korean Peninsula", "called on Moscow",
 * "support for Gaza", "Europe's commitment". Over the releases and dev, 875 commitments had named the first place after
 * the trigger: 425 keep it, 15 name a later one, 435 none.
 */
export const findPlace = (text: string, entities: readonly Entity[], from: number): string | null =>
  // The text from the trigger to the place: empty, so never opened by a preposition, for a place before the trigger.
  entities.find((e) => e.type === 'place' && /\b(in|at|across|throughout|around)( the)? $/.test(text.slice(from, e.start)))?.text ?? null;
