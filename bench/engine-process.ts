// One engine of the analysis bench (bench/analysis.ts) in a process of its
// own, so that its heap is its own: forked by msPerCallInTurnsApart()
// (measure.ts), told which engine to run on which documents, then asked to
// warm up and to run timed slices, one at a time, while the other engines'
// processes wait.
//
// Apart, because engines timed in one process share one heap: compromise
// leaves some 200 MB behind it, and each of our garbage collections then
// marks that too (a 1 MB transcript analyzed in 143 ms a pass alone, median
// of 14, and in 300 ms when compromise ran between the passes). The
// extension runs the analysis in a heap of its own as well.

import { performance } from 'node:perf_hooks';
import { loadAnalysisBundle } from '../scripts/analysis-size';
import type { CorpusText } from './corpus';

/** What an engine process is told: first `setup`, then `warm` once, then `slice` once a round. */
export type EngineRequest =
  | { kind: 'setup'; engine: EngineName; docs: CorpusText[]; bundle?: Uint8Array }
  | { kind: 'warm'; ms: number }
  | { kind: 'slice'; ms: number };

export type EngineName = 'ours' | 'compromise' | 'floor';

/** Its answer: to `slice`, the milliseconds one call took (a slice's time over its calls); to the others, 0. */
export interface EngineReply {
  msPerCall: number;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** The floor: one pass of a tokenizing regex over the texts. */
function floorPass(docs: readonly CorpusText[]): number {
  let tokens = 0;
  for (const { text } of docs) {
    TOKEN.lastIndex = 0;
    while (TOKEN.exec(text)) tokens++;
  }
  return tokens;
}

/**
 * The peer: compromise, entities only. Loaded in its own engine's process alone, so that the others' heaps do not hold
 * its lexicons.
 */
async function compromiseEntities(): Promise<(docs: readonly CorpusText[]) => number> {
  const { default: nlp } = await import('compromise');
  return (docs) => {
    let found = 0;
    for (const { text } of docs) {
      const doc = nlp(text);
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
    return found;
  };
}

/** Ours, from the bundle the extension ships (analysis-size.ts), as its background script runs it. */
function oursOver(bundle: Uint8Array): (docs: readonly CorpusText[]) => number {
  const { analyze } = loadAnalysisBundle(bundle);
  return (docs) => {
    let found = 0;
    for (const doc of docs) {
      const analysis = analyze(doc.text, { url: doc.url, title: doc.title });
      found += analysis.commitments.length + analysis.entities.length;
    }
    return found;
  };
}

/** Calls `work` again and again for at least `ms` (at least once); the milliseconds a call took. */
function timeSlice(work: () => unknown, ms: number): number {
  const start = performance.now();
  let calls = 0;
  do {
    work();
    calls++;
  } while (performance.now() - start < ms);
  return (performance.now() - start) / calls;
}

let work: (() => unknown) | null = null;

process.on('message', async (request: EngineRequest) => {
  const reply = (msPerCall: number) => process.send!({ msPerCall } satisfies EngineReply);
  if (request.kind === 'setup') {
    const { engine, docs, bundle } = request;
    const run = engine === 'ours' ? oursOver(bundle!) : engine === 'compromise' ? await compromiseEntities() : floorPass;
    work = () => run(docs);
    return reply(0);
  }
  if (!work) throw new Error('engine-process: asked to run before its setup');
  if (request.kind === 'warm') {
    timeSlice(work, request.ms);
    return reply(0);
  }
  reply(timeSlice(work, request.ms));
});
process.on('disconnect', () => process.exit(0));
