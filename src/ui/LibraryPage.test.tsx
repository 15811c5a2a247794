// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportLibraryJson } from '../library/exchange';
import type { StatementRecord } from '../library/record';
import { sinceView } from '../library/since';
import { LibraryStore } from '../library/store';
import { LibraryPage } from './LibraryPage';
import { SinceSection } from './SinceSection';

function record(key: string, over: Partial<StatementRecord>): StatementRecord {
  return {
    documentKey: key,
    url: `https://www.state.gov/${key}/`,
    title: `Statement ${key}`,
    type: 'Joint Statement',
    date: '2025-02-10',
    office: null,
    parties: ['United States', 'Paraguay'],
    series: 'united states paraguay strategic dialogue',
    commitments: [],
    countries: ['Paraguay'],
    entityKeys: [],
    savedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}
const first = record('first', { commitments: [{ text: 'The two sides intend to open a trade office in 2025.', strength: 'intent', actors: ['United States', 'Paraguay'], time: 'in 2025' }] });
const second = record('second', { date: '2026-02-12', commitments: [{ text: 'The two sides agreed to open a trade office this spring.', strength: 'firm', actors: ['United States', 'Paraguay'], time: 'this spring' }] });
const japan = record('japan', { series: '', countries: ['Japan'], parties: ['United States', 'Japan'], commitments: [{ text: 'Japan will expand maritime patrols.', strength: 'firm', actors: ['Japan'], time: null }] });

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
}

async function mount(records: StatementRecord[], enabled = true) {
  const store = await LibraryStore.open({ name: `library-page-${Math.random()}` });
  for (const r of records) await store.put(r);
  const setting = { get: vi.fn(async () => enabled), set: vi.fn(async () => undefined) };
  const download = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(<LibraryPage store={Promise.resolve(store)} setting={setting} download={download} now={() => new Date('2026-03-01T00:00:00Z')} />, host));
  await settle();
  return { host, store, setting, download };
}

const select = async (host: Element, label: string, value: string) => {
  const element = [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('select, input') as HTMLSelectElement;
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event(element.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
};
const button = (host: Element, name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name)) as HTMLButtonElement;

afterEach(() => {
  document.body.textContent = '';
});

describe('LibraryPage', () => {
  it('searches commitments by country and strength, and lists what is due with its follow-up', async () => {
    const { host } = await mount([first, second, japan]);
    expect(host.querySelectorAll('[data-document-key]')).toHaveLength(3);
    await select(host, 'Country', 'Japan');
    await select(host, 'Strength', 'firm');
    expect([...host.querySelectorAll('[data-testid="commitment-hits"] li a')].map((a) => a.textContent)).toEqual(['Japan will expand maritime patrols.']);
    expect(host.querySelector('[data-testid="due"] li')?.textContent).toContain('followed up in “Statement second”');
  });

  it('forgets a page, turns the library off, and clears it', async () => {
    const { host, store, setting } = await mount([first, japan]);
    await act(async () => button(host.querySelector('[data-document-key="japan"]')!, 'Forget this page').click());
    await settle();
    expect(await store.get('japan')).toBeUndefined();
    const toggle = host.querySelector('.setting input') as HTMLInputElement;
    await act(async () => toggle.click());
    expect(setting.set).toHaveBeenCalledWith(false);
    globalThis.confirm = () => true;
    await act(async () => button(host, 'Clear library').click());
    await settle();
    expect(await store.all()).toEqual([]);
  });

  it('imports a valid export and names the problem of a bad one, writing nothing', async () => {
    const { host, store } = await mount([]);
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"format": "other"}'], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Nothing was imported. The file is JSON, but not a Diplomatic Lens library export.');
    expect(await store.all()).toEqual([]);
    Object.defineProperty(input, 'files', { value: [new File([exportLibraryJson([first, second])], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await store.all()).map((r) => r.documentKey)).toEqual(['second', 'first']);
  });
});

describe('SinceSection', () => {
  it('shows the previous round and each kind of change', () => {
    const host = document.createElement('div');
    document.body.append(host);
    act(() => render(<SinceSection since={sinceView(first, second)} />, host));
    expect(host.querySelector('h2')?.textContent).toBe('Since February 10, 2025');
    expect(host.querySelector('[data-testid="since-strengthened"] li')?.textContent).toContain('Intent → Firm');
    expect(host.querySelector('[data-testid="since-added"]')).toBeNull();
  });
});
