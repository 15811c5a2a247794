// Document types a statement page can carry, as the labeling guide lists them
// (../shared/corpus/README.md), with the label variants pages actually show.
// Data, not code: extend the list, not the logic.

import { phraseSet } from './word-set';

/**
 * Each type's canonical name, reported to the user and the scorer, then the lower-case
 * labels that mean it besides its own name (a plural in "s" means it too). Embassy sites
 * file releases under plural category names ("Press Releases"), and speech and briefing
 * transcripts under "Transcripts"; "U.S. Relations With X" pages carry their own kind of
 * fact sheet; "Daily Press Briefing" is the Department Press Briefing's name in the
 * 2009-2017 archive. One string, types split by ";" and labels by "|": shorter in the
 * bundle than an array literal of arrays.
 */
export const STATEMENT_TYPES: readonly (readonly [type: string, ...labels: string[]])[] = (
  'Joint Statement|joint declaration|joint communique|joint communiqué;' +
  'Press Statement|statement|press release|news release;' +
  'Media Note|notice to the press;' +
  'Readout;' +
  'Remarks|remarks to the press|transcript;' +
  'Fact Sheet|bilateral relations fact sheet;' +
  'Department Press Briefing|daily press briefing|press briefing;' +
  'Special Briefing|background briefing|on-the-record briefing|briefing;' +
  'Interview;' +
  'Speech|speeches|address;' +
  'Statement by the Spokesperson;' +
  'Statement by the Secretary'
)
  .split(';')
  .map((row) => row.split('|') as [string, ...string[]]);

/**
 * Kinds filed beside the releases that the guide does not list, as a page's
 * label, header line or title gives them ("Testimony", "Testimony on the
 * Budget", "Public Schedule – March 3"; not a paragraph's "Testimony from
 * observers"): the Spokesperson's daily public schedule, congressional
 * testimony, an op-ed, a question taken at a briefing and answered later;
 * and an embassy's alert to U.S. citizens ("Security Alert – U.S. Embassy
 * ...", "Health Alert: ..."). Never statements, though they print an author
 * line, the Spokesperson's office or an embassy's byline. Only tested: the
 * alternatives of its groups are in the order gzip packs smallest.
 */
export const NON_STATEMENT_LABEL = /^(Op-Ed|Public Schedule|Taken Questions?|Testimony|(\w+ )?Alert)(\s*[:–-]|\s+(on|by|before|of|for)\b|$)/i;

/**
 * Types that are spoken: the countries a transcript's opening mentions are topics, not signatories. Read only by has(),
 * as UNILATERAL_TYPES is: each in the order gzip packs smallest.
 */
export const SPOKEN_TYPES: ReadonlySet<string | null | undefined> = phraseSet('Remarks|Special Briefing|Interview|Speech|Department Press Briefing');

/**
 * Types issued in the United States' own voice: their "we" is the United
 * States, and the countries they name are what they speak of ("We stand with
 * the Philippines"), not parties to them.
 */
export const UNILATERAL_TYPES: ReadonlySet<string | null | undefined> = phraseSet('Statement by the Spokesperson|Press Statement|Statement by the Secretary');

/** Each lower-case label, a type's own name among them, to its type: made once, not per label looked up. */
const LABEL_TYPES = new Map(STATEMENT_TYPES.flatMap(([type, ...labels]) => [type.toLowerCase(), ...labels].map((label) => [label, type] as const)));

/** Labels are a few words; a longer line is body text, not worth folding. */
const MAX_LABEL_CHARS = 60;

/** The canonical type for a page's own type label ("Joint Statement"), or a category name that is one ("Press Releases"). */
export function typeFromLabel(label: string | undefined): string | null {
  if (!label || label.length > MAX_LABEL_CHARS) return null;
  const key = label.replace(/\s\s+|[^\S ]/g, ' ').trim().toLowerCase();
  // A category's plural names the same type ("Press Releases", "Readouts").
  return LABEL_TYPES.get(key) ?? LABEL_TYPES.get(key.replace(/s$/, '')) ?? null;
}

/**
 * What titles announce when the page shows no type label. Order matters:
 * the first cue that matches wins ("Joint Statement on the Secretary's
 * Travel" is a joint statement). Within a cue it does not: each is only tested,
 * and some groups' words are in the order gzip packs smallest.
 */
export const TITLE_TYPE_CUES: readonly (readonly [type: string, pattern: RegExp])[] = [
  ['Joint Statement', /\bJoint (Statement|Declaration|Communiqu[eé]|Press Release)\b/i],
  ['Department Press Briefing', /^(Department|Daily) Press Briefing\b/i],
  ['Special Briefing', /\b(Special|Virtual|Background|Telephonic) (Press )?Briefing\b|^(Press )?Briefing (With|on)\b/i],
  // An event announced ("Secretary Roe to Deliver Remarks at ..."): the note, not the remarks.
  ['Media Note', /\b[Tt]o (Visit|Participate|Lead|Host|Deliver)\b/],
  ['Readout', /^Readout\b|['’]s (Calls?|Meetings?|Phone Call) With\b/i],
  ['Fact Sheet', /\bFact ?Sheet\b/i],
  // A mission's spoken kinds too: "Explanation of Vote (or of Position) on ...", "Right of Reply at ...".
  ['Remarks', /^(Remarks\b(?! and Releases)|Explanation of|Right of Reply)|\bRemarks( (at|by|before|on|to|with)\b|$)/i],
  ['Interview', /\bInterview (With|on)\b/i],
  // "Secretary Roe's Travel to ...", "Secretary Roe Travels to ..." ("'s Travel to" is "Travel to" after a space).
  ['Media Note', /\bTravels? to\b/i],
  // "U.S. Statement at the Human Rights Council", "Item 4: U.S. Statement on ...", "U.S. Embassy Statement on ...".
  ['Press Statement', /(^|\b(U\.S\.|Embassy|Mission) )Statement (from|at|by|to|on)\b/i],
];

/** The type a title announces ("Joint Statement on ...", "Secretary's Call with ..."); a no-break space is a space. */
export function typeFromTitle(title: string): string | null {
  const spaced = title.replace(/\s\s+|[^\S ]/g, ' ');
  // Indexed, not destructured: a destructured pair runs the array iterator, 0.5% of the analysis's instructions here.
  return TITLE_TYPE_CUES.find((cue) => cue[1].test(spaced))?.[0] ?? null;
}
