// Small measuring helpers shared by the benches: medians over repeated runs,
// and figures printed the same way everywhere.

import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EngineReply, EngineRequest } from './engine-process';

/** An engine to time, each in a process of its own (engine-process.ts): which, on what, and for ours its bundle. */
export type EngineSetup = Omit<Extract<EngineRequest, { kind: 'setup' }>, 'kind'>;

/**
 * Wall time in milliseconds per call of each engine, timed in turns, each in
 * a process of its own (engine-process.ts says why): each is first warmed
 * `warmMs` (at least once), then in each of `rounds` rounds each is called,
 * one after another, for at least `sliceMs` (at least once), while the
 * others' processes wait. Returns, per engine, its time per call in each
 * round.
 *
 * Turns, because this machine's speed drifts by up to 1.6x for seconds at a
 * time (the same code, in the same process): engines timed minutes apart
 * are compared under different conditions, while a round's times were taken
 * under the same ones, so a ratio of two engines is best read round by round.
 */
export async function msPerCallInTurnsApart(engines: readonly EngineSetup[], rounds: number, { warmMs = 0, sliceMs = 0 } = {}): Promise<number[][]> {
  const processes = engines.map(() =>
    fork(fileURLToPath(new URL('./engine-process.ts', import.meta.url)), { execArgv: ['--import', 'tsx'], serialization: 'advanced' }),
  );
  try {
    const ask = (child: ChildProcess, request: EngineRequest) =>
      new Promise<number>((resolve, reject) => {
        const exited = (code: number | null) => reject(new Error(`an engine process exited (code ${code}) before it answered`));
        child.once('exit', exited);
        child.once('message', (reply: EngineReply) => {
          child.off('exit', exited);
          resolve(reply.msPerCall);
        });
        child.send(request);
      });
    // One after another, never at once: on two cores, engines run side by side would slow each other.
    for (const [k, child] of processes.entries()) {
      await ask(child, { kind: 'setup', ...engines[k]! });
      await ask(child, { kind: 'warm', ms: warmMs });
    }
    const times = engines.map((): number[] => []);
    for (let round = 0; round < rounds; round++) {
      for (const [k, child] of processes.entries()) times[k]!.push(await ask(child, { kind: 'slice', ms: sliceMs }));
    }
    return times;
  } finally {
    for (const child of processes) child.kill();
  }
}

/** Megabytes (10^6 bytes of UTF-8) of text. */
export function megabytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
}

export function row(label: string, ...cells: string[]): string {
  return `${label.padEnd(34)}${cells.map((cell) => cell.padStart(14)).join('')}`;
}

export const fixed = (value: number, digits = 1) => value.toFixed(digits);

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The middle value (the upper one of an even count). */
export const median = (values: readonly number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;

/** The 95th percentile: the value 95% of the others are at or below. */
export const p95 = (values: readonly number[]) => sorted(values)[Math.min(values.length - 1, Math.floor((values.length - 1) * 0.95))] ?? NaN;

export const goalMark = (ok: boolean) => (ok ? '✓' : '✗');
