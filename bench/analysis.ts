// npm run bench (analysis part): throughput of the analysis core on a typical
// statement, on every 2021-2022 press release, and on a 1 MB transcript;
// beside it, in the same run, compromise (entities only) on the same text
// and a floor: one pass of a tokenizing regex. Then where the time goes,
// stage by stage (analysis-stages.ts), how the worst texts scale, and the
// size the analysis code and its lexicons add to the extension
// (scripts/analysis-size.ts).

import { analysisInBuildSize } from '../scripts/analysis-in-build';
import { printStages } from './analysis-stages';
import { analysisBundle, analysisBundleSize } from '../scripts/analysis-size';
import { devDocuments, pressReleases, transcript, type CorpusText } from './corpus';
import { fixed, median, megabytes, msPerCallInTurnsApart, row } from './measure';

/**
 * Ours is timed as it ships: the minified bundle, not tsx's transform of the
 * sources, which wraps each function made at run time (a closure per call) in
 * a naming helper that the extension's build leaves out.
 */
const bundle = await analysisBundle();

/**
 * Every engine is warmed this long on the text before it is timed: a JIT
 * compiler needs many calls to reach full speed, and compromise on one short
 * statement, timed after a single warm-up call, ran at half its warm speed.
 */
const WARM_MS = 1500;
/** In each round each engine runs at least this long (a short text needs many calls). */
const SLICE_MS = 300;

/** compromise is slow: it is timed on a sample of about this many bytes of the same texts. */
const COMPROMISE_SAMPLE_BYTES = 400_000;

function sample(docs: readonly CorpusText[], bytes: number): CorpusText[] {
  const out: CorpusText[] = [];
  let size = 0;
  for (const doc of docs) {
    if (size >= bytes) break;
    out.push(doc);
    size += Buffer.byteLength(doc.text, 'utf8');
  }
  return out;
}

/**
 * Ours, compromise and the floor timed in turns, each in a process of its own,
 * `rounds` times (bench/measure.ts and engine-process.ts say why): MB/s are
 * medians over the rounds, and so are the ratios, each taken within a round.
 */
async function measure(label: string, docs: CorpusText[], rounds: number) {
  const mb = megabytes(docs.map((doc) => doc.text));
  const peerDocs = sample(docs, COMPROMISE_SAMPLE_BYTES);
  const peerMb = megabytes(peerDocs.map((doc) => doc.text));
  const [oursMs, peerMs, floorMs] = await msPerCallInTurnsApart(
    [{ engine: 'ours', docs, bundle }, { engine: 'compromise', docs: peerDocs }, { engine: 'floor', docs }],
    rounds,
    { warmMs: WARM_MS, sliceMs: SLICE_MS },
  );
  const speed = (megabytes: number, ms: number) => megabytes / (ms / 1000);
  const ours = oursMs!.map((ms) => speed(mb, ms));
  const peer = peerMs!.map((ms) => speed(peerMb, ms));
  const floor = floorMs!.map((ms) => speed(mb, ms));
  const vsPeer = ours.map((value, round) => value / peer[round]!);
  const floorOverOurs = floor.map((value, round) => value / ours[round]!);
  console.log(row(label, fixed(mb, 2), fixed(median(ours)), fixed(median(peer), 2), fixed(median(floor)), `${fixed(median(vsPeer), 0)}x`, `${fixed(median(floorOverOurs))}x`));
}

const dev = devDocuments();
const typical = dev.filter((doc) => doc.id === 'espd-kazakhstan-2024');
const releases = pressReleases();
const longTranscript: CorpusText[] = [{ id: 'transcript', url: 'https://www.state.gov/briefings/x/', title: 'Department Press Briefing', text: transcript(1_000_000) }];

console.log('Analysis throughput (MB/s, and ratios within a round: medians of rounds in which the three run in turn; compromise on a sample of the same text)');
console.log(row('', 'MB', 'ours', 'compromise', 'floor', 'vs compromise', 'floor / ours'));
await measure('typical statement', typical.length ? typical : dev.slice(0, 1), 15);
await measure(`${releases.length} press releases 2021-2022`, releases, 5);
await measure('1 MB transcript', longTranscript, 5);
/**
 * Texts no page should hold, made to find any rule whose cost grows faster
 * than the text (a regex read over a whole sentence once per trigger in it,
 * a title chain read again at each of its words): 1 MB of one phrase, with no
 * sentence end or line break. Beside each, the floor on the same text.
 */
const WORST_CASES: Record<string, string> = {
  'one 1 MB line, no sentence end': 'we hope that the parties will support the agreement and we will continue to work with ',
  '1 MB of "Deputy Deputy ..."': 'Deputy ',
  '1 MB of quotes and "will"': '“we will, ',
  // Each of these once grew with the square of its run: a rule read on to the run's end from every token in it.
  '1 MB of a list of names': 'Jane Roe, Kim Vell, Ida Marsk, ',
  '1 MB of "Darkhan Province and ..."': 'Darkhan Province and ',
  '1 MB of titles, one line': 'Al Secretary of Republic ',
  '1 MB of "www." with no space': 'www.',
  '1 MB of periods': '.',
};

async function measureWorstCase(label: string, phrase: string): Promise<void> {
  const docs: CorpusText[] = [{ id: 'worst', url: 'https://www.state.gov/x/', title: 'Press Statement', text: phrase.repeat(Math.ceil(1_000_000 / phrase.length)) }];
  const mb = megabytes(docs.map((doc) => doc.text));
  const [oursMs, floorMs] = await msPerCallInTurnsApart([{ engine: 'ours', docs, bundle }, { engine: 'floor', docs }], 3, { warmMs: 0, sliceMs: SLICE_MS });
  const ours = oursMs!.map((ms) => mb / (ms / 1000));
  const floor = floorMs!.map((ms) => mb / (ms / 1000));
  const floorOverOurs = floor.map((value, round) => value / ours[round]!);
  console.log(row(label, fixed(mb, 2), fixed(median(ours)), '', fixed(median(floor)), '', `${fixed(median(floorOverOurs))}x`));
}

await printStages(`${releases.length} press releases`, releases, 4);

console.log('\nWorst cases (MB/s; a rule whose cost grew with the square of a sentence would show here as a collapse)');
for (const [label, phrase] of Object.entries(WORST_CASES)) await measureWorstCase(label, phrase);
// The bundle timed above, not a second build.
const size = await analysisBundleSize(bundle);
const inBuild = await analysisInBuildSize();
console.log(`\nAnalysis code and lexicons, minified: ${fixed(size.raw / 1024)} KB, gzipped: ${fixed(size.gzip / 1024)} KB on their own (${size.gzip} bytes)`);
console.log(`  in the built background script (built with and without them): ${fixed(inBuild / 1024)} KB gzipped (${inBuild} bytes; goal: at most 40 KB)`);
console.log('Goals: at least 100x compromise; within 10x of the floor.');
