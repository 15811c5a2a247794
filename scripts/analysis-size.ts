// The size the analysis core (code and lexicons) adds to the extension:
// src/analysis bundled and minified on its own, gzipped. The bench prints it;
// analysis-size.test.ts holds it to the budget, so new rules or
// lexicon rows cannot push it past unnoticed.
//
// It is bundled by rolldown with its minifier (oxc), as an immediately
// invoked function with the output options vite 8 sets for a minified app
// build: how the extension's own build (wxt build) bundles the background
// script that runs the analysis, so the figure is the size it ships at
// (analysis-in-build.ts checks it against the build itself). esbuild's ES
// module bundle, measured here before, reads about 300 bytes more.

import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

/** The budget: at most 40 KB gzipped. */
export const ANALYSIS_BUDGET_BYTES = 40 * 1024;

/** src/analysis bundled and minified on its own, as the extension's build ships it. */
export async function analysisBundle(): Promise<Uint8Array> {
  const bundle = await rolldown({ input: 'src/analysis/analyze.ts', logLevel: 'silent' });
  try {
    // As the background script ships it: an immediately invoked function, with the output options vite
    // sets for a minified app build (no comments, its pure annotations included; top-level `var`).
    const { output } = await bundle.generate({ format: 'iife', name: 'analysis', minify: true, comments: false, topLevelVar: true });
    return new TextEncoder().encode(output[0].code);
  } finally {
    await bundle.close();
  }
}

/** The exports of a bundle analysisBundle() built: run as the background script runs it. */
export function loadAnalysisBundle(code: Uint8Array): typeof import('../src/analysis/analyze') {
  return new Function(`${new TextDecoder().decode(code)}\nreturn analysis;`)() as typeof import('../src/analysis/analyze');
}

/** The size of `code` (the bundle, built here when not given): minified bytes and gzipped. */
export async function analysisBundleSize(code?: Uint8Array): Promise<{ raw: number; gzip: number }> {
  const bytes = code ?? (await analysisBundle());
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
