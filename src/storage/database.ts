// The extension's one IndexedDB database (through idb): the reader's notes
// and the statement library. A versioned schema with an explicit upgrade
// step per version: UPGRADES[n] takes the database from version n to n + 1,
// so every path from version 1 runs the same steps (tests run each with data
// in it). Failures come back as StorageError with a message for the reader.

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StatementRecord } from '../library/record';
import type { Note } from '../notes/note';

export const DATABASE_NAME = 'diplomatic-lens';

export interface Schema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { byDocument: string; byTag: string; byUpdated: string };
  };
  statements: {
    key: string;
    value: StatementRecord;
    indexes: { bySeries: string; byDate: string; byCountry: string };
  };
}

type UpgradeTransaction = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;
export type Upgrade = (db: IDBPDatabase<Schema>, transaction: UpgradeTransaction) => void;

/** UPGRADES[n]: version n → n + 1. Append a step for a new version; never edit a shipped one. */
export const UPGRADES: readonly Upgrade[] = [
  // 0 → 1: the notes, indexed by statement, by tag and by last change.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byDocument', 'documentKey');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
    notes.createIndex('byUpdated', 'updated');
  },
  // 1 → 2: the statement library, by document key, indexed by series, date and the countries named.
  (db) => {
    const statements = db.createObjectStore('statements', { keyPath: 'documentKey' });
    statements.createIndex('bySeries', 'series');
    statements.createIndex('byDate', 'date');
    statements.createIndex('byCountry', 'countries', { multiEntry: true });
  },
];

export const DATABASE_VERSION = UPGRADES.length;

export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: 'blocked' | 'quota' | 'unavailable' | 'failed',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** A reader-facing error for what IndexedDB threw. */
export function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageError('Your browser is out of storage space for Diplomatic Lens: nothing was saved. Free some space, or export and delete old notes.', 'quota');
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageError('Diplomatic Lens cannot store anything here (a private window, or storage turned off for this browser): nothing was saved.', 'unavailable');
  }
  return new StorageError(`The extension’s database failed: ${error instanceof Error ? error.message : String(error)}`, 'failed');
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

/** How long an open waits on a blocking tab before saying so. */
const BLOCKED_WAIT_MS = 3000;

/**
 * Opens the database at `version`, running every upgrade step from the
 * version it is at. An older tab that keeps it open blocks the upgrade: after
 * `blockedWaitMs` the open fails with a message (and a connection that
 * arrives later is closed). A tab holding an old version closes it when a
 * newer one asks, so upgrades never wait on this code.
 */
export function openWithUpgrades(name: string, version: number, upgrades: readonly Upgrade[], blockedWaitMs: number): Promise<IDBPDatabase<Schema>> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failed = false;
    const opening = openDB<Schema>(name, version, {
      upgrade(db, oldVersion, newVersion, transaction) {
        for (let step = oldVersion; step < (newVersion ?? version); step++) upgrades[step]!(db, transaction);
      },
      blocked() {
        timer ??= setTimeout(() => {
          failed = true;
          reject(new StorageError('An older tab of Diplomatic Lens is holding its database: reload or close your other tabs of statement pages, then try again. Nothing was lost.', 'blocked'));
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

/** Opens the database (at the current version unless told otherwise), as a StorageError on failure. */
export async function openDatabase(options: OpenOptions = {}): Promise<IDBPDatabase<Schema>> {
  const upgrades = options.upgrades ?? UPGRADES;
  const version = options.version ?? upgrades.length;
  if (version > upgrades.length) throw new StorageError(`No upgrade step leads to version ${version} of the database.`, 'failed');
  if (!globalThis.indexedDB) throw new StorageError('This browser gives the extension no IndexedDB: nothing can be kept.', 'unavailable');
  try {
    return await openWithUpgrades(options.name ?? DATABASE_NAME, version, upgrades, options.blockedWaitMs ?? BLOCKED_WAIT_MS);
  } catch (error) {
    throw asStorageError(error);
  }
}

/**
 * Writes `items` into `store` in one transaction, all or nothing: every read
 * then every write issued at once (no round trip per item). An item whose
 * key is stored already replaces it only when `replaces(stored, item)`.
 */
export async function importAll<Name extends 'notes' | 'statements'>(
  db: IDBPDatabase<Schema>,
  store: Name,
  items: readonly Schema[Name]['value'][],
  keyOf: (item: Schema[Name]['value']) => string,
  replaces: (stored: Schema[Name]['value'], item: Schema[Name]['value']) => boolean,
): Promise<{ added: number; updated: number; unchanged: number }> {
  const transaction = db.transaction(store, 'readwrite');
  // Awaited below; on a failure the abort's rejection is expected, not unhandled.
  transaction.done.catch(() => undefined);
  // Each request's failure is awaited through Promise.all, or dropped with the abort below.
  const quiet = <T>(request: Promise<T>) => (request.catch(() => undefined), request);
  const counts = { added: 0, updated: 0, unchanged: 0 };
  try {
    const stored = await Promise.all(items.map((item) => quiet(transaction.store.get(keyOf(item)))));
    const writes: Promise<unknown>[] = [];
    items.forEach((item, index) => {
      const existing = stored[index];
      if (existing && !replaces(existing, item)) {
        counts.unchanged++;
        return;
      }
      if (existing) counts.updated++;
      else counts.added++;
      writes.push(quiet(transaction.store.put(item)));
    });
    await Promise.all(writes);
  } catch (error) {
    // All or nothing: what this import wrote so far is rolled back.
    transaction.abort();
    throw error;
  }
  await transaction.done;
  return counts;
}

/** Runs `work`, turning any failure into a StorageError for the reader. */
export async function asStorageWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageError(error);
  }
}
