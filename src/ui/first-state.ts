// The popup's first state, asked for by a small classic script at the top of
// the popup's <head> (entrypoints/popup-early.ts) while the browser is still
// fetching and compiling the popup's modules: the question to the tab and the
// loading of the Preact UI overlap instead of following each other (traced:
// the modules start running about 20 ms after that script, and the tab's
// answer takes 10-25 ms). The popup's module takes the state from here and asks
// again only when the early script did not run.

import type { PopupState } from './popup-state';

export interface FirstState {
  promise: Promise<PopupState>;
  /** The state once known: lets the popup's first render show it at once. */
  settled: PopupState | null;
}

/** Where the early script leaves the state, on the popup's own window (no page can reach it). */
const SLOT = '__diplomaticLensFirstState';

type Holder = Record<string, unknown>;

export function publishFirstState(promise: Promise<PopupState>, holder: object = globalThis): void {
  const first: FirstState = { promise, settled: null };
  void promise.then((state) => (first.settled = state));
  (holder as Holder)[SLOT] = first;
}

/** The published state, once: a retry or a second load asks the tab again. */
export function takeFirstState(holder: object = globalThis): FirstState | null {
  const first = (holder as Holder)[SLOT];
  delete (holder as Holder)[SLOT];
  return isFirstState(first) ? first : null;
}

function isFirstState(value: unknown): value is FirstState {
  return typeof value === 'object' && value !== null && (value as FirstState).promise instanceof Promise;
}
