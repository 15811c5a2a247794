// How far a set's figures could move on another draw of documents like its
// own: a 95% percentile bootstrap over the documents. The scorer sums
// counts over documents (score.mjs), so each document is scored once alone
// and each resampling adds up those counts; the figure of a resampling is
// the one the scorer would print for it. A seeded generator makes the
// printed intervals the same on every run.

/** Resamplings: enough that an interval's ends move by about 0.01 at most from one seed to another (measured on the entity draws). */
export const DRAWS = 2000;

/** The counts the scorer sums over documents, for one figure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One document's counts, by figure name ("commitments", "entities.micro", "entities.person", ...). */
export type DocumentCounts = Record<string, Counts>;

/** The entity types score.mjs scores, in its order. */
export const ENTITY_TYPES = ['person', 'country', 'organization', 'place', 'date', 'instrument'] as const;
/** The entity figures, as countsOfScore names them. */
export const ENTITY_FIGURES = ['entities.micro', ...ENTITY_TYPES.map((type) => `entities.${type}`)];

/** The part of a score.mjs result (score()) the counts are read from. */
interface ScoreResult {
  commitments: Counts;
  entities: Record<'micro' | (typeof ENTITY_TYPES)[number], Counts>;
}

/** The counts behind each F1 of a score.mjs result: of one document, scored alone. */
export function countsOfScore(result: ScoreResult): DocumentCounts {
  const counts: DocumentCounts = { commitments: result.commitments, 'entities.micro': result.entities.micro };
  for (const type of ENTITY_TYPES) counts[`entities.${type}`] = result.entities[type];
  return counts;
}

export interface Interval {
  name: string;
  /** The figure over the set as drawn. */
  f1: number;
  low: number;
  high: number;
}

/** F1 as score.mjs computes it from summed counts: 0 with no true positive, 1 when nothing was there to find or found. */
export function f1Of({ tp, fp, fn }: Counts): number {
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}

/** mulberry32: a small, fast generator of floats in [0, 1) that a seed fixes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The value at quantile q of sorted values, the nearest rank below. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * 95% intervals of each figure `names` lists, over `draws` resamplings (with replacement) of `documents`, each as many
 * documents as the set holds.
 */
export function bootstrapIntervals(documents: readonly DocumentCounts[], names: readonly string[], draws = DRAWS, seed = 1): Interval[] {
  if (documents.length === 0) throw new Error('intervals: no documents to resample');
  const random = seededRandom(seed);
  const samples = names.map(() => [] as number[]);
  const sums = names.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (let draw = 0; draw < draws; draw++) {
    for (const sum of sums) sum.tp = sum.fp = sum.fn = 0;
    for (let pick = 0; pick < documents.length; pick++) {
      const document = documents[Math.floor(random() * documents.length)]!;
      names.forEach((name, k) => {
        const counts = document[name];
        if (!counts) return;
        sums[k]!.tp += counts.tp;
        sums[k]!.fp += counts.fp;
        sums[k]!.fn += counts.fn;
      });
    }
    sums.forEach((sum, k) => samples[k]!.push(f1Of(sum)));
  }
  return names.map((name, k) => {
    const whole = { tp: 0, fp: 0, fn: 0 };
    for (const document of documents) {
      const counts = document[name];
      if (!counts) continue;
      whole.tp += counts.tp;
      whole.fp += counts.fp;
      whole.fn += counts.fn;
    }
    const sorted = samples[k]!.sort((a, b) => a - b);
    return { name, f1: f1Of(whole), low: quantile(sorted, 0.025), high: quantile(sorted, 0.975) };
  });
}

/** The intervals as the eval prints them under its table. */
export function formatIntervals(intervals: readonly Interval[], documents: number, draws = DRAWS): string {
  const rows = intervals.map(({ name, f1, low, high }) => `  ${name.padEnd(22)} F1 ${f1.toFixed(3)}   95% interval ${low.toFixed(3)}-${high.toFixed(3)}\n`);
  return `intervals (F1 over ${draws} resamplings of the ${documents} documents):\n${rows.join('')}`;
}
