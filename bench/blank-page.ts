// Runs a bench harness (bundled by esbuild from bench/<name>/harness.ts) in
// a plain Chromium tab on an https origin of its own, answered locally so
// nothing goes out, and returns what `run` computes there: the notes and
// library benches measure the product's stores on the browser's real
// IndexedDB this way.

import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { findTestChromium } from '../tools/browsers';
import { ROOT } from '../tools/build';

export async function inBlankPage<T>(harnessEntry: string, run: (page: Page) => Promise<T>): Promise<T> {
  const harness = (
    await build({ entryPoints: [join(ROOT, 'bench', harnessEntry)], bundle: true, format: 'iife', target: 'es2022', write: false, minify: true })
  ).outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: findTestChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext()).newPage();
    const origin = 'https://bench.invalid/';
    await page.route(origin, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto(origin);
    await page.addScriptTag({ content: harness });
    return await run(page);
  } finally {
    await browser.close();
  }
}
