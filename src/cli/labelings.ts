// Other labelings of a release set's sentences: the same documents and the
// same sentences, labeled again blind by other annotators (eval/fresh-relabeled.json).
// Each labeling is turned into what score.mjs reads, a gold document or a
// prediction, so that annotators are compared with each other, and the
// analyzer with each of them, by the corpus's own scorer: a sentence given as
// a predicted span covers itself exactly, so the scorer's 40% pairing is an
// exact match sentence by sentence.

import type { ReleaseSetDocument } from './release-sets';

export const STRENGTHS = ['firm', 'intent', 'support'] as const;
export type Label = (typeof STRENGTHS)[number] | null;

/** One labeling of a set: per document id, one label per sentence of that document, in order. */
export type Labeling = ReadonlyMap<string, readonly Label[]>;

/** What score.mjs reads as a prediction: commitment spans with their strength. */
export interface SentencePrediction {
  id: string;
  commitments: { start: number; end: number; strength: string }[];
}

const isLabel = (value: unknown): value is Label => value === null || (STRENGTHS as readonly unknown[]).includes(value);

/**
 * The labelings a relabels file holds, by annotator name, each checked against the set's documents: every document
 * of the file is one of the set's, and every labeling gives each of its sentences one label. `name` names the file in errors.
 */
export function parseRelabels(file: unknown, name: string, docs: readonly ReleaseSetDocument[]): Map<string, Labeling> {
  const { annotators, documents } = (file ?? {}) as { annotators?: unknown; documents?: unknown };
  if (!Array.isArray(annotators) || annotators.length === 0 || !annotators.every((a) => typeof a === 'string')) {
    throw new Error(`${name}: no "annotators" list of names`);
  }
  if (!Array.isArray(documents) || documents.length === 0) throw new Error(`${name}: no "documents" array`);
  const sentenceCounts = new Map(docs.map((doc) => [doc.id, doc.gold.sentences.length]));
  const labelings = new Map<string, Map<string, Label[]>>(annotators.map((annotator: string) => [annotator, new Map()]));
  for (const [k, doc] of documents.entries()) {
    const id = (doc as { id?: unknown })?.id;
    const count = typeof id === 'string' ? sentenceCounts.get(id) : undefined;
    if (count === undefined) throw new Error(`${name}: document ${k} (${String(id)}) is not one of the set's`);
    for (const [annotator, labeling] of labelings) {
      const labels = (doc as { labels?: Record<string, unknown> }).labels?.[annotator];
      if (!Array.isArray(labels) || labels.length !== count || !labels.every(isLabel)) {
        throw new Error(`${name}: ${id as string}: ${annotator}'s labels are not ${count} of null, "firm", "intent" or "support"`);
      }
      labeling.set(id as string, labels);
    }
  }
  return labelings;
}

/** The set's own labels (its gold), as a labeling. */
export const goldLabeling = (docs: readonly ReleaseSetDocument[]): Labeling =>
  new Map(docs.map((doc) => [doc.id, doc.gold.sentences.map((sentence) => sentence.commitment as Label)]));

/** A labeling as the gold documents score.mjs reads: the set's documents with its labels in place of their own. */
export function asGold(docs: readonly ReleaseSetDocument[], labeling: Labeling): ReleaseSetDocument[] {
  return docs.map((doc) => {
    const labels = labelsOf(labeling, doc);
    return { ...doc, gold: { ...doc.gold, sentences: doc.gold.sentences.map((sentence, k) => ({ ...sentence, commitment: labels[k]! })) } };
  });
}

/** A labeling as the predictions score.mjs reads: each commitment sentence a span of its own, with its strength. */
export function asPredictions(docs: readonly ReleaseSetDocument[], labeling: Labeling): Map<string, SentencePrediction> {
  return new Map(
    docs.map((doc) => {
      const labels = labelsOf(labeling, doc);
      const commitments = doc.gold.sentences.flatMap(({ start, end }, k) => (labels[k] ? [{ start, end, strength: labels[k]! }] : []));
      return [doc.id, { id: doc.id, commitments }];
    }),
  );
}

function labelsOf(labeling: Labeling, doc: ReleaseSetDocument): readonly Label[] {
  const labels = labeling.get(doc.id);
  if (!labels) throw new Error(`no labels for ${doc.id}`);
  return labels;
}
