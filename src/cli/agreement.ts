// npm run eval:agreement [-- --corpus DIR]
//
// How far careful annotators agree on commitments, beside how far the analyzer agrees with each of them: a ceiling to
// read the commitment figures against. eval/fresh-relabeled.json holds releases of eval/fresh.json whose sentences
// were labeled again, blind, by other annotators (labelings.ts); each pair of labelings is scored by score.mjs, one
// as gold and the other as prediction (F1 and strength agreement are the same either way round), with a 95% interval
// from resampling the documents (intervals.ts).

import { readFile, realpath } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bootstrapIntervals, countsOfScore } from './intervals';
import { asGold, asPredictions, goldLabeling, type Labeling, parseRelabels } from './labelings';
import { RELEASE_SETS, releaseSetDocuments, type ReleaseSetDocument } from './release-sets';
import { jsonLineOf } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RELABELS = 'fresh-relabeled.json';

/** score.mjs's score(), typed as eval.ts types it: plain JavaScript, whose result countsOfScore reads. */
type Score = (docs: unknown[], preds: Map<string, unknown>) => any;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus') } } });
  const corpus = await realpath(resolve(values.corpus!));
  const setFile = JSON.parse(await readFile(join(ROOT, 'eval', RELEASE_SETS.fresh.labels), 'utf8'));
  const relabelFile = JSON.parse(await readFile(join(ROOT, 'eval', RELABELS), 'utf8'));
  const all = releaseSetDocuments(setFile, join(corpus, 'state-gov-2021-2022.jsonl'), `eval/${RELEASE_SETS.fresh.labels}`);
  // Checked against the whole set, then the set narrowed to the documents labeled again.
  const relabels = parseRelabels(relabelFile, `eval/${RELABELS}`, all);
  const relabeled = [...relabels.values()][0]!;
  const docs = all.filter((doc) => relabeled.has(doc.id));
  const labelings = new Map<string, Labeling>([['first', goldLabeling(docs)], ...relabels]);
  const { score } = (await import(pathToFileURL(join(corpus, 'score.mjs')).href)) as { score: Score };
  const analyzer = await analyzerPredictions(docs);

  const sentences = docs.reduce((sum, doc) => sum + doc.gold.sentences.length, 0);
  console.log(`Commitments labeled ${labelings.size} times, blind, on ${docs.length} releases of eval/fresh.json (${sentences} sentences)`);
  for (const [name, labeling] of labelings) {
    const found = [...labeling.values()].flat().filter(Boolean).length;
    console.log(`  ${name.padEnd(10)} ${found} commitment sentences`);
  }
  console.log(`\n${'pair'.padEnd(24)}${'F1'.padStart(7)}${'95% interval'.padStart(16)}${'strength'.padStart(11)}`);
  const names = [...labelings.keys()];
  const row = (label: string, gold: ReleaseSetDocument[], preds: Map<string, unknown>) => {
    const whole = score(gold, preds).commitments;
    const [interval] = bootstrapIntervals(gold.map((doc) => countsOfScore(score([doc], preds))), ['commitments']);
    const strength = whole.strengthAccuracy === null ? '-' : whole.strengthAccuracy.toFixed(3);
    console.log(`${label.padEnd(24)}${whole.f1.toFixed(3).padStart(7)}${`${interval!.low.toFixed(3)}-${interval!.high.toFixed(3)}`.padStart(16)}${strength.padStart(11)}`);
  };
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) row(`${names[a]} / ${names[b]}`, asGold(docs, labelings.get(names[a]!)!), asPredictions(docs, labelings.get(names[b]!)!));
  }
  for (const name of names) row(`analyzer / ${name}`, asGold(docs, labelings.get(name)!), analyzer);
  return 0;
}

/** The analyzer's predictions for `docs`, as the CLI prints them and eval.ts scores them. */
async function analyzerPredictions(docs: readonly ReleaseSetDocument[]): Promise<Map<string, unknown>> {
  const preds = new Map<string, unknown>();
  for (const doc of docs) preds.set(doc.id, JSON.parse(await jsonLineOf(doc)));
  return preds;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval:agreement: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
