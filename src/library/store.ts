// The statement library in the extension's database: one record per
// statement (by document key), found by series and date. A statement read
// again replaces its record. Failures are StorageErrors.

import type { IDBPDatabase } from 'idb';
import { asStorageWork, importAll, openDatabase, type OpenOptions, type Schema } from '../storage/database';
import type { StatementRecord } from './record';

/** Statements without a date sort as if read when they were saved. */
const sortDate = (record: StatementRecord) => record.date || record.savedAt.slice(0, 10);

/** The latest statement of `record`'s series before it, among `records`; null when it is the first. */
export function previousInSeries(record: StatementRecord, records: readonly StatementRecord[]): StatementRecord | null {
  if (!record.series) return null;
  let best: StatementRecord | null = null;
  for (const other of records) {
    if (other.documentKey === record.documentKey || other.series !== record.series || sortDate(other) >= sortDate(record)) continue;
    if (!best || sortDate(other) > sortDate(best)) best = other;
  }
  return best;
}

export class LibraryStore {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(options: OpenOptions = {}): Promise<LibraryStore> {
    return new LibraryStore(await openDatabase(options));
  }

  close(): void {
    this.db.close();
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    return asStorageWork(work);
  }


  put(record: StatementRecord): Promise<void> {
    return this.run(async () => {
      await this.db.put('statements', record);
    });
  }

  get(documentKey: string): Promise<StatementRecord | undefined> {
    return this.run(() => this.db.get('statements', documentKey));
  }

  /** "Forget this page". */
  delete(documentKey: string): Promise<void> {
    return this.run(() => this.db.delete('statements', documentKey));
  }

  /** "Clear library": every statement, none of the notes. */
  clear(): Promise<void> {
    return this.run(() => this.db.clear('statements'));
  }

  /** Every statement, newest first. */
  all(): Promise<StatementRecord[]> {
    return this.run(async () => (await this.db.getAll('statements')).sort((a, b) => sortDate(b).localeCompare(sortDate(a))));
  }

  /** The statement before this one in its series, if the library holds one. */
  previous(record: StatementRecord): Promise<StatementRecord | null> {
    return this.run(async () => (record.series ? previousInSeries(record, await this.db.getAllFromIndex('statements', 'bySeries', record.series)) : null));
  }

  /** Writes validated records in one transaction: all or nothing; a record already kept is replaced by the newer save. */
  importRecords(records: readonly StatementRecord[]): Promise<{ added: number; updated: number; unchanged: number }> {
    return this.run(() => importAll(this.db, 'statements', records, (record) => record.documentKey, (stored, record) => record.savedAt > stored.savedAt));
  }

}
