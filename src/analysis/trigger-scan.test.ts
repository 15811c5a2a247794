import { describe, expect, it } from 'vitest';
import { PATTERN, TRIGGERS } from './commitment-triggers';
import { tokenize } from './entities/tokenize';
import { TRIGGER_STARTS, triggerStarts } from './trigger-scan';

/** Folded sentences that between them match every trigger, some more than once. */
const SAMPLES = [
  'the two sides agreed to establish a group, decided to meet and resolved to act.',
  'both governments committed to peace; they recommit themselves to it.',
  'we remain firmly committed to the ceasefire and stand firm in our resolve; we remain a committed partner.',
  'the secretary reaffirmed the u.s. commitment and underscored our strong commitments.',
  'the ministers reaffirmed the enduring partnership between their countries.',
  "our enduring commitment to the region; the united states' commitment that holds.",
  'the united states pledged $3 million; we are pledging to help.',
  "we will hold talks, they'll meet, we shall see, we are going to act and it is going to end.",
  'the ministers signed a memorandum; they concluded a new trade agreement.',
  'the united states is providing $2 million and announced an additional $5 million; we are announcing $1 million and announce the donation of vaccines; we have authorized funds.',
  'the working group is to meet twice a year.',
  'we are deploying teams and donating vaccines.',
  'we will not rest until it is done.',
  'we announced the creation of a fund and are establishing a center.',
  'we welcome the decision to extend it and welcomed their intention to join.',
  'the two sides intend to launch talks and are planning to meet; plans for a summit.',
  'both expressed readiness to deepen ties; we stand ready to help and are determined to act.',
  'we look forward to working together and to deepening ties.',
  "the partners aim to double trade, seek to grow, are still seeking, we're working closely, stepping up efforts.",
  "we must act; i need to go; we're going to have to; i'll have to leave.",
  "we are always open to talks; we remain open to dialogue; openness to reform.",
  "it is our duty to help, as part of our ongoing efforts to reform; it's our responsibility to act; our duty is to serve.",
  'the united states expressed support and voiced strong interest in the plan; united in our support.',
  'we support the plan, they strongly supported it, and are backing the effort; supportive of reform.',
  'we encourage investment, call on all parties, urge restraint and have interest in trade; we pressed the regime to act, we continue to press for access.',
  'we hope to meet, want to help, will explore options, and desire to engage.',
  'we oppose the law, stand with ukraine, are deeply invested in peace and noted the need to act.',
];

describe('triggerStarts', () => {
  it('has data it can scan: at most 31 triggers (a bit each), each match led by letters the trie has', () => {
    expect(TRIGGERS.length).toBeLessThanOrEqual(31);
    // An empty start would mean a pattern that may match from any character, which the trie cannot mark.
    TRIGGER_STARTS.forEach((starts, k) => {
      expect(starts.length, `trigger ${k}`).toBeGreaterThan(0);
      for (const start of starts) expect(start, `trigger ${k}`).toMatch(/^[a-z '.]+$/);
    });
  });

  it('marks every trigger wherever its pattern matches', () => {
    const hits = new Set<number>();
    for (const text of SAMPLES) {
      const [offsets, masks] = triggerStarts(text, tokenize(text));
      const maskAt = new Map(offsets.map((offset, i) => [offset, masks[i]!]));
      TRIGGERS.forEach((trigger, k) => {
        // At a word boundary, as the scan tries a pattern only there (the patterns leave that \b to it).
        for (const match of text.matchAll(new RegExp('\\b' + trigger[PATTERN].source, 'g'))) {
          hits.add(k);
          expect((maskAt.get(match.index) ?? 0) & (1 << k), `${k} at "${text.slice(match.index, match.index + 20)}"`).not.toBe(0);
        }
      });
    }
    expect(hits.size).toBe(TRIGGERS.length);
  });

  it('offers only offsets a regex \\b falls before (the trigger patterns leave that test to the scan)', () => {
    const text = SAMPLES.join(' ') + " caféwill x'will we'll mid_will o'will 'll .will";
    const boundary = /\b/y;
    for (const offset of triggerStarts(text, tokenize(text))[0]) {
      boundary.lastIndex = offset;
      expect(boundary.test(text), `at "${text.slice(offset, offset + 20)}"`).toBe(true);
    }
  });

  it('rules out words no trigger starts with', () => {
    const text = 'the cat sat on a mat in the sun.';
    expect(triggerStarts(text, tokenize(text))[0]).toEqual([]);
  });

  it('finds starts inside tokens where a regex \\b falls', () => {
    // After a non-ASCII letter or an inner apostrophe, and the apostrophe after a word.
    const text = "caféwill x'will we'll mid_will";
    expect(triggerStarts(text, tokenize(text))[0]).toEqual([4, 11, 18]);
  });
});
