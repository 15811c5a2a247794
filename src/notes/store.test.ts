import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSpan } from './anchor';
import type { Note } from './note';
import { StorageError } from '../storage/database';
import { NotesStore } from './store';

const TEXT = 'The two sides agreed to meet again in 2027 in Ulaanbaatar.';
let counter = 0;

function note(over: Partial<Note> = {}): Note {
  counter++;
  return {
    id: `note-${counter}`,
    documentKey: 'state.gov/joint-statement',
    url: 'https://www.state.gov/joint-statement/',
    pageTitle: 'Joint Statement',
    selectors: describeSpan(TEXT, 14, 28),
    body: 'Check the **date**.',
    tags: ['mongolia'],
    color: 'yellow',
    created: '2026-01-01T10:00:00.000Z',
    updated: '2026-01-01T10:00:00.000Z',
    ...over,
  };
}

const names: string[] = [];
const freshName = () => {
  const name = `notes-test-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
};
const stores: NotesStore[] = [];
const open = async (name: string, version?: number) => {
  const store = await NotesStore.open({ name, version });
  stores.push(store);
  return store;
};

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('NotesStore', () => {
  it('keeps notes, finds them by statement, newest change first overall, and deletes them', async () => {
    const store = await open(freshName());
    const a = note({ updated: '2026-01-02T00:00:00.000Z' });
    const b = note({ documentKey: 'state.gov/other', updated: '2026-01-03T00:00:00.000Z', tags: ['trade', 'mongolia'] });
    await store.put(a);
    await store.put(b);
    expect(await store.get(a.id)).toEqual(a);
    expect(await store.forDocument('state.gov/joint-statement')).toEqual([a]);
    expect((await store.all()).map((n) => n.id)).toEqual([b.id, a.id]);
    expect(await store.tags()).toEqual(['mongolia', 'trade']);
    await store.delete(a.id);
    expect(await store.get(a.id)).toBeUndefined();
  });

  it('loses nothing when two tabs add notes at the same moment', async () => {
    const name = freshName();
    const [first, second] = await Promise.all([open(name), open(name)]);
    const notes = Array.from({ length: 40 }, () => note());
    await Promise.all(notes.map((n, i) => (i % 2 ? first : second).put(n)));
    expect((await first.all()).length).toBe(40);
  });

  it('imports in one transaction, keeping the newer version of a note it already has', async () => {
    const store = await open(freshName());
    const old = note({ updated: '2026-01-01T00:00:00.000Z', body: 'old' });
    const kept = note({ updated: '2026-03-01T00:00:00.000Z', body: 'stored and newer' });
    await store.put(old);
    await store.put(kept);
    const counts = await store.importNotes([
      { ...old, body: 'new', updated: '2026-02-01T00:00:00.000Z' },
      { ...kept, body: 'imported but older', updated: '2026-02-01T00:00:00.000Z' },
      note({ body: 'brand new' }),
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await store.get(old.id))!.body).toBe('new');
    expect((await store.get(kept.id))!.body).toBe('stored and newer');
  });

  it('writes nothing of an import that fails part way', async () => {
    const store = await open(freshName());
    const good = note();
    // A note without its key path cannot be stored: the whole import is rolled back.
    const bad = { ...note(), id: undefined } as unknown as Note;
    await expect(store.importNotes([good, bad])).rejects.toBeInstanceOf(StorageError);
    expect(await store.all()).toEqual([]);
  });
});
