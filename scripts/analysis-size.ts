// The size the analysis core (code and lexicons) adds to the extension:
// src/analysis bundled and minified on its own, gzipped. The bench prints it;
// analysis-size.test.ts holds it to the budget, so new rules or
// lexicon rows cannot push it past unnoticed.
//
// It is bundled as vite 8 bundles the extension's background script (which
// runs the analysis): by rolldown, as an immediately invoked function with
// top-level `var`, its `const`s written `let` as the build writes every chunk
// (let-for-const.ts), then minified by terser with the build's own options
// (minify-options.ts) and those vite adds for such a script. So the figure is
// the size it ships at; analysis-in-build.ts checks it against the build.

import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { minify } from 'terser';
import { letForConst } from './let-for-const';
import { TERSER_OPTIONS } from './minify-options';

/** The budget: at most 40 KB gzipped. */
export const ANALYSIS_BUDGET_BYTES = 40 * 1024;

/**
 * src/analysis bundled and minified on its own, as the extension's build ships it;
 * from another entry (the bench's stages), the same code built the same way.
 */
export async function analysisBundle(input = 'src/analysis/analyze.ts'): Promise<Uint8Array> {
  const bundle = await rolldown({ input, logLevel: 'silent' });
  try {
    // No Symbol.toStringTag on the exports object: rolldown tags an IIFE's exports as a module namespace unless told not
    // to (45 bytes gzipped), but that object is this measure's own wrapper. The background imports the functions it
    // calls, and the built script holds no such tag.
    const { output } = await bundle.generate({ format: 'iife', name: 'analysis', comments: false, topLevelVar: true, generatedCode: { symbols: false } });
    // What vite's terser plugin sets for a script that is neither a module nor CommonJS.
    const { code } = await minify(letForConst(output[0].code, false), { ...TERSER_OPTIONS, module: false, toplevel: false });
    return new TextEncoder().encode(code!);
  } finally {
    await bundle.close();
  }
}

/** The exports of a bundle analysisBundle() built: run as the background script runs it. */
export function loadAnalysisBundle<Exports = typeof import('../src/analysis/analyze')>(code: Uint8Array): Exports {
  return new Function(`${new TextDecoder().decode(code)}\nreturn analysis;`)() as Exports;
}

/** The size of `code` (the bundle, built here when not given): minified bytes and gzipped. */
export async function analysisBundleSize(code?: Uint8Array): Promise<{ raw: number; gzip: number }> {
  const bytes = code ?? (await analysisBundle());
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
