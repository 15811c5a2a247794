// What the popup shows for a tab, decided from the tab and from what its
// content script answers. Pure apart from the two functions it is given, so
// every state can be tested without a browser.

import { getPageReport, isPageReport, type PageReport } from '../messaging/messages';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'unavailable'; tabId: number; url: string | null }
  | { kind: 'report'; tabId: number; report: PageReport }
  | { kind: 'error'; message: string };

export interface TabInfo {
  id: number;
  url: string | null;
}

export interface PopupDeps {
  /** The tab named by id, or the active tab of the current window when id is null. */
  getTab(id: number | null): Promise<TabInfo | null>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
}

/** The tab calls the popup makes, as both the polyfill and the browsers' own promise APIs offer them. */
export interface TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number; url?: string }>>;
  get(tabId: number): Promise<{ id?: number; url?: string }>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export function tabsDeps(tabs: TabsApi): PopupDeps {
  return {
    async getTab(id) {
      const tab = id === null ? (await tabs.query({ active: true, currentWindow: true }))[0] : await tabs.get(id);
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
    },
    sendToTab: (tabId, message) => tabs.sendMessage(tabId, message),
  };
}

/** The tab id in `?tab=<id>`, when the popup was opened in a full tab. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|file):/i;
const WEB_STORES = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;

/** Why no extension may read this URL, or null when one may. */
export function restrictionFor(url: string | null): string | null {
  if (!url) return null;
  if (WEB_STORES.test(url)) return 'Browsers do not let extensions read their add-on stores, to keep installs safe.';
  if (BROWSER_SCHEMES.test(url)) return "This is one of the browser's own pages, which extensions are not allowed to read.";
  return null;
}

export async function loadPopupState(tabIdParam: number | null, deps: PopupDeps): Promise<PopupState> {
  // A tab named by ?tab=ID is asked while it is looked up: one round trip
  // less before the report shows (a restricted page has no content script
  // to answer, so asking it is harmless).
  const named = tabIdParam === null ? null : settle(deps.sendToTab(tabIdParam, getPageReport()));
  let tab: TabInfo | null;
  try {
    tab = await deps.getTab(tabIdParam);
  } catch (error) {
    return { kind: 'error', message: `Could not find the tab: ${describe(error)}` };
  }
  if (!tab) {
    return { kind: 'error', message: tabIdParam === null ? 'There is no active tab.' : `Tab ${tabIdParam} is closed.` };
  }
  const reason = restrictionFor(tab.url);
  if (reason) return { kind: 'restricted', reason };
  const answer = await (named ?? settle(deps.sendToTab(tab.id, getPageReport())));
  // No content script answered: the page is not on an official site, or it
  // was opened before the extension was installed.
  if (!answer.ok) return { kind: 'unavailable', tabId: tab.id, url: tab.url };
  if (!isPageReport(answer.value)) return { kind: 'error', message: 'The page answered with something the popup does not understand.' };
  return { kind: 'report', tabId: tab.id, report: answer.value };
}

function settle(pending: Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false }> {
  return pending.then(
    (value) => ({ ok: true as const, value }),
    () => ({ ok: false as const }),
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
