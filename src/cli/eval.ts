// npm run eval [-- --check] [--intervals] [--holdout | --transcripts | --fresh | --unread | --long | --entities] [--corpus DIR]
//
// Runs the analyzer over the labeled dev corpus (../shared/corpus/dev by
// default) and prints score.mjs's table, then how often a commitment's
// actors are the gold's (actor-agreement.ts), which the scorer leaves out. With --check it also fails when a
// score falls below the floors in eval-floors.json, so quality cannot
// silently fall. With --holdout it scores eval/holdout.json instead: a
// second set, labeled blind, whose texts are rebuilt from the corpus's
// releases (its floors: eval-floors-holdout.json). With --transcripts it
// scores eval/transcripts.json: briefings, interviews and remarks of the
// releases whose commitments alone were labeled blind, so only the
// detection and commitment rows are printed (floors:
// eval-floors-transcripts.json). With --fresh it scores eval/fresh.json, the
// same way: releases drawn at random after the rules of 2026-11-30 were
// written, whose commitments alone were labeled blind; each part was scored
// once before rules were read from its misses (floors: eval-floors-fresh.json). With --unread it scores
// eval/unread.json, labeled the same way: a set no rule may be read from, so
// that its figure stays a fair measure of unseen releases (floors:
// eval-floors-unread.json). With --long it scores eval/long.json, labeled
// the same way: releases over 8,000 characters, which the other sets leave
// out (floors: eval-floors-long.json). With --entities it scores eval/entities.json: releases of eval/fresh.json
// whose entities alone were labeled blind (their commitments are fresh.json's to score), so its entity rows are a
// figure rules were not tuned on (floors: eval-floors-entities.json). With --intervals it prints, under the table, a 95%
// interval for each F1 the set labels, resampling its documents (intervals.ts): how far the figure could move on
// another draw of documents like these.

import { mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bootstrapIntervals, countsOfScore, ENTITY_FIGURES, ENTITY_TYPES, formatIntervals } from './intervals';
import { actorAgreement, type ActorAgreement, type GoldSentence, type PredictedCommitment } from './actor-agreement';
import { jsonLineOf } from './report';
import { RELEASE_SETS, releaseSetDocuments, type ReleaseSet } from './release-sets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Floors {
  [metric: string]: number;
}

interface CorpusDocument {
  id: string;
  url: string;
  title: string;
  text: string;
}

/** The figures --check compares with eval-floors.json, by name. */
function metrics(result: any): Record<string, number> {
  const figures: Record<string, number> = {
    'detection.accuracy': result.detection.accuracy,
    'commitments.f1': result.commitments.f1,
    'commitments.strengthAccuracy': result.commitments.strengthAccuracy ?? 0,
    'entities.micro.f1': result.entities.micro.f1,
  };
  for (const type of ENTITY_TYPES) {
    figures[`entities.${type}.f1`] = result.entities[type].f1;
  }
  return figures;
}

