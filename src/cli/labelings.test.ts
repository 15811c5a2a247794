import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asGold, asPredictions, goldLabeling, type Label, parseRelabels } from './labelings';
import type { ReleaseSetDocument } from './release-sets';

const text = 'Mongolia will open a consulate in Darkhan. The weather was fine. We hope to visit again.';
const doc = (id: string, labels: Label[]): ReleaseSetDocument => ({
  id,
  url: `https://www.state.gov/${id}/`,
  title: 'A Statement',
  text,
  gold: {
    isStatement: true,
    sentences: [
      { start: 0, end: 42, commitment: labels[0]! },
      { start: 43, end: 64, commitment: labels[1]! },
      { start: 65, end: 88, commitment: labels[2]! },
    ],
    entities: [],
  },
});

const { score } = (await import(pathToFileURL(resolve('..', 'shared', 'corpus', 'score.mjs')).href)) as { score: (docs: unknown[], preds: Map<string, unknown>) => any };

const docs = [doc('one', ['firm', null, 'support']), doc('two', [null, null, 'intent'])];

describe('parseRelabels', () => {
  const file = {
    annotators: ['a', 'b'],
    documents: [
      { id: 'one', labels: { a: ['firm', null, null], b: ['intent', null, 'support'] } },
      { id: 'two', labels: { a: [null, null, 'intent'], b: [null, 'firm', 'intent'] } },
    ],
  };

  it('reads each annotator’s labels by document', () => {
    const labelings = parseRelabels(file, 'relabels.json', docs);
    expect([...labelings.keys()]).toEqual(['a', 'b']);
    expect(labelings.get('b')!.get('two')).toEqual([null, 'firm', 'intent']);
  });

  it.each([
    ['no annotators', { documents: file.documents }, /no "annotators"/],
    ['no documents', { annotators: ['a'] }, /no "documents"/],
    ['a document the set lacks', { annotators: ['a'], documents: [{ id: 'three', labels: { a: [null, null, null] } }] }, /document 0 \(three\) is not one of the set's/],
    ['too few labels', { annotators: ['a'], documents: [{ id: 'one', labels: { a: [null, null] } }] }, /one: a's labels are not 3/],
    ['an unknown strength', { annotators: ['a'], documents: [{ id: 'one', labels: { a: [null, 'strong', null] } }] }, /one: a's labels/],
    ['an annotator missing', { annotators: ['a', 'c'], documents: [{ id: 'one', labels: { a: [null, null, null] } }] }, /one: c's labels/],
  ])('refuses a file with %s, naming it', (_, bad, message) => {
    expect(() => parseRelabels(bad, 'relabels.json', docs)).toThrow(message);
    expect(() => parseRelabels(bad, 'relabels.json', docs)).toThrow(/^relabels\.json: /);
  });
});

describe('labelings scored by score.mjs', () => {
  const other = new Map<string, Label[]>([
    ['one', ['intent', 'firm', null]],
    ['two', [null, null, 'intent']],
  ]);

  it('pairs sentence with sentence exactly: agreements, misses and extras counted once each', () => {
    const { commitments } = score(asGold(docs, goldLabeling(docs)), asPredictions(docs, other));
    expect(commitments).toMatchObject({ tp: 2, fp: 1, fn: 1, f1: 2 / 3 });
    // Both call "Mongolia will open ..." and "We hope to visit again." (two) commitments; only the latter's strength is the same.
    expect(commitments.strengthAccuracy).toBe(0.5);
  });

  it('gives the same F1 and strength agreement whichever labeling is the gold', () => {
    const forward = score(asGold(docs, goldLabeling(docs)), asPredictions(docs, other)).commitments;
    const backward = score(asGold(docs, other), asPredictions(docs, goldLabeling(docs))).commitments;
    expect([backward.f1, backward.strengthAccuracy, backward.fp, backward.fn]).toEqual([forward.f1, forward.strengthAccuracy, forward.fn, forward.fp]);
  });

  it('agrees with itself wholly', () => {
    const { commitments } = score(asGold(docs, other), asPredictions(docs, other));
    expect(commitments).toMatchObject({ f1: 1, strengthAccuracy: 1, fp: 0, fn: 0 });
  });
});
