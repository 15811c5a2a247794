import { describe, expect, it } from 'vitest';
import { describeSpan } from './anchor';
import type { Note } from './note';
import { searchNotes } from './search';

function note(id: string, over: Partial<Note>): Note {
  const text = over.selectors?.quote.exact ?? 'agreed to meet again';
  return {
    id,
    documentKey: 'k',
    url: 'https://www.state.gov/x/',
    pageTitle: 'Joint Statement',
    selectors: describeSpan(text, 0, text.length),
    body: '',
    tags: [],
    color: 'yellow',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const notes = [
  note('a', { body: 'Follow up with the Münster office', tags: ['germany'] }),
  note('b', { pageTitle: 'Readout of the Mongolia call', url: 'https://2021-2025.state.gov/readout/', updated: '2026-02-10T09:00:00.000Z' }),
  note('c', { selectors: describeSpan('pledged $5 million for health', 0, 29), url: 'https://mn.usembassy.gov/x/', tags: ['health', 'mongolia'] }),
];
const ids = (found: Note[]) => found.map((n) => n.id);

describe('searchNotes', () => {
  it('matches every word in note, quote, title or tags, whatever the case and accents', () => {
    expect(ids(searchNotes(notes, { text: 'munster FOLLOW' }))).toEqual(['a']);
    expect(ids(searchNotes(notes, { text: 'mongolia' }))).toEqual(['b', 'c']);
    expect(ids(searchNotes(notes, { text: '$5 health' }))).toEqual(['c']);
    expect(ids(searchNotes(notes, { text: 'mongolia germany' }))).toEqual([]);
    expect(ids(searchNotes(notes, {}))).toEqual(['a', 'b', 'c']);
  });

  it('filters by tag, site (archives included) and date', () => {
    expect(ids(searchNotes(notes, { tag: 'health' }))).toEqual(['c']);
    expect(ids(searchNotes(notes, { site: 'state.gov' }))).toEqual(['a', 'b']);
    expect(ids(searchNotes(notes, { site: 'www.mn.usembassy.gov' }))).toEqual(['c']);
    expect(ids(searchNotes(notes, { from: '2026-02-01' }))).toEqual(['b']);
    expect(ids(searchNotes(notes, { to: '2026-01-31', text: 'mongolia' }))).toEqual(['c']);
  });
});
