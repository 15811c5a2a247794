// The reader's notes in the extension's database (src/storage/database.ts):
// add, change, find by statement, list, tag, delete, and import in one
// transaction. Failures come back as StorageError with a message for the
// reader; nothing is written half.

import type { IDBPDatabase } from 'idb';
import { asStorageWork, importAll, openDatabase, type OpenOptions, type Schema } from '../storage/database';
import { newer, type Note } from './note';

export class NotesStore {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(options: OpenOptions = {}): Promise<NotesStore> {
    return new NotesStore(await openDatabase(options));
  }

  close(): void {
    this.db.close();
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return asStorageWork(work);
  }


  /** Adds a note, or replaces the note with its id. */
  put(note: Note): Promise<void> {
    return this.run(async () => {
      await this.db.put('notes', note);
    });
  }

  get(id: string): Promise<Note | undefined> {
    return this.run(() => this.db.get('notes', id));
  }

  delete(id: string): Promise<void> {
    return this.run(() => this.db.delete('notes', id));
  }

  /** The notes on one statement, oldest first. */
  forDocument(documentKey: string): Promise<Note[]> {
    return this.run(async () => (await this.db.getAllFromIndex('notes', 'byDocument', documentKey)).sort((a, b) => a.created.localeCompare(b.created)));
  }

  /** Every note, most recently changed first. */
  all(): Promise<Note[]> {
    return this.run(async () => (await this.db.getAllFromIndex('notes', 'byUpdated')).reverse());
  }

  /** Every tag in use, once each, for completion. */
  tags(): Promise<string[]> {
    return this.run(async () => {
      const tags: string[] = [];
      let cursor = await this.db.transaction('notes').store.index('byTag').openKeyCursor(null, 'nextunique');
      while (cursor) {
        tags.push(cursor.key);
        cursor = await cursor.continue();
      }
      return tags;
    });
  }

  /**
   * Writes already-validated notes in one transaction: all or nothing. A
   * note whose id is stored already keeps the newer of the two versions.
   * Returns how many were added, replaced by a newer version, and kept.
   */
  importNotes(notes: readonly Note[]): Promise<{ added: number; updated: number; unchanged: number }> {
    return this.run(() => importAll(this.db, 'notes', notes, (note) => note.id, (stored, note) => newer(stored, note) === note));
  }

}

