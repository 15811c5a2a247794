// The statement at a glance: up to three sentences chosen from the text,
// and the key facts (parties, commitments by strength, top entities).

import { STRENGTH_RANK } from './commitments';
import { countEntities } from './entity-counts';
import { wordsStart, type Sentence } from './sentences';
import type { Commitment, Entity, Strength, Summary } from './types';

const MAX_SENTENCES = 3;
const TOP_ENTITIES = 8;

/** Sentences too short or too long to stand for the text on their own. */
const MIN_CHARS = 50;
const MAX_CHARS = 450;

/** Framing that introduces a text rather than saying anything, and a speech's thanks: never a summary sentence. */
const BOILERPLATE =
  /^(the (following|below|text of the following)|(introductory|end|begin) text|for (further|more) information|# # #|(and )?thank you)/i;

/** `title`: the page's, trimmed; what comes before its line is the page's banner and menus, no summary of it. */
function chooseSentences(text: string, sentences: readonly Sentence[], commitments: readonly Commitment[], entities: readonly Entity[], title: string): Sentence[] {
  // Where the title's line starts: 0 for none, for the text's first line, or when no line opens with it (indexOf's -1,
  // plus one). Tested at the text's start apart rather than in a copy of the text with a line break before it, which
  // would copy the whole text for every document.
  const titleLine = text.startsWith(title) ? 0 : text.indexOf('\n' + title) + 1;
  // By the sentence's end: a commitment starts where its sentence's words do, after a speaker's label.
  const strengthAt = new Map(commitments.map((c) => [c.end, STRENGTH_RANK[c.strength]]));
  // Each pair [score, sentence]: a pair rather than an object with two fields, whose names the bundle would spell at each read.
  const scored: Array<[score: number, sentence: Sentence]> = [];
  let seenLede = false;
  let e = 0;
  sentences.forEach((sentence, index) => {
    // The names a sentence holds (both lists are in text order): among equals, the one that names more says more;
    // nine and more count as nine, so a list of names never outweighs a step of strength.
    let named = 0;
    for (; entities[e] && entities[e]!.start < sentence.end; e++) if (entities[e]!.start >= sentence.start) named++;
    // The length of its words (not a speaker's label) first: most sentences are ruled out without copying them.
    const length = sentence.end - wordsStart(text, sentence);
    if (length < MIN_CHARS || length > MAX_CHARS || sentence.start < titleLine) return;
    const raw = text.slice(sentence.start, sentence.end);
    if (!/[.!]["”’)]?$/.test(raw) || BOILERPLATE.test(raw)) return;
    if (sentence.speaker && /QUESTION|MODERATOR|OPERATOR/.test(sentence.speaker)) return;
    // The lede (the first full sentence) says who met, where and why; a transcript's first words only greet.
    const lede = seenLede || sentence.speaker ? 0 : 3;
    seenLede = true;
    scored.push([lede + (strengthAt.get(sentence.end) ?? 0) + Math.min(named, 9) * 0.1 - index * 0.01, sentence]);
  });
  // Back in text order by their starts: sentences are in text order, one after the other, so no index is kept for it.
  return scored
    .sort((a, b) => b[0] - a[0])
    .slice(0, MAX_SENTENCES)
    .map((entry) => entry[1])
    .sort((a, b) => a.start - b.start);
}

/** `title`: the page's, trimmed (no default: analyze() always has one, and a default would ship unused). */
export function summarize(
  text: string,
  sentences: readonly Sentence[],
  parties: readonly string[],
  commitments: readonly Commitment[],
  entities: readonly Entity[],
  title: string,
): Summary {
  const counts: Record<Strength, number> = { firm: 0, intent: 0, support: 0 };
  for (const commitment of commitments) counts[commitment.strength]++;
  return {
    // The words, not who spoke them.
    sentences: chooseSentences(text, sentences, commitments, entities, title).map((sentence) => ({ start: wordsStart(text, sentence), end: sentence.end })),
    parties: [...parties],
    commitments: counts,
    topEntities: countEntities(entities).slice(0, TOP_ENTITIES),
  };
}
