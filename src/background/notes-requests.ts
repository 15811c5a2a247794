// The background's side of the notes messages: the store, opened on first
// use and kept open, answering content scripts. Failures come back as the
// store's reader-facing messages.

import type { DeleteNote, NotesForPage, NotesResult, SaveNote, TagsResult, WriteResult } from '../messaging/notes-messages';
import { documentKey } from '../notes/document-key';
import { NotesStore } from '../notes/store';
import { asStorageError } from '../storage/database';

export class NotesRequests {
  private store: Promise<NotesStore> | null = null;

  constructor(private readonly open: () => Promise<NotesStore> = () => NotesStore.open()) {}

  private async withStore<T>(work: (store: NotesStore) => Promise<T>): Promise<T> {
    this.store ??= this.open();
    try {
      return await work(await this.store);
    } catch (error) {
      // A failed open is tried again next time (the blocking tab may be gone).
      if (await this.store.then(() => false, () => true)) this.store = null;
      throw asStorageError(error);
    }
  }

  forPage(request: NotesForPage): Promise<NotesResult> {
    return this.answer(async (store) => ({ ok: true, notes: await store.forDocument(documentKey(request.url)) }));
  }

  save(request: SaveNote): Promise<WriteResult> {
    return this.answer(async (store) => (await store.put(request.note), { ok: true }));
  }

  delete(request: DeleteNote): Promise<WriteResult> {
    return this.answer(async (store) => (await store.delete(request.id), { ok: true }));
  }

  tags(): Promise<TagsResult> {
    return this.answer(async (store) => ({ ok: true, tags: await store.tags() }));
  }

  /** The store's work as an answer: its result, or the reader-facing message of its failure. */
  private async answer<T>(work: (store: NotesStore) => Promise<T>): Promise<T | { ok: false; error: string }> {
    try {
      return await this.withStore(work);
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }
}
