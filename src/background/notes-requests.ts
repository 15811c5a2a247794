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

  async forPage(request: NotesForPage): Promise<NotesResult> {
    try {
      return { ok: true, notes: await this.withStore((store) => store.forDocument(documentKey(request.url))) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  async save(request: SaveNote): Promise<WriteResult> {
    try {
      await this.withStore((store) => store.put(request.note));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  async delete(request: DeleteNote): Promise<WriteResult> {
    try {
      await this.withStore((store) => store.delete(request.id));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  async tags(): Promise<TagsResult> {
    try {
      return { ok: true, tags: await this.withStore((store) => store.tags()) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }
}
