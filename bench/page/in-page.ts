// Page layer, analysis, floor and mark.js, timed inside one Chromium tab per
// page with the product's own code (bench/page/harness.ts bundled by
// esbuild). A plain browser, no extension: the content script would paint
// the same highlight names and race the harness.

import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../../tools/build';
import { chromiumArgs } from '../../tools/chromium';
import type { AnnotateRun, FloorRun, MarkPlan, MarkRun } from './harness';
import type { BenchPage } from './pages';

const MARK_JS = join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** The content script's stylesheet: without ::highlight() styles the browser has nothing to paint. */
const HIGHLIGHTS_CSS = join(ROOT, 'assets', 'highlights.css');

export interface InPageFigures {
  annotate: AnnotateRun[];
  floor: FloorRun[];
  plan: MarkPlan;
  mark: MarkRun[];
  /** The longer of the two rendering steps right after a pass registered its highlights, ms. */
  frames: number[];
  crossOriginIsolated: boolean;
}

export async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'bench', 'page', 'harness.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    // Minified like the shipped content script, so the code V8 runs is comparable.
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

export async function launchPlainChromium(executablePath: string, port: number): Promise<Browser> {
  // The same quiet, offline flags as the extension runs, minus the extension.
  const args = chromiumArgs({ extensionDir: '', port }).filter((arg) => !/^--(load-extension|disable-extensions-except)=/.test(arg));
  // --expose-gc: the harness collects the page layer's dead Ranges before timing mark.js. Blink
  // updates every live Range of a document on each DOM mutation, so thousands of not-yet-collected
  // ranges from earlier runs would slow mark.js's splitText calls several times over.
  return chromium.launch({ executablePath, headless: true, args: [...args, '--js-flags=--expose-gc'] });
}

export interface RunCounts {
  runs: number;
  markRuns: number;
  /** mark.js stops early once its runs have taken this long (it is slow on big pages). */
  markBudgetMs: number;
  /** An unmeasured mark.js run first (skipped where one run takes seconds). */
  markWarmup: boolean;
  /** mark.js marks every n-th span only (1: all); its time is scaled back by n. */
  markEvery: number;
  frames: number;
}

/**
 * Opens `html` as `url` and times everything there. The page is answered by
 * a route (not the fixture server) only so it can carry COOP/COEP headers:
 * a cross-origin-isolated page gets 5 µs performance.now() instead of
 * 100 µs, which the sub-millisecond figures of a typical statement need.
 */
export async function measureInPage(browser: Browser, harness: string, page: BenchPage, html: string, counts: RunCounts): Promise<InPageFigures> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
  try {
    const tab: Page = await context.newPage();
    await tab.route(page.url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' },
        body: html,
      }),
    );
    await tab.goto(page.url);
    await tab.addStyleTag({ path: HIGHLIGHTS_CSS });
    await tab.addScriptTag({ path: MARK_JS });
    await tab.addScriptTag({ content: harness });
    const crossOriginIsolated = await tab.evaluate(() => window.dlBench.crossOriginIsolated);

    // One warm-up pass each (JIT, lexicons' lazy parts), then the measured runs interleaved,
    // so the floor and the page layer see the same machine state.
    const warm = await tab.evaluate(() => window.dlBench.annotate());
    if (warm.status !== 'annotated') throw new Error(`${page.url}: the page layer says "${warm.status}", not annotated`);
    await tab.evaluate(() => window.dlBench.floor());
    const annotate: AnnotateRun[] = [];
    const floor: FloorRun[] = [];
    for (let i = 0; i < counts.runs; i++) {
      annotate.push(await tab.evaluate(() => window.dlBench.annotate()));
      floor.push(await tab.evaluate(() => window.dlBench.floor()));
    }

    // Rendering after a pass: clear and let a frame flush that, then paint and time the next frame.
    const frames: number[] = [];
    for (let i = 0; i < counts.frames; i++) {
      await tab.evaluate(() => window.dlBench.restore());
      await tab.evaluate(() => window.dlBench.frame());
      await tab.evaluate(() => window.dlBench.annotate());
      // Two frames: past REGISTER_ALL_LIMIT ranges, the highlights near the viewport are registered after the first.
      const first = await tab.evaluate(() => window.dlBench.frame());
      frames.push(Math.max(first, await tab.evaluate(() => window.dlBench.frame())));
    }

    const plan = await tab.evaluate((every) => window.dlBench.prepareMark(every), counts.markEvery);
    if (counts.markWarmup) await tab.evaluate(() => window.dlBench.mark());
    const mark: MarkRun[] = [];
    let spent = 0;
    for (let i = 0; i < counts.markRuns && (i === 0 || spent < counts.markBudgetMs); i++) {
      const run = await tab.evaluate(() => window.dlBench.mark());
      mark.push({ ...run, ms: run.ms * plan.every });
      spent += run.ms;
    }
    await tab.evaluate(() => window.dlBench.restore());
    return { annotate, floor, plan, mark, frames, crossOriginIsolated };
  } finally {
    await context.close();
  }
}
