// Speed check for entities only (not part of the bundle):
//   npx tsx bench/entities/bench-entities.ts
// findEntities over the 2021-2022 press releases, MB/s of UTF-8 text (best of 3 rounds).
import { pressReleases } from '../corpus';
import { findEntities } from '../../src/analysis/entities';

const docs = pressReleases();
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
let best = Infinity;
let count = 0;
for (let round = 0; round < 4; round++) {
  const t0 = performance.now();
  for (const d of docs) count += findEntities(d.text, { title: d.title }).length;
  const ms = performance.now() - t0;
  if (round > 0) best = Math.min(best, ms);
}
console.log(`${docs.length} docs, ${(bytes / 1e6).toFixed(1)} MB, ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s (${(count / 4) | 0} entities)`);
