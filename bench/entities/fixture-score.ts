// Generalization check for entities only (not part of the bundle):
//   npx tsx bench/entities/fixture-score.ts [--fp N]
// Scores findEntities on the main content of the fixture pages (written
// independently of the dev corpus) against test/fixtures/sites/manifest.json,
// with the corpus scorer's normalization, and lists the misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
// @ts-expect-error plain JS module outside the project
import { normalize } from '../../../shared/corpus/score.mjs';
import { buildTextMap } from '../../src/page/text-map';
import { adapterFor } from '../../src/page/sites';
import { findEntities } from '../../src/analysis/entities';

const TYPES = ['person', 'country', 'organization', 'place', 'date', 'instrument'] as const;
interface Page { id: string; url: string; file: string; entities?: Partial<Record<(typeof TYPES)[number], string[]>> }
const DIR = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'sites');
const norm = normalize as (s: string) => string;
const pages = (JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { pages: Page[] }).pages.filter((p) => p.entities && Object.keys(p.entities).length);

/**
 * The state.gov adapter's main content still holds the share buttons and the trailing
 * "Tags" / "Related Articles" blocks, which the fixture labels leave out (they list other
 * pages, not this statement). `--raw` scores the adapter's text as is.
 */
const RAW = process.argv.includes('--raw');
const SHARE = /^(?:Share|Facebook|X|LinkedIn|Email|Twitter|Print)$/;
function trimChrome(text: string): string {
  if (RAW) return text;
  const blocks = text.split('\n\n');
  const end = blocks.findIndex((b) => b === 'Tags' || b === 'Related Articles');
  return (end < 0 ? blocks : blocks.slice(0, end)).filter((b) => !SHARE.test(b)).join('\n\n');
}

const tally = Object.fromEntries([...TYPES, 'any'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const fps: string[] = [];
const fns: string[] = [];
for (const page of pages) {
  const window = new Window({ url: page.url });
  const doc = window.document as unknown as Document;
  doc.write(readFileSync(join(DIR, page.file), 'utf8'));
  const adapter = adapterFor(new URL(page.url), doc);
  const root = adapter.mainContent(doc);
  const text = trimChrome(root ? buildTextMap(root).text : '');
  const title = adapter.meta(doc, new URL(page.url)).title ?? '';
  const gold = new Set(TYPES.flatMap((t) => (page.entities![t] ?? []).map((s) => `${t}: ${norm(s)}`)));
  const pred = new Set(findEntities(text, { title }).map((e) => `${e.type}: ${norm(e.text)}`));
  for (const k of pred) {
    const t = k.slice(0, k.indexOf(':'));
    if (gold.has(k)) tally[t]!.tp++, tally.any!.tp++;
    else tally[t]!.fp++, tally.any!.fp++, fps.push(`${k}  [${page.id}]`);
  }
  for (const k of gold) {
    const t = k.slice(0, k.indexOf(':'));
    if (!pred.has(k)) tally[t]!.fn++, tally.any!.fn++, fns.push(`${k}  [${page.id}]`);
  }
  void window.happyDOM.close();
}
for (const [t, m] of Object.entries(tally)) {
  const p = m.tp + m.fp ? m.tp / (m.tp + m.fp) : 1;
  const r = m.tp + m.fn ? m.tp / (m.tp + m.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${t.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (tp ${m.tp} fp ${m.fp} fn ${m.fn})`);
}
const arg = process.argv.indexOf('--fp');
const top = arg > 0 ? Number(process.argv[arg + 1]) : 60;
console.log(`\nFALSE POSITIVES (${fps.length})\n` + fps.sort().slice(0, top).join('\n'));
console.log(`\nFALSE NEGATIVES (${fns.length})\n` + fns.sort().slice(0, top).join('\n'));
