import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../messaging/messages';
import { loadPopupState, restrictionFor, tabIdFromSearch, type PopupDeps, type TabInfo } from './popup-state';

const report: PageReport = {
  status: 'annotated',
  url: 'https://www.state.gov/releases/x/',
  adapter: 'state-gov',
  statement: null,
  counts: { commitments: 0, entities: 0 },
};

function deps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return {
    getTab: vi.fn(async (id: number | null) => ({ id: id ?? 7, url: 'https://www.state.gov/releases/x/' })),
    sendToTab: vi.fn(async () => report),
    ...overrides,
  };
}

describe('tabIdFromSearch', () => {
  it('reads ?tab=ID and nothing else', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tab=')).toBeNull();
    expect(tabIdFromSearch('?tab=4x')).toBeNull();
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
  });
});

describe('restrictionFor', () => {
  it('names browser pages and web stores', () => {
    expect(restrictionFor('chrome://settings')).toMatch(/browser's own pages/);
    expect(restrictionFor('about:addons')).toMatch(/browser's own pages/);
    expect(restrictionFor('https://chromewebstore.google.com/detail/x')).toMatch(/add-on stores/);
    expect(restrictionFor('https://addons.mozilla.org/en-US/firefox/')).toMatch(/add-on stores/);
  });
  it('lets ordinary and unknown pages through', () => {
    expect(restrictionFor('https://www.state.gov/')).toBeNull();
    expect(restrictionFor(null)).toBeNull();
  });
});

describe('loadPopupState', () => {
  it('shows the report of the active tab', async () => {
    const d = deps();
    expect(await loadPopupState(null, d)).toEqual({ kind: 'report', tabId: 7, report });
    expect(d.sendToTab).toHaveBeenCalledWith(7, { type: 'dl/get-page-report' });
  });

  it('shows the tab named by ?tab=ID, asking it while it is looked up', async () => {
    let lookedUp: (tab: TabInfo) => void = () => undefined;
    const d = deps({ getTab: vi.fn(() => new Promise<TabInfo>((resolve) => (lookedUp = resolve))) });
    const state = loadPopupState(12, d);
    expect(d.sendToTab).toHaveBeenCalledWith(12, { type: 'dl/get-page-report' });
    lookedUp({ id: 12, url: 'https://www.state.gov/releases/x/' });
    expect(await state).toMatchObject({ kind: 'report', tabId: 12 });
    expect(d.sendToTab).toHaveBeenCalledTimes(1);
  });

  it('says why a named tab is restricted or closed, whatever it answered', async () => {
    const failing = { sendToTab: async () => Promise.reject(new Error('Could not establish connection')) };
    expect((await loadPopupState(3, deps({ ...failing, getTab: async () => ({ id: 3, url: 'chrome://settings/' }) }))).kind).toBe('restricted');
    expect(await loadPopupState(3, deps({ ...failing, getTab: async () => null }))).toEqual({ kind: 'error', message: 'Tab 3 is closed.' });
    expect(await loadPopupState(3, deps(failing))).toEqual({ kind: 'unavailable', tabId: 3, url: 'https://www.state.gov/releases/x/' });
  });

  it('explains a restricted active tab without asking it anything', async () => {
    const d = deps({ getTab: async () => ({ id: 1, url: 'chrome://extensions/' }) });
    expect((await loadPopupState(null, d)).kind).toBe('restricted');
    expect(d.sendToTab).not.toHaveBeenCalled();
  });

  it('reports a page without a content script as unavailable', async () => {
    const d = deps({ sendToTab: async () => Promise.reject(new Error('Could not establish connection')) });
    expect(await loadPopupState(null, d)).toEqual({ kind: 'unavailable', tabId: 7, url: 'https://www.state.gov/releases/x/' });
  });

  it('turns a closed tab, a failed lookup and a garbled answer into errors', async () => {
    expect(await loadPopupState(5, deps({ getTab: async () => null }))).toEqual({ kind: 'error', message: 'Tab 5 is closed.' });
    expect(await loadPopupState(null, deps({ getTab: async () => null }))).toEqual({ kind: 'error', message: 'There is no active tab.' });
    const failed = await loadPopupState(5, deps({ getTab: () => Promise.reject(new Error('No tab with id: 5')) }));
    expect(failed).toEqual({ kind: 'error', message: 'Could not find the tab: No tab with id: 5' });
    expect((await loadPopupState(null, deps({ sendToTab: async () => ({ status: 'annotated' }) }))).kind).toBe('error');
  });
});
