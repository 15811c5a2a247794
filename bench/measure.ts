// Small measuring helpers shared by the benches: medians over repeated runs,
// and figures printed the same way everywhere.

import { performance } from 'node:perf_hooks';

/**
 * Median wall time in milliseconds of `work`: first called until `warmMs`
 * have passed (at least once), so a JIT-compiled peer is timed warm as we
 * are; then `runs` timed calls, and more until they add up to `minMs`.
 */
export function medianMs(work: () => void, runs: number, { warmMs = 0, minMs = 0 } = {}): number {
  const warmEnd = performance.now() + warmMs;
  do work();
  while (performance.now() < warmEnd);
  const times: number[] = [];
  let total = 0;
  while (times.length < runs || total < minMs) {
    const start = performance.now();
    work();
    const ms = performance.now() - start;
    times.push(ms);
    total += ms;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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
