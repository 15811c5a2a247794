// The notes database (IndexedDB through idb). One database, a versioned
// schema, and an explicit upgrade step per version: UPGRADES[n] takes a
// database from version n to n + 1, so every path from version 1 runs the
// same steps (tests run each with data in it). Failures come back as
// NotesError with a message for the reader; nothing is written half.

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { newer, type Note } from './note';

export const DATABASE_NAME = 'diplomatic-lens';

interface NotesSchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { byDocument: string; byTag: string; byUpdated: string };
  };
}

type UpgradeTransaction = IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], 'versionchange'>;
export type Upgrade = (db: IDBPDatabase<NotesSchema>, transaction: UpgradeTransaction) => void;

/** UPGRADES[n]: version n → n + 1. Append a step for a new version; never edit a shipped one. */
export const UPGRADES: readonly Upgrade[] = [
  // 0 → 1: the notes, indexed by statement, by tag and by last change.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byDocument', 'documentKey');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
    notes.createIndex('byUpdated', 'updated');
  },
];

export const DATABASE_VERSION = UPGRADES.length;

export class NotesError extends Error {
  constructor(
    message: string,
    readonly reason: 'blocked' | 'quota' | 'unavailable' | 'failed',
  ) {
    super(message);
    this.name = 'NotesError';
  }
}

/** A reader-facing error for what IndexedDB threw. */
export function asNotesError(error: unknown): NotesError {
  if (error instanceof NotesError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new NotesError('Your browser is out of storage space for notes: nothing was saved. Free some space, or export and delete old notes.', 'quota');
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new NotesError('Notes cannot be stored here (a private window, or storage turned off for this browser): nothing was saved.', 'unavailable');
  }
  return new NotesError(`The notes database failed: ${error instanceof Error ? error.message : String(error)}`, 'failed');
}

export interface OpenOptions {
  name?: string;
  /** For tests of the upgrade path: open at an older version. */
  version?: number;
  /** For tests of a future upgrade: the steps to run (UPGRADES and more). */
  upgrades?: readonly Upgrade[];
  /** How long to wait on a tab that blocks an upgrade before saying so, ms. */
  blockedWaitMs?: number;
}

export class NotesStore {
  private constructor(private readonly db: IDBPDatabase<NotesSchema>) {}

  static async open(options: OpenOptions = {}): Promise<NotesStore> {
    const upgrades = options.upgrades ?? UPGRADES;
    const version = options.version ?? upgrades.length;
    if (version > upgrades.length) throw new NotesError(`No upgrade step leads to version ${version} of the notes database.`, 'failed');
    if (!globalThis.indexedDB) throw new NotesError('This browser gives the extension no IndexedDB: notes cannot be kept.', 'unavailable');
    try {
      return new NotesStore(await openWithUpgrades(options.name ?? DATABASE_NAME, version, upgrades, options.blockedWaitMs ?? BLOCKED_WAIT_MS));
    } catch (error) {
      throw asNotesError(error);
    }
  }

  close(): void {
    this.db.close();
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw asNotesError(error);
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
        const stored = await Promise.all(notes.map((note) => transaction.store.get(note.id)));
        const writes: Promise<unknown>[] = [];
        notes.forEach((note, index) => {
          const existing = stored[index];
          if (!existing) counts.added++;
          else if (newer(existing, note) === note) counts.updated++;
          else {
            counts.unchanged++;
            return;
          }
          writes.push(transaction.store.put(note));
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

/** How long an open waits on a blocking tab before saying so. */
const BLOCKED_WAIT_MS = 3000;

/**
 * Opens the database at `version`, running every upgrade step from the
 * version it is at. An older tab that keeps it open blocks the upgrade: after
 * `blockedWaitMs` the open fails with a message (and a connection that
 * arrives later is closed). A tab holding an old version closes it when a
 * newer one asks, so upgrades never wait on this code.
 */
function openWithUpgrades(name: string, version: number, upgrades: readonly Upgrade[], blockedWaitMs: number): Promise<IDBPDatabase<NotesSchema>> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failed = false;
    const opening = openDB<NotesSchema>(name, version, {
      upgrade(db, oldVersion, newVersion, transaction) {
        for (let step = oldVersion; step < (newVersion ?? version); step++) upgrades[step]!(db, transaction);
      },
      blocked() {
        timer ??= setTimeout(() => {
          failed = true;
          reject(new NotesError('An older tab of Diplomatic Lens is holding the notes database: reload or close your other tabs of statement pages, then try again. Nothing was lost.', 'blocked'));
        }, blockedWaitMs);
      },
      blocking() {
        void opening.then((db) => db.close());
      },
    });
    opening.then(
      (db) => {
        clearTimeout(timer);
        if (failed) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
