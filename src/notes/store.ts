// The reader's notes in the extension's database (src/storage/database.ts):
// add, change, find by statement, list, tag, delete, and import in one
// transaction. Failures come back as StorageError with a message for the
// reader; nothing is written half.

import type { IDBPDatabase } from 'idb';
import { asStorageError, openDatabase, type OpenOptions, type Schema } from '../storage/database';
import { newer, type Note } from './note';

export class NotesStore {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(options: OpenOptions = {}): Promise<NotesStore> {
    return new NotesStore(await openDatabase(options));
  }

  close(): void {
    this.db.close();
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw asStorageError(error);
    }
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
    return this.run(async () => {
      const transaction = this.db.transaction('notes', 'readwrite');
      // Awaited below; on a failure the abort's rejection is expected, not unhandled.
      transaction.done.catch(() => undefined);
      const counts = { added: 0, updated: 0, unchanged: 0 };
      try {
        // Every read, then every write, issued at once: one transaction, no round trip per note.
        // Each request's failure is awaited through Promise.all, or dropped with the abort below.
        const quiet = <T>(request: Promise<T>) => (request.catch(() => undefined), request);
        const stored = await Promise.all(notes.map((note) => quiet(transaction.store.get(note.id))));
        const writes: Promise<unknown>[] = [];
        notes.forEach((note, index) => {
          const existing = stored[index];
          if (!existing) counts.added++;
          else if (newer(existing, note) === note) counts.updated++;
          else {
            counts.unchanged++;
            return;
          }
          writes.push(quiet(transaction.store.put(note)));
        });
        await Promise.all(writes);
      } catch (error) {
        // All or nothing: what this import wrote so far is rolled back.
        transaction.abort();
        throw error;
      }
      await transaction.done;
      return counts;
    });
  }
}

