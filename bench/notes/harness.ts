// The in-page side of the notes bench: bundled by esbuild into one IIFE and
// run in a plain Chromium tab, so the store works on the browser's real
// IndexedDB. It exposes window.dlNotesBench; bench/notes.ts drives it.

import { anchor, describeSpan } from '../../src/notes/anchor';
import { documentKey } from '../../src/notes/document-key';
import { exportJson, parseImport } from '../../src/notes/exchange';
import type { Note } from '../../src/notes/note';
import { fold, searchNotes } from '../../src/notes/search';
import { NotesStore } from '../../src/notes/store';

export interface NotesFigures {
  notes: number;
  fillMs: number;
  /** Opening the database and reading one statement's notes, then placing them in its text. */
  openMs: number;
  pageNotesMs: number[];
  pageNotesFloorMs: number[];
  placeMs: number[];
  perPage: number;
  searchMs: number[];
  searchFloorMs: number[];
  exportMs: number;
  exportBytes: number;
  importMs: number;
}

const WORDS = 'agreed cooperation security dialogue energy minerals health trade water education climate maritime sanctions partnership investment'.split(' ');
/** A statement-sized text (about 8 KB) of varied sentences, the same every run. */
function statementText(): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentences: string[] = [];
  while (sentences.join(' ').length < 8000) {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    sentences.push(`The two sides ${words.join(' ')} in ${2020 + Math.floor(next() * 10)}.`);
  }
  return sentences.join(' ');
}

function syntheticNotes(count: number, perPage: number, text: string): Note[] {
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const page = Math.floor(i / perPage);
    const start = (i * 37) % (text.length - 80);
    const time = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    const url = `https://www.state.gov/releases/office-of-the-spokesperson/2025/01/statement-${page}/`;
    notes.push({
      id: crypto.randomUUID(),
      documentKey: documentKey(url),
      url,
      pageTitle: `Joint Statement number ${page} on ${WORDS[page % WORDS.length]}`,
      selectors: describeSpan(text, start, start + 60),
      body: `Note ${i}: follow up on ${WORDS[i % WORDS.length]} and ${WORDS[(i * 7) % WORDS.length]} with the desk.`,
      tags: [WORDS[i % 5]!, WORDS[(i + 3) % 11]!],
      color: 'yellow',
      created: time,
      updated: time,
    });
  }
  return notes;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

async function run(count: number, perPage: number): Promise<NotesFigures> {
  const text = statementText();
  const notes = syntheticNotes(count, perPage, text);
  const name = `bench-${Math.random()}`;
  let started = performance.now();
  let store = await NotesStore.open({ name });
  await store.importNotes(notes);
  const fillMs = performance.now() - started;
  store.close();

  // A statement opened: the database opened (as the background does once), its notes read and placed.
  started = performance.now();
  store = await NotesStore.open({ name });
  const openMs = performance.now() - started;
  const pageNotesMs: number[] = [];
  const pageNotesFloorMs: number[] = [];
  const placeMs: number[] = [];
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (let i = 0; i < 30; i++) {
    const key = documentKey(`https://www.state.gov/statement-${(i * 13) % Math.ceil(count / perPage)}/`);
    started = performance.now();
    const found = await store.forDocument(key);
    pageNotesMs.push(performance.now() - started);
    started = performance.now();
    for (const note of found) anchor(text, note.selectors);
    placeMs.push(performance.now() - started);
    // Floor: the same index read with the bare IndexedDB API.
    started = performance.now();
    await new Promise((resolve) => {
      const request = raw.transaction('notes').objectStore('notes').index('byDocument').getAll(key);
      request.onsuccess = resolve;
    });
    pageNotesFloorMs.push(performance.now() - started);
  }
  raw.close();

  // Search: what the notes page does per keystroke, over every note; floor: one includes() per note on prepared text.
  const all = await store.all();
  const queries = ['water', 'energy desk', 'minerals follow', 'number 17', 'zzz', 'security health', 'note 9', 'sanctions', 'trade with', 'climate'];
  const searchMs: number[] = [];
  const searchFloorMs: number[] = [];
  const prepared = all.map((note) => fold(`${note.body}\n${note.selectors.quote.exact}\n${note.pageTitle}\n${note.tags.join(' ')}`));
  for (let round = 0; round < 5; round++) {
    for (const text of queries) {
      started = performance.now();
      searchNotes(all, { text });
      searchMs.push(performance.now() - started);
      started = performance.now();
      const needle = fold(text);
      let hits = 0;
      for (const haystack of prepared) if (haystack.includes(needle)) hits++;
      searchFloorMs.push(performance.now() - started + hits * 0);
    }
  }

  started = performance.now();
  const json = exportJson(all);
  const exportMs = performance.now() - started;
  await store.importNotes([]); // warm
  const emptyName = `bench-import-${Math.random()}`;
  const target = await NotesStore.open({ name: emptyName });
  started = performance.now();
  await target.importNotes(parseImport(json));
  const importMs = performance.now() - started;
  target.close();
  store.close();
  return {
    notes: count,
    fillMs,
    openMs,
    pageNotesMs,
    pageNotesFloorMs,
    placeMs,
    perPage,
    searchMs,
    searchFloorMs,
    exportMs,
    exportBytes: json.length,
    importMs,
  };
}

declare global {
  interface Window {
    dlNotesBench: { run: typeof run; percentile: typeof percentile };
  }
}
window.dlNotesBench = { run, percentile };
