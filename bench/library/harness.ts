// The in-page side of the library bench, bundled by esbuild and run in a
// plain Chromium tab on the browser's real IndexedDB. window.dlLibraryBench.

import { compareCommitments, type LibraryCommitment } from '../../src/library/compare';
import { searchCommitments } from '../../src/library/library-search';
import type { StatementRecord } from '../../src/library/record';
import { sinceView } from '../../src/library/since';
import { LibraryStore } from '../../src/library/store';
import { fold } from '../../src/notes/search';

export interface LibraryFigures {
  statements: number;
  commitments: number;
  fillMs: number;
  searchMs: number[];
  searchFloorMs: number[];
  /** The popup's "Since": the record and its previous round read, then compared. */
  sinceMs: number[];
  compareMs: number[];
}

const COUNTRIES = ['Mongolia', 'Kazakhstan', 'Paraguay', 'Japan', 'Chile', 'Kenya', 'Poland', 'Vietnam', 'Ghana', 'Peru'];
const ACTIONS = ['expand cooperation on', 'establish a working group on', 'provide assistance for', 'hold consultations on', 'deepen ties in', 'launch a program on'];
const TOPICS = ['energy security', 'critical minerals', 'cybersecurity', 'public health', 'maritime security', 'education exchanges', 'customs enforcement', 'climate resilience'];
const STRENGTHS = ['firm', 'intent', 'support'] as const;

function commitmentsFor(seed: number, count: number): LibraryCommitment[] {
  return Array.from({ length: count }, (_, i) => {
    const n = seed * 31 + i * 7;
    return {
      text: `The two sides ${n % 3 === 0 ? 'agreed to' : n % 3 === 1 ? 'intend to' : 'expressed support to'} ${ACTIONS[n % ACTIONS.length]} ${TOPICS[(n >> 1) % TOPICS.length]} in ${2020 + (n % 8)}, with ${COUNTRIES[n % COUNTRIES.length]} taking part.`,
      strength: STRENGTHS[n % 3]!,
      actors: ['United States', COUNTRIES[seed % COUNTRIES.length]!],
      time: `in ${2020 + (n % 8)}`,
    };
  });
}

function records(count: number, perStatement: number): StatementRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const round = Math.floor(i / 100);
    return {
      documentKey: `state.gov/statement-${i}`,
      url: `https://www.state.gov/statement-${i}/`,
      title: `Joint Statement on the United States-${country} Dialogue ${i}`,
      type: i % 4 === 0 ? 'Readout' : 'Joint Statement',
      date: `${2021 + (round % 5)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      office: 'Office of the Spokesperson',
      parties: ['United States', country],
      series: `united states ${country.toLowerCase()} dialogue ${i % 50}`,
      commitments: commitmentsFor(i, perStatement),
      countries: ['United States', country],
      entityKeys: ['United States', country],
      savedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    };
  });
}

async function run(count: number, perStatement: number): Promise<LibraryFigures> {
  const all = records(count, perStatement);
  const store = await LibraryStore.open({ name: `library-bench-${Math.random()}` });
  let started = performance.now();
  await store.importRecords(all);
  const fillMs = performance.now() - started;

  // The library page holds every record in memory; each keystroke or filter searches them.
  const loaded = await store.all();
  const queries = [
    { text: 'energy' },
    { country: 'Paraguay', strength: 'firm' as const },
    { text: 'working group minerals', strength: 'intent' as const },
    { text: 'zzz' },
    { country: 'Japan', text: 'maritime' },
    { strength: 'support' as const, text: 'health 2023' },
  ];
  const searchMs: number[] = [];
  const searchFloorMs: number[] = [];
  const prepared = loaded.flatMap((r) => r.commitments.map((c) => fold(c.text)));
  for (let round = 0; round < 10; round++) {
    for (const query of queries) {
      started = performance.now();
      searchCommitments(loaded, query, 200);
      searchMs.push(performance.now() - started);
      started = performance.now();
      const needle = fold(query.text ?? query.country ?? '');
      let hits = 0;
      for (const text of prepared) if (text.includes(needle) && ++hits >= 200) break;
      searchFloorMs.push(performance.now() - started);
    }
  }

  const sinceMs: number[] = [];
  const compareMs: number[] = [];
  for (let i = 0; i < 30; i++) {
    const key = `state.gov/statement-${4000 + i * 31}`;
    started = performance.now();
    const current = (await store.get(key))!;
    const previous = await store.previous(current);
    if (previous) sinceView(previous, current);
    sinceMs.push(performance.now() - started);
    const a = commitmentsFor(i, 40);
    const b = commitmentsFor(i + 1, 40);
    started = performance.now();
    compareCommitments(a, b);
    compareMs.push(performance.now() - started);
  }
  store.close();
  return { statements: count, commitments: count * perStatement, fillMs, searchMs, searchFloorMs, sinceMs, compareMs };
}

declare global {
  interface Window {
    dlLibraryBench: { run: typeof run };
  }
}
window.dlLibraryBench = { run };
