// Builds the extension when its output is missing or older than its sources,
// so the demo and the end-to-end suite never run a stale build.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SOURCES = ['entrypoints', 'src', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json'];

export type TargetBrowser = 'chrome' | 'firefox';

export function outputDir(browser: TargetBrowser): string {
  return join(ROOT, '.output', browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) {
    if (/\.test\.tsx?$/.test(name)) continue; // tests are not part of the build
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function isBuildFresh(browser: TargetBrowser): boolean {
  const manifest = join(outputDir(browser), 'manifest.json');
  if (!existsSync(manifest)) return false;
  const sources = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
  return statSync(manifest).mtimeMs >= sources;
}

/** Builds when needed; returns the output directory. */
export function ensureFreshBuild(browser: TargetBrowser, log: (line: string) => void = console.log): string {
  const dir = outputDir(browser);
  if (isBuildFresh(browser)) return dir;
  log(`Building the extension for ${browser}…`);
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`\`npx ${args.join(' ')}\` failed (exit ${result.status}).`);
  return dir;
}
