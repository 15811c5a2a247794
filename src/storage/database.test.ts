import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { StatementRecord } from '../library/record';
import { describeSpan } from '../notes/anchor';
import type { Note } from '../notes/note';
import { asStorageError, DATABASE_VERSION, openDatabase, UPGRADES } from './database';

const freshName = () => `db-test-${Math.random()}`;

const note = (id: string): Note => ({
  id,
  documentKey: 'state.gov/x',
  url: 'https://www.state.gov/x/',
  pageTitle: 'x',
  selectors: describeSpan('The two sides agreed.', 4, 13),
  body: 'b',
  tags: ['t'],
  color: 'yellow',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
});

const record = (key: string): StatementRecord => ({
  documentKey: key,
  url: `https://www.state.gov/${key}/`,
  title: 'Joint Statement',
  type: 'Joint Statement',
  date: '2026-01-01',
  office: null,
  parties: ['United States'],
  series: 'united states mongolia strategic dialogue',
  commitments: [],
  countries: ['Mongolia'],
  entityKeys: [],
  savedAt: '2026-01-01T00:00:00.000Z',
});

/** What each version holds, written with that version's stores only. */
const SEED: Record<number, (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<unknown>> = {
  1: (db) => db.put('notes', note('n1')),
  2: (db) => db.put('statements', record('state.gov/s2')),
};

describe('database upgrades', () => {
  it('has one step per version', () => {
    expect(UPGRADES).toHaveLength(DATABASE_VERSION);
  });

  // Every path from an older version to the current one, with data in every store that version had.
  for (let from = 1; from <= DATABASE_VERSION; from++) {
    it(`opens a version ${from} database with data in it at version ${DATABASE_VERSION} and loses nothing`, async () => {
      const name = freshName();
      const old = await openDatabase({ name, version: from });
      for (let version = 1; version <= from; version++) await SEED[version]!(old);
      old.close();
      const db = await openDatabase({ name });
      expect(db.version).toBe(DATABASE_VERSION);
      expect((await db.getAll('notes')).map((n) => n.id)).toEqual(['n1']);
      expect((await db.getAll('statements')).map((s) => s.documentKey)).toEqual(from >= 2 ? ['state.gov/s2'] : []);
      expect([...db.transaction('notes').store.indexNames].sort()).toEqual(['byDocument', 'byTag', 'byUpdated']);
      expect([...db.transaction('statements').store.indexNames].sort()).toEqual(['byCountry', 'byDate', 'bySeries']);
      db.close();
    });
  }

  it('says so, and changes nothing, when an older tab holds the database open', async () => {
    const name = freshName();
    // An old tab: a raw connection at version 1 that does not close when asked.
    const holder = await openDB(name, 1, { upgrade: (db, _old, _new, tx) => UPGRADES[0]!(db as never, tx as never) });
    const attempt = openDatabase({ name, blockedWaitMs: 50 });
    await expect(attempt).rejects.toMatchObject({ reason: 'blocked' });
    expect(holder.version).toBe(1);
    holder.close();
    // Once the old tab is gone, the upgrade goes through.
    const db = await openDatabase({ name });
    expect(db.version).toBe(DATABASE_VERSION);
    db.close();
  });

  it('refuses a version no step leads to', async () => {
    await expect(openDatabase({ name: freshName(), version: DATABASE_VERSION + 1 })).rejects.toMatchObject({ reason: 'failed' });
  });
});

describe('errors for the reader', () => {
  it('explain a full disk, a private window and anything else', () => {
    expect(asStorageError(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(asStorageError(new DOMException('no', 'InvalidStateError')).message).toMatch(/private window/);
    expect(asStorageError(new Error('boom')).message).toBe('The extension’s database failed: boom');
  });
});
