import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { digestOf, keyCommitments, MAX_COMMITMENT_CHARS, specificity, type DigestCommitment } from './digest';

const META = { url: 'https://www.state.gov/releases/x/', title: 'Joint Statement on the United States-Chile Trade Dialogue', docTypeLabel: 'Joint Statement' };
const TEXT = [
  'The United States and Chile held the third Trade Dialogue in Santiago on March 3, 2026.',
  'The two sides agreed to hold the next dialogue in Washington in 2027.',
  'Chile expressed support for the Paris Agreement.',
  'Chile and the United States will expand cooperation.',
].join('\n\n');

const commitment = (over: Partial<DigestCommitment>): DigestCommitment => ({
  id: 'c',
  strength: 'firm',
  text: 'x',
  actors: [],
  trigger: 'will',
  time: null,
  place: null,
  means: null,
  ...over,
});

describe('digestOf', () => {
  const analysis = analyze(TEXT, META);
  const digest = digestOf(analysis, TEXT);

  it('carries each commitment with its own words and facts, in text order', () => {
    expect(digest.commitments.map((c) => c.id)).toEqual(analysis.commitments.map((c) => c.id));
    for (const [index, c] of analysis.commitments.entries()) {
      expect(digest.commitments[index]!.text).toBe(TEXT.slice(c.start, c.end).replace(/\s+/g, ' ').trim());
      expect(digest.commitments[index]).toMatchObject({ strength: c.strength, actors: c.actors, time: c.time });
    }
    expect(digest.omitted).toEqual({ commitments: 0, entities: 0 });
  });

  it('groups entity mentions by key, with every mention’s id for stepping through them', () => {
    const chile = digest.entities.find((e) => e.text === 'Chile')!;
    expect(chile.mentions).toBe(3);
    expect(chile.ids).toEqual(analysis.entities.filter((e) => e.key === chile.key).map((e) => e.id));
  });

  it('gives the summary sentences as written, and the parties', () => {
    expect(digest.summary.length).toBeGreaterThan(0);
    for (const sentence of digest.summary) expect(TEXT).toContain(sentence);
    expect(digest.parties).toEqual(analysis.parties);
  });

  it('cuts a very long commitment and says how many were left out on a huge page', () => {
    const long = `The two sides agreed to ${'work together on many things, '.repeat(40)}and more.`;
    const sentences = Array.from({ length: 450 }, () => 'Chile will expand trade.').join('\n\n');
    const big = digestOf(analyze(`${long}\n\n${sentences}`, META), `${long}\n\n${sentences}`);
    expect(big.commitments[0]!.text.length).toBeLessThanOrEqual(MAX_COMMITMENT_CHARS);
    expect(big.commitments[0]!.text.length).toBeGreaterThan(MAX_COMMITMENT_CHARS - 5);
    expect(big.commitments[0]!.text.endsWith('…')).toBe(true);
    expect(big.commitments.length + big.omitted.commitments).toBe(451);
    expect(big.omitted.commitments).toBeGreaterThan(0);
  });
});

describe('keyCommitments', () => {
  it('puts firm before intent before support, then the specific before the vague, then text order', () => {
    const list = [
      commitment({ id: 'support', strength: 'support', actors: ['Chile'], time: 'in 2027' }),
      commitment({ id: 'intent', strength: 'intent' }),
      commitment({ id: 'firm-vague', strength: 'firm' }),
      commitment({ id: 'firm-specific', strength: 'firm', actors: ['Chile', 'United States'], time: 'in 2027', place: 'Washington' }),
      commitment({ id: 'firm-vague-later', strength: 'firm' }),
    ];
    expect(keyCommitments(list, 4).map((c) => c.id)).toEqual(['firm-specific', 'firm-vague', 'firm-vague-later', 'intent']);
  });

  it('scores what a commitment pins down', () => {
    expect(specificity(commitment({}))).toBe(0);
    expect(specificity(commitment({ actors: ['a', 'b', 'c'], time: 't', place: 'p', means: 'm' }))).toBe(6);
  });
});
