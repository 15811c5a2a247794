// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../notes/anchor';
import { exportJson } from '../notes/exchange';
import type { Note } from '../notes/note';
import { NotesStore } from '../notes/store';
import { NotesPage } from './NotesPage';

const TEXT = 'The two sides agreed to meet again in 2027 in Ulaanbaatar.';
function note(id: string, over: Partial<Note> = {}): Note {
  return {
    id,
    documentKey: 'state.gov/joint-statement',
    url: 'https://www.state.gov/joint-statement/',
    pageTitle: 'Joint Statement on Mongolia',
    selectors: describeSpan(TEXT, 14, 42),
    body: `note ${id}`,
    tags: [],
    color: 'yellow',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

async function mount(notes: Note[]) {
  const store = await NotesStore.open({ name: `page-${Math.random()}` });
  for (const n of notes) await store.put(n);
  const download = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(<NotesPage store={Promise.resolve(store)} download={download} now={() => new Date('2026-03-01T12:00:00Z')} />, host));
  await settle();
  return { host, store, download };
}

/** Lets the store's promises and Preact's renders finish. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
}

const button = (host: Element, name: RegExp | string) =>
  [...host.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''))) as HTMLButtonElement;
const ids = (host: Element) => [...host.querySelectorAll('.note-card[data-note-id]')].map((li) => li.getAttribute('data-note-id'));

afterEach(() => {
  document.body.textContent = '';
});

describe('NotesPage', () => {
  it('lists notes newest first, searches them and filters by tag and site', async () => {
    const { host } = await mount([
      note('a', { updated: '2026-01-02T00:00:00.000Z', tags: ['water'] }),
      note('b', { updated: '2026-01-05T00:00:00.000Z', body: 'Follow up with <b>MCC</b>', url: 'https://mn.usembassy.gov/x/' }),
    ]);
    expect(ids(host)).toEqual(['b', 'a']);
    expect(host.querySelector('b')).toBeNull();
    const search = host.querySelector('input[type="search"]') as HTMLInputElement;
    await act(async () => {
      search.value = 'mcc';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(ids(host)).toEqual(['b']);
    expect(host.querySelector('[data-testid="notes-count"]')?.textContent).toBe('1 of 2 notes');
    await act(async () => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const [tag, site] = [...host.querySelectorAll('select')] as HTMLSelectElement[];
    await act(async () => {
      tag!.value = 'water';
      tag!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids(host)).toEqual(['a']);
    await act(async () => {
      tag!.value = '';
      tag!.dispatchEvent(new Event('change', { bubbles: true }));
      site!.value = 'mn.usembassy.gov';
      site!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids(host)).toEqual(['b']);
  });

  it('links each note to its statement at the passage', async () => {
    const { host } = await mount([note('a')]);
    expect(host.querySelector('.note-card__title')?.getAttribute('href')).toBe('https://www.state.gov/joint-statement/#:~:text=agreed%20to%20meet%20again%20in%202027');
  });

  it('deletes with undo, and edits', async () => {
    const { host, store } = await mount([note('a'), note('b')]);
    await act(async () => button(host.querySelector('[data-note-id="a"]')!, 'Delete').click());
    await settle();
    expect(await store.get('a')).toBeUndefined();
    await act(async () => button(host, 'Undo').click());
    await settle();
    expect(await store.get('a')).toEqual(note('a'));
    await act(async () => button(host.querySelector('[data-note-id="b"]')!, 'Edit').click());
    const textarea = host.querySelector('.note-card__form textarea') as HTMLTextAreaElement;
    await act(async () => {
      textarea.value = 'changed';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button(host, 'Save').click());
    await settle();
    expect(await store.get('b')).toMatchObject({ body: 'changed', updated: '2026-03-01T12:00:00.000Z' });
  });

  it('exports what is shown, and imports a valid file', async () => {
    const { host, download, store } = await mount([note('a')]);
    await act(async () => button(host, /^Export JSON/).click());
    const [name, type, text] = download.mock.calls[0]!;
    expect([name, type]).toEqual(['diplomatic-lens-notes-2026-03-01.json', 'application/ld+json']);
    await store.delete('a');
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text as string], 'notes.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(host.querySelector('[data-testid="notes-status"]')?.textContent).toBe('Imported 1 notes: 1 new, 0 updated, 0 kept as they were (newer here).');
    expect(await store.get('a')).toEqual(note('a'));
  });

  it('names the problem of a bad import and writes nothing', async () => {
    const { host, store } = await mount([note('a')]);
    const bad = JSON.parse(exportJson([note('z')]));
    bad.items[0].target.selector = [{ type: 'CssSelector', value: 'p' }];
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(bad)], 'bad.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const status = host.querySelector('[role="alert"]');
    expect(status?.textContent).toMatch(/^Nothing was imported\. Annotation 1\.target\.selector\[0\]: is a "CssSelector"/);
    expect((await store.all()).map((n) => n.id)).toEqual(['a']);
  });
});
