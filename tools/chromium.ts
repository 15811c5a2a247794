// Chromium with the extension loaded, driven by playwright-core: the one way
// the end-to-end suite and the demo's headless mode open a browser.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Requests Chromium makes by itself even with every flag below, whatever the
 * extension does (seen with no extension loaded): account and component
 * update checks, and in Chromium 150 a search-box prefetch and a device
 * check-in (seen with an empty extension loaded). Exact endpoints, so that
 * nothing else can hide behind them.
 */
export const BROWSER_OWN_REQUESTS = [
  'https://accounts.google.com/ListAccounts?',
  'https://www.google.com/async/folae?',
  'https://android.clients.google.com/checkin',
  'https://update.googleapis.com/service/update2/json?',
  'http://update.googleapis.com/service/update2/json?',
  'http://clients2.google.com/time/1/current?',
];

/**
 * Flags for a quiet, offline Chromium that resolves every hostname to the
 * fixture server, so pages load as their real hosts and nothing can leave
 * the machine: a request to any other host is logged by that server too.
 */
export function chromiumArgs({ extensionDir, port }: { extensionDir: string; port: number }): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The browser's own calls home (time, autofill, translation): off, so
    // what reaches the fixture server is the pages' and the extension's.
    // What Chromium still sends is listed in BROWSER_OWN_REQUESTS.
    '--disable-features=NetworkTimeServiceQuerying,Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
    '--disable-default-apps',
    '--disable-client-side-phishing-detection',
    '--disable-domain-reliability',
    '--no-pings',
  ];
}

export interface ChromiumLaunch {
  executablePath: string;
  extensionDir: string;
  port: number;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  /** The browser's id for the newest tab showing `url`, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** The part of the extension API used inside extension pages below. */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<{ url?: string } | undefined>;
  };
};

/**
 * Asks every tab's content script for its report and matches the URL: the
 * extension's own messaging, with no extra permission just for tests.
 */
async function findTabId(context: BrowserContext, extensionUrl: (path: string) => string, url: string): Promise<number> {
  const helper = await context.newPage();
  try {
    await helper.goto(extensionUrl('notes.html'));
    const id = await helper.evaluate(async (wanted: string) => {
      // The newest such tab (ids grow as tabs open): a test may open a URL an earlier one opened.
      let newest: number | null = null;
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const report = await chrome.tabs.sendMessage(tab.id, { type: 'dl/get-page-report' }).catch(() => null);
        if (report?.url === wanted && (newest === null || tab.id > newest)) newest = tab.id;
      }
      return newest;
    }, url);
    if (id === null) throw new Error(`No tab with a content script shows ${url}`);
    return id;
  } finally {
    await helper.close();
  }
}

/** Removes a browser profile, retrying while a helper process of the closed browser still writes to it. */
export function removeProfile(userDataDir: string): Promise<void> {
  return rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

export async function launchChromium({ executablePath, extensionDir, port, headless = true, viewport }: ChromiumLaunch): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'dl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    ignoreHTTPSErrors: true,
    viewport: viewport ?? { width: 1280, height: 900 },
    args: chromiumArgs({ extensionDir, port }),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    return {
      context,
      extensionId,
      extensionUrl,
      tabIdOf: (url) => findTabId(context, extensionUrl, url),
      close: async () => {
        await context.close();
        await removeProfile(userDataDir);
      },
    };
  } catch (error) {
    await context.close();
    await removeProfile(userDataDir);
    throw new Error(`The extension at ${extensionDir} did not start in Chromium: ${(error as Error).message}`);
  }
}
