// npx tsx bench/library.ts: the statement library with 5,000 statements
// (10 commitments each), in Chromium on its real IndexedDB: commitment
// search (median, 95th percentile) beside a floor (one includes() per
// commitment on prepared text), and the popup's "Since" (the statement and
// its previous round read, then compared), and a 40 × 40 comparison alone.

import { inBlankPage } from './blank-page';
import { fixed, goalMark, median, p95, row } from './measure';
import type { LibraryFigures } from './library/harness';

const GOALS = { searchP95Ms: 50, sinceMs: 20 };

const figures: LibraryFigures = await inBlankPage('library/harness.ts', (page) => page.evaluate(() => window.dlLibraryBench.run(5000, 10)));


console.log(`Statement library, ${figures.statements} statements (${figures.commitments} commitments) in Chromium's IndexedDB; filled in ${fixed(figures.fillMs, 0)} ms`);
console.log(row('', 'median ms', 'p95 ms', 'floor median', 'ratio'));
console.log(row('commitment search', fixed(median(figures.searchMs)), fixed(p95(figures.searchMs)), fixed(median(figures.searchFloorMs)), `${fixed(median(figures.searchMs) / median(figures.searchFloorMs))}x`));
console.log(row('"Since": read + compare', fixed(median(figures.sinceMs)), fixed(p95(figures.sinceMs)), '', ''));
console.log(row('compare 40 × 40', fixed(median(figures.compareMs)), fixed(p95(figures.compareMs)), '', ''));
console.log('\nGoals');
console.log(`  search under ${GOALS.searchP95Ms} ms at the 95th percentile: ${fixed(p95(figures.searchMs))} ms ${goalMark(p95(figures.searchMs) <= GOALS.searchP95Ms)}`);
console.log(`  the comparison with the previous statement under ${GOALS.sinceMs} ms: ${fixed(median(figures.sinceMs))} ms (median; p95 ${fixed(p95(figures.sinceMs))}) ${goalMark(p95(figures.sinceMs) <= GOALS.sinceMs)}`);
