// npx tsx bench/notes.ts: the notes store with 10,000 notes, in Chromium on
// its real IndexedDB (a plain tab, the product's own store code bundled by
// esbuild). Figures, medians and 95th percentiles, beside floors measured in
// the same run: the bare IndexedDB index read for a page's notes, and one
// includes() per note on prepared text for search.

import { inBlankPage } from './blank-page';
import { fixed, goalMark, median, p95, row } from './measure';
import type { NotesFigures } from './notes/harness';

const GOALS = { pageNotesMs: 10, searchP95Ms: 50 };
const NOTES = 10_000;
const PER_PAGE = 5;

const figures: NotesFigures = await inBlankPage('notes/harness.ts', (page) =>
  page.evaluate(([count, perPage]) => window.dlNotesBench.run(count!, perPage!), [NOTES, PER_PAGE]),
);


const pageNotes = median(figures.pageNotesMs) + median(figures.placeMs);
console.log(`Notes store, ${figures.notes} notes (${figures.perPage} a statement) in Chromium's IndexedDB; filled in ${fixed(figures.fillMs, 0)} ms`);
console.log(row('', 'median ms', 'p95 ms', 'floor median', 'ratio'));
console.log(row('a page\'s notes read', fixed(median(figures.pageNotesMs)), fixed(p95(figures.pageNotesMs)), fixed(median(figures.pageNotesFloorMs)), `${fixed(median(figures.pageNotesMs) / median(figures.pageNotesFloorMs))}x`));
console.log(row(`placed (${figures.perPage} notes)`, fixed(median(figures.placeMs)), fixed(p95(figures.placeMs)), '', ''));
console.log(row('search (all notes)', fixed(median(figures.searchMs)), fixed(p95(figures.searchMs)), fixed(median(figures.searchFloorMs)), `${fixed(median(figures.searchMs) / median(figures.searchFloorMs))}x`));
console.log(`  database opened in ${fixed(figures.openMs)} ms (once per background life); export ${fixed(figures.exportMs, 0)} ms (${fixed(figures.exportBytes / 1e6)} MB JSON); import into an empty database ${fixed(figures.importMs, 0)} ms`);
console.log('\nGoals');
console.log(`  a page's notes read and placed within ${GOALS.pageNotesMs} ms of the analysis: ${fixed(pageNotes)} ms ${goalMark(pageNotes <= GOALS.pageNotesMs)}`);
console.log(`  search under ${GOALS.searchP95Ms} ms at the 95th percentile: ${fixed(p95(figures.searchMs))} ms ${goalMark(p95(figures.searchMs) <= GOALS.searchP95Ms)}`);
