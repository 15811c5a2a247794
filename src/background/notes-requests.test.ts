import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteNote, isDeleteNote, isNotesForPage, isSaveNote, NOTE_TAGS, notesForPage, saveNote } from '../messaging/notes-messages';
import { describeSpan } from '../notes/anchor';
import type { Note } from '../notes/note';
import { NotesStore } from '../notes/store';
import { StorageError } from '../storage/database';
import { backgroundNotesClient } from '../page/notes-client';
import { NotesRequests } from './notes-requests';

const note: Note = {
  id: 'b6f0c7c2-9d1e-4f7a-8a55-0c2f7e9d1a11',
  documentKey: 'state.gov/joint-statement',
  url: 'https://2021-2025.state.gov/joint-statement/',
  pageTitle: 'Joint Statement',
  selectors: describeSpan('The two sides agreed to meet.', 4, 13),
  body: 'note',
  tags: ['trade'],
  color: 'yellow',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
};

/** The content script's client talking to the background's handlers, as runtime messaging would (a structured copy each way). */
function wired(requests: NotesRequests) {
  return backgroundNotesClient(async (message) => {
    const copy = structuredClone(message);
    if (isNotesForPage(copy)) return structuredClone(await requests.forPage(copy));
    if (isSaveNote(copy)) return structuredClone(await requests.save(copy));
    if (isDeleteNote(copy)) return structuredClone(await requests.delete(copy));
    if (JSON.stringify(copy) === JSON.stringify(NOTE_TAGS)) return structuredClone(await requests.tags());
    throw new Error('unexpected message');
  });
}

describe('notes through the background', () => {
  it('saves, finds by any URL of the statement, lists tags and deletes', async () => {
    const client = wired(new NotesRequests(() => NotesStore.open({ name: `requests-${Math.random()}` })));
    await client.save(note);
    expect(await client.forPage('https://www.state.gov/releases/office-of-the-spokesperson/2025/03/joint-statement/')).toEqual([note]);
    expect(await client.tags()).toEqual(['trade']);
    await client.delete(note.id);
    expect(await client.forPage(note.url)).toEqual([]);
  });

  it('answers with the store’s message when it cannot open, and tries again next time', async () => {
    let attempts = 0;
    const requests = new NotesRequests(async () => {
      attempts++;
      throw new StorageError('An older tab of Diplomatic Lens is holding the notes database', 'blocked');
    });
    expect(await requests.forPage(notesForPage(note.url))).toEqual({ ok: false, error: 'An older tab of Diplomatic Lens is holding the notes database' });
    await expect(wired(requests).save(note)).rejects.toThrow('holding the notes database');
    expect(attempts).toBe(2);
  });

  it('refuses malformed requests', () => {
    expect(isSaveNote(saveNote({ ...note, color: 'red' as never }))).toBe(false);
    expect(isSaveNote(saveNote({ ...note, selectors: { ...note.selectors, position: { type: 'TextPositionSelector', start: -1, end: 2 } } }))).toBe(false);
    expect(isDeleteNote(deleteNote('../../etc'))).toBe(false);
    expect(isNotesForPage({ type: 'dl/notes-for-page', url: 5 })).toBe(false);
  });
});
