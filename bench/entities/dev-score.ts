// Dev-set check for entities only (not part of the bundle):
//   npx tsx bench/entities/dev-score.ts [--docs] [--fp N]
// Scores findEntities on /work/shared/corpus/dev with the corpus scorer and
// lists the most frequent false positives and negatives per type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain JS module outside the project
import { normalize, score } from '../../../shared/corpus/score.mjs';
import { findEntities } from '../../src/analysis/entities';

interface Doc { id: string; title: string; text: string; gold: { entities: { text: string; type: string }[] } }
const DIR = '/work/shared/corpus/dev';
const docs: Doc[] = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Doc);
const preds = new Map(docs.map((d) => [d.id, { entities: findEntities(d.text, { title: d.title }).map((e) => ({ text: e.text, type: e.type })) }]));
const r = (score as (d: Doc[], p: typeof preds) => { entities: Record<string, { p: number; r: number; f1: number; tp: number; fp: number; fn: number }> })(docs, preds);
for (const [t, m] of Object.entries(r.entities)) console.log(`${t.padEnd(13)} P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}  (tp ${m.tp} fp ${m.fp} fn ${m.fn})`);
const arg = process.argv.indexOf('--fp');
const top = arg > 0 ? Number(process.argv[arg + 1]) : 40;
const norm = normalize as (s: string) => string;
const fps: string[] = [];
const fns: string[] = [];
for (const d of docs) {
  const g = new Set(d.gold.entities.map((e) => `${e.type}: ${norm(e.text)}`));
  const p = new Set(preds.get(d.id)!.entities.map((e) => `${e.type}: ${norm(e.text)}`));
  for (const k of p) if (!g.has(k)) fps.push(`${k}  [${d.id.slice(0, 30)}]`);
  for (const k of g) if (!p.has(k)) fns.push(`${k}  [${d.id.slice(0, 30)}]`);
}
console.log(`\nFALSE POSITIVES (${fps.length})\n` + fps.sort().slice(0, top).join('\n'));
console.log(`\nFALSE NEGATIVES (${fns.length})\n` + fns.sort().slice(0, top).join('\n'));
