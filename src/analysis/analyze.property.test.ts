// analyze() over texts stitched from statement fragments and hostile
// characters (lone surrogates, combining marks, bidi controls, no-break and
// zero-width spaces, speaker labels, abbreviations): it never throws, every
// span it reports lies inside the text and says what the text says there,
// spans come in text order without overlapping, and the same text gives the
// same analysis whatever was analyzed before it (no pattern's lastIndex or
// cache carries one call's state into the next).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { surfaceOf } from './entities/keys';
import { plainSpaces } from './plain-spaces';
import { splitSentences } from './sentences';
import type { Analysis, EntityType, Strength } from './types';

// Fragments written for this test, in the style of the statements the tool reads.
const PIECES = [
  'The United States and Ruritania agreed to expand cooperation on port security in 2031.',
  'Both delegations intend to convene the working group in Strelsau by the end of the year.',
  'We call on all parties to respect the ceasefire.',
  'Deputy Secretary Jane Q. Roe will travel to Zenda on May 4, 2031.',
  'The sides reaffirmed their commitment to the Strelsau Accords and the U.N. Charter.',
  'The Ruritanian Harbor Authority (RHA) signed a memorandum of understanding.',
  'QUESTION: Will you meet them?',
  'SECRETARY ROE: We will.',
  'Office of the Spokesperson',
  'Begin Text:',
  'Dr. Ivo Rask, Amb. Petra Lind and Mr. Vos', 'President Kemp Roe, Jr.', ', Jr. & Associates, Inc.', 'U.S.', 'Jan.', 'No. 5', '(ESPD)', '“', '”', '—', ' – ', '$5 million', '1267/1989',
  'did not agree to', 'will not', 'looks forward to working', 'Ruritania’s', "Borduria's", 'Kyiv', 'Mongolia', 'Georgia', 'ISIS-K',
  ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u200e', '\u202b', '\u2069', '\u0130', 'ß',
  'السلام', 'שלום', '😀', '\ud83d', '\ude00', 'e\u0301', 'A', 'a', '.', ',', ':', '?', '(', ')', '-', "'", '’s',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40, size: 'medium' }).map((pieces) => pieces.join(''));
const metaArb = fc.record({
  url: fc.constantFrom('https://www.state.gov/joint-statement-on-x/', 'https://example.com/x', 'not a url', ''),
  title: fc.oneof(fc.constantFrom('Joint Statement on the Ruritania Talks', 'Readout', '', 'Secretary Roe’s Call With Ruritanian Foreign Minister Vos'), textArb),
});

const ENTITY_TYPES: readonly EntityType[] = ['person', 'country', 'organization', 'place', 'date', 'instrument'];
const STRENGTHS: readonly Strength[] = ['firm', 'intent', 'support'];

/** Spans in text order, none overlapping the one before, each inside the text. */
function expectOrderedWithin(spans: readonly { start: number; end: number }[], length: number): void {
  let last = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(last);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(length);
    last = span.end;
  }
}

function expectConsistent(written: string, analysis: Analysis): void {
  // The analysis reads Unicode spaces as plain ones (plain-spaces.ts): its surface forms are the text's so read.
  const text = plainSpaces(written);
  // The sentences analyze() reads commitments and the summary from.
  const sentences = splitSentences(text);
  expectOrderedWithin(sentences, text.length);
  expectOrderedWithin(analysis.entities, text.length);
  expectOrderedWithin(analysis.commitments, text.length);
  for (const entity of analysis.entities) {
    expect(surfaceOf(text.slice(entity.start, entity.end))).toBe(entity.text);
    expect(ENTITY_TYPES).toContain(entity.type);
    expect(entity.key).not.toBe('');
  }
  // A commitment, and a summary sentence, is one of the sentences, less the speaker's label that opens a turn.
  const isSentence = (span: { start: number; end: number }): void => {
    const whole = sentences.find((s) => s.end === span.end && s.start <= span.start);
    expect(whole && text.slice(whole.start, span.start)).toMatch(/^([^:]*:\s*)?$/);
  };
  for (const commitment of analysis.commitments) {
    // Its trigger is written in it.
    isSentence(commitment);
    expect(STRENGTHS).toContain(commitment.strength);
    expect(text.slice(commitment.start, commitment.end)).toContain(commitment.trigger);
    expect(commitment.actors.every((actor) => actor.trim() !== '')).toBe(true);
  }
  expect(analysis.summary.sentences.length).toBeLessThanOrEqual(3);
  for (const chosen of analysis.summary.sentences) isSentence(chosen);
  const counted = analysis.summary.commitments;
  expect(counted.firm + counted.intent + counted.support).toBe(analysis.commitments.length);
}

describe('analyze on any text', () => {
  it('reports only spans inside the text, in order, that say what the text says', () => {
    fc.assert(
      fc.property(textArb, metaArb, (text, meta) => {
        expectConsistent(text, analyze(text, meta));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a text the same analysis whatever was analyzed before it', () => {
    fc.assert(
      fc.property(textArb, textArb, metaArb, (text, before, meta) => {
        const first = analyze(text, meta);
        analyze(before, meta);
        analyze(`${before}\n\n${text}`, meta);
        expect(analyze(text, meta)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
