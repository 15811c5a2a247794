import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { LibraryCommitment } from './compare';
import { dueCommitments } from './follow-ups';
import { searchCommitments, filterStatements } from './library-search';
import { statementRecord, type StatementRecord } from './record';
import { LibraryStore, previousInSeries } from './store';

const c = (text: string, strength: LibraryCommitment['strength'], time: string | null = null, actors = ['United States', 'Mongolia']): LibraryCommitment => ({ text, strength, actors, time });

function record(key: string, over: Partial<StatementRecord>): StatementRecord {
  return {
    documentKey: key,
    url: `https://www.state.gov/${key}/`,
    title: 'Joint Statement',
    type: 'Joint Statement',
    date: '2025-01-15',
    office: 'Office of the Spokesperson',
    parties: ['United States', 'Mongolia'],
    series: 'united states mongolia strategic dialogue',
    commitments: [],
    countries: ['Mongolia'],
    entityKeys: [],
    savedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const first = record('first', { date: '2025-01-15', commitments: [c('The two sides intend to convene the Critical Minerals Working Group in 2025.', 'intent', 'in 2025'), c('Mongolia will host the exercise by March 2025.', 'firm', 'by March 2025', ['Mongolia'])] });
const second = record('second', { date: '2026-01-20', commitments: [c('The two sides agreed to convene the Critical Minerals Working Group again.', 'firm')] });
const other = record('other', { series: 'united states japan 2+2 ministerial', date: '2025-06-01', countries: ['Japan'], parties: ['United States', 'Japan'], commitments: [c('Japan will expand maritime cooperation.', 'firm', null, ['Japan'])] });

describe('statementRecord', () => {
  it('keeps what the library needs from an analysis', () => {
    const text = 'The United States and Mongolia held the eighth Strategic Dialogue.\n\nThe two sides agreed to meet again in Ulaanbaatar in 2027.';
    const analysis = analyze(text, { url: 'https://www.state.gov/x/', title: 'Joint Statement on the Eighth U.S.-Mongolia Strategic Dialogue', docTypeLabel: 'Joint Statement', dateText: 'January 14, 2026' });
    const saved = statementRecord(analysis, text, 'https://2021-2025.state.gov/x/', new Date('2026-01-15T00:00:00Z'));
    expect(saved).toMatchObject({ documentKey: 'state.gov/x', series: 'united states mongolia strategic dialogue', date: '2026-01-14', type: 'Joint Statement', countries: ['United States', 'Mongolia'] });
    expect(saved.commitments).toEqual([{ text: 'The two sides agreed to meet again in Ulaanbaatar in 2027.', strength: 'firm', actors: analysis.commitments[0]!.actors, time: 'in 2027' }]);
  });
});

describe('the library', () => {
  it('finds the previous statement of a series', async () => {
    expect(previousInSeries(second, [first, second, other])).toBe(first);
    expect(previousInSeries(first, [first, second, other])).toBeNull();
    const store = await LibraryStore.open({ name: `library-${Math.random()}` });
    for (const r of [first, second, other]) await store.put(r);
    expect(await store.previous(second)).toEqual(first);
    expect((await store.all()).map((r) => r.documentKey)).toEqual(['second', 'other', 'first']);
    await store.delete('other');
    expect(await store.get('other')).toBeUndefined();
    await store.clear();
    expect(await store.all()).toEqual([]);
    store.close();
  });

  it('imports in one transaction, the newer save of a statement winning', async () => {
    const store = await LibraryStore.open({ name: `library-${Math.random()}` });
    await store.put({ ...first, savedAt: '2026-02-01T00:00:00.000Z' });
    const counts = await store.importRecords([{ ...first, title: 'older' }, second]);
    expect(counts).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect((await store.get('first'))!.title).toBe('Joint Statement');
    store.close();
  });

  it('searches commitments by words, country and strength, and statements by series and date', () => {
    const records = [first, second, other];
    expect(searchCommitments(records, { country: 'Japan', strength: 'firm' }).map((hit) => hit.commitment.text)).toEqual(['Japan will expand maritime cooperation.']);
    expect(searchCommitments(records, { text: 'critical minerals', strength: 'firm' }).map((hit) => hit.record.documentKey)).toEqual(['second']);
    expect(searchCommitments(records, { text: 'mongolia exercise' }).map((hit) => hit.index)).toEqual([1]);
    expect(filterStatements(records, { series: 'united states mongolia strategic dialogue', from: '2026-01-01' })).toEqual([second]);
  });

  it('lists commitments past due, and which a later round followed up', () => {
    const due = dueCommitments([first, second, other], '2026-02-01');
    expect(due.map((d) => [d.commitment.time, d.due, d.followedUpBy?.documentKey ?? null])).toEqual([
      ['by March 2025', '2025-03-31', null],
      ['in 2025', '2025-12-31', 'second'],
    ]);
    expect(dueCommitments([first], '2025-02-01')).toEqual([]);
  });
});