/** Actor agreement summed over the documents (actor-agreement.ts). */
function agreementOver(docs: { id: string; gold: { sentences?: GoldSentence[] } }[], preds: Map<string, { commitments?: PredictedCommitment[] }>): ActorAgreement {
  const total = { exact: 0, paired: 0 };
  for (const doc of docs) {
    const one = actorAgreement(doc.gold.sentences ?? [], preds.get(doc.id)?.commitments ?? []);
    total.exact += one.exact;
    total.paired += one.paired;
  }
  return total;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      holdout: { type: 'boolean', default: false },
      transcripts: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      unread: { type: 'boolean', default: false },
      long: { type: 'boolean', default: false },
      entities: { type: 'boolean', default: false },
      intervals: { type: 'boolean', default: false },
      corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus') },
    },
  });
  const picked = (Object.keys(RELEASE_SETS) as (keyof typeof RELEASE_SETS)[]).filter((name) => values[name]);
  if (picked.length > 1) throw new Error(`${picked.map((name) => `--${name}`).join(' and ')} are ${picked.length} sets: pass one`);
  const set = picked[0] ? RELEASE_SETS[picked[0]] : null;
  // Its real path: score.mjs prints its table only when run as itself, which it tells by comparing its own (real) URL
  // with the path it was started by, so a corpus reached through a symlink ("../shared" linked in) would print nothing.
  const corpus = await realpath(resolve(values.corpus!));
  const workDir = await mkdtemp(join(tmpdir(), 'dl-eval-'));
  try {
    // The scorer reads a folder of labeled documents: dev's own, or a release set's rebuilt into the work folder.
    const goldDir = set ? join(workDir, 'labeled') : join(corpus, 'dev');
    if (set) await writeReleaseSet(goldDir, corpus, set);
    const docs = await labeledDocuments(goldDir);
    const lines: string[] = [];
    for (const doc of docs) lines.push(await jsonLineOf(doc));
    const predictions = join(workDir, 'predictions.jsonl');
    await writeFile(predictions, `${lines.join('\n')}\n`);
    const scorer = join(corpus, 'score.mjs');
    const table = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predictions], { encoding: 'utf8' });
    if (table.status !== 0 || !table.stdout.includes('commitments')) {
      process.stdout.write(table.stdout);
      process.stderr.write(table.stderr || `eval: ${scorer} printed no table\n`);
      return 1;
    }
    process.stdout.write(labeledRows(table.stdout, set));
    const preds = new Map(lines.map((line) => JSON.parse(line) as { id: string; commitments?: PredictedCommitment[] }).map((p) => [p.id, p]));
    const actors = agreementOver(docs, preds);
    if (!set || set.actors) {
      console.log(`actors (not scored by score.mjs)  exact ${(actors.exact / actors.paired).toFixed(3)}   (${actors.exact} of ${actors.paired} paired commitment sentences)`);
    }
    const { score } = (await import(pathToFileURL(scorer).href)) as { score: (docs: unknown[], preds: Map<string, unknown>) => any };
    if (values.intervals) {
      const names = [...(!set || set.commitments ? ['commitments'] : []), ...(!set || set.entities ? ENTITY_FIGURES : [])];
      const counts = docs.map((doc) => countsOfScore(score([doc], preds)));
      process.stdout.write(formatIntervals(bootstrapIntervals(counts, names), docs.length));
    }
    if (!values.check) return 0;

    const figures: Record<string, number> = { ...metrics(score(docs, preds)), 'commitments.actorsExact': actors.exact / actors.paired };
    const floors = JSON.parse(await readFile(join(ROOT, set?.floors ?? 'eval-floors.json'), 'utf8')) as Floors;
    const failing = Object.entries(floors).filter(([name, floor]) => !(figures[name]! >= floor));
    for (const [name, floor] of failing) console.error(`eval: ${name} ${figures[name]?.toFixed(3)} is below its floor ${floor}`);
    if (failing.length === 0) console.log(`eval: every figure is at or above its floor (${Object.keys(floors).length} checked)`);
    return failing.length ? 1 : 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * The scorer's table less the rows of what a set did not label: they would count every commitment or entity found as
 * wrong. Its blocks: detection, then commitments, then entities.
 */
function labeledRows(table: string, set: ReleaseSet | null): string {
  const [detection, commitments = '', entities = ''] = table.split(/^(?=commitments|entities \(micro\))/m);
  return detection + (!set || set.commitments ? commitments : '') + (!set || set.entities ? entities : '');
}

/** Every labeled document in `dir`, by file name. */
async function labeledDocuments(dir: string): Promise<(CorpusDocument & { gold: { sentences?: GoldSentence[] } })[]> {
  const files = (await readdir(dir).catch(() => {
    throw new Error(`no labeled corpus at ${dir} (use --corpus DIR)`);
  })).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(files.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8'))));
}

/** A release set's documents, texts rebuilt from the corpus, one file each in `dir` as the scorer reads them. */
async function writeReleaseSet(dir: string, corpus: string, set: ReleaseSet): Promise<void> {
  const file = JSON.parse(await readFile(join(ROOT, 'eval', set.labels), 'utf8'));
  const docs = releaseSetDocuments(file, join(corpus, 'state-gov-2021-2022.jsonl'), `eval/${set.labels}`);
  await mkdir(dir);
  for (const doc of docs) await writeFile(join(dir, `${doc.id}.json`), JSON.stringify(doc));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
