// Small measuring helpers shared by the benches: medians over repeated runs,
// and figures printed the same way everywhere.

import { performance } from 'node:perf_hooks';

/**
 * Wall time in milliseconds per call of each of `works`, timed in turns:
 * each is first warmed `warmMs` (at least once), then in each of `rounds`
 * rounds each is called, one after another, for at least `sliceMs` (at least
 * once). Returns, per work, its time per call in each round.
 *
 * Turns, because this machine's speed drifts by up to 1.6x for seconds at a
 * time (the same code, in the same process): engines timed minutes apart
 * are compared under different conditions, while a round's times were taken
 * under the same ones, so a ratio of two works is best read round by round.
 */
export function msPerCallInTurns(works: readonly (() => void)[], rounds: number, { warmMs = 0, sliceMs = 0 } = {}): number[][] {
  for (const work of works) {
    const warmEnd = performance.now() + warmMs;
    do work();
    while (performance.now() < warmEnd);
  }
  const times = works.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    works.forEach((work, k) => {
      const start = performance.now();
      let calls = 0;
      do {
        work();
        calls++;
      } while (performance.now() - start < sliceMs);
      times[k]!.push((performance.now() - start) / calls);
    });
  }
  return times;
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
