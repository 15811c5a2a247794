// What the analysis core adds to the built extension, measured on the build
// itself: the Chrome build's background script (where the analysis runs),
// gzipped, less the same script built with stubs in place of the analysis
// (scripts/analysis-stub/). The bench prints it beside analysis-size.ts's
// figure for the bundle on its own; two builds take a few seconds, too slow
// for the unit test, which holds the bundle on its own to the budget.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';

/** The background's imports of the analysis, and what stands in for each in the build without it. */
const STUBS: Record<string, string> = {
  '../analysis/analyze': resolve('scripts/analysis-stub/analyze.ts'),
  '../analysis/prepare': resolve('scripts/analysis-stub/prepare.ts'),
};

const quiet = { debug() {}, log() {}, info() {}, success() {}, warn: console.warn, error: console.error, fatal: console.error, level: 0 };

/** wxt's "Preparing..." spinner (nanospinner) writes to stderr whatever the logger: the bench prints figures only. */
const SPINNER = /Preparing\.\.\.|^\x1b\[1G$/;

async function withoutSpinner<T>(run: () => Promise<T>): Promise<T> {
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    SPINNER.test(String(chunk)) || write.call(process.stderr, chunk, ...rest)) as typeof process.stderr.write;
  try {
    return await run();
  } finally {
    process.stderr.write = write;
  }
}

/** The Chrome build's background script, gzipped; `withoutAnalysis` builds it with the stubs in place of the analysis. */
async function builtBackgroundGzip(withoutAnalysis: boolean): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'analysis-size-'));
  try {
    const stubbed = new Set<string>();
    const stub = {
      name: 'analysis-stub',
      enforce: 'pre' as const,
      resolveId(id: string, importer?: string): string | undefined {
        const path = importer?.includes(join('src', 'background')) ? STUBS[id] : undefined;
        if (path) stubbed.add(id);
        return path;
      },
    };
    await withoutSpinner(() => build({ outDir, logger: quiet, ...(withoutAnalysis ? { vite: () => ({ plugins: [stub] }) } : {}) }));
    // A stub never used would leave the analysis in and measure nothing.
    const unused = Object.keys(STUBS).filter((id) => !stubbed.has(id));
    if (withoutAnalysis && unused.length) throw new Error(`The background no longer imports ${unused.join(', ')}: update STUBS in scripts/analysis-in-build.ts`);
    return gzipSync(readFileSync(join(outDir, 'chrome-mv3', 'background.js')), { level: 9 }).length;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * What the analysis adds to the built extension: the background script
 * gzipped, built as the extension is, less the same built with stubs for the
 * analysis (within a few bytes of the bundle on its own).
 */
export async function analysisInBuildSize(): Promise<number> {
  return (await builtBackgroundGzip(false)) - (await builtBackgroundGzip(true));
}
