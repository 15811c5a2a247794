// The size the analysis core (code and lexicons) adds to the extension:
// src/analysis bundled and minified on its own, gzipped. The bench prints it;
// analysis-size.test.ts holds it to the budget, so new rules or
// lexicon rows cannot push it past unnoticed.

import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The budget: at most 40 KB gzipped. */
export const ANALYSIS_BUDGET_BYTES = 40 * 1024;

/** src/analysis bundled and minified on its own, as the extension's build ships it. */
export async function analysisBundle(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: ['src/analysis/analyze.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.contents;
}

/** The size of `code` (the bundle, built here when not given): minified bytes and gzipped. */
export async function analysisBundleSize(code?: Uint8Array): Promise<{ raw: number; gzip: number }> {
  const bytes = code ?? (await analysisBundle());
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
