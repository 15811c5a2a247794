// The one helper every end-to-end test uses: fixture pages served over HTTPS
// as their real hosts, and a real browser with the extension loaded on them.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { inject } from 'vitest';
import { ROOT } from '../../tools/build';
import { launchWithCdpPipe, type CdpBrowser } from '../../tools/cdp-pipe';
import { chromiumArgs, launchChromium, removeProfile } from '../../tools/chromium';
import { launchFirefox } from '../../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';

/** The total of the named entries of a count table (highlight sizes by name). */
export const sum = (sizes: Record<string, number>, names: readonly string[]) => names.reduce((total, name) => total + (sizes[name] ?? 0), 0);

export const FIXTURE_ROOT = join(ROOT, 'test', 'fixtures', 'sites');

/** How long the content script may take to mark a page before a test fails. */
const STATUS_TIMEOUT_MS = 10_000;

export interface PageStatusAttributes {
  status: string | null;
  commitments: string | null;
  entities: string | null;
}

const readStatus = (): PageStatusAttributes => ({
  status: document.documentElement.getAttribute('data-diplomatic-lens'),
  commitments: document.documentElement.getAttribute('data-dl-commitments'),
  entities: document.documentElement.getAttribute('data-dl-entities'),
});

export interface ChromiumSession {
  server: FixtureServer;
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  /** Opens a fixture URL and waits until the content script has marked it. */
  openStatement(url: string): Promise<{ page: Page; status: PageStatusAttributes }>;
  /** Opens a URL and waits for it to load; the content script may or may not run. */
  open(url: string): Promise<Page>;
  /** The browser's id for the newest tab showing `url`, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
  /** popup.html?tab=ID for the newest tab showing `url`. */
  openPopupFor(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startChromiumSession(): Promise<ChromiumSession> {
  const server = await startFixtureServer({ root: FIXTURE_ROOT, ...inject('tls') });
  const browser = await launchChromium({
    executablePath: inject('chromiumPath'),
    extensionDir: inject('chromeExtensionDir'),
    port: server.port,
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const { context, extensionId, extensionUrl, tabIdOf } = browser;

  const open = async (url: string) => {
    const page = await context.newPage();
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}: is there a fixture for it?`);
    return page;
  };

  return {
    server,
    context,
    extensionId,
    extensionUrl,
    open,
    async openStatement(url) {
      const page = await open(url);
      await page.waitForSelector('html[data-diplomatic-lens]', { state: 'attached', timeout: STATUS_TIMEOUT_MS });
      return { page, status: await page.evaluate(readStatus) };
    },
    tabIdOf,
    async openPopupFor(url) {
      const tabId = await tabIdOf(url);
      const popup = await context.newPage();
      await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
      return popup;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface FirefoxSession {
  server: FixtureServer;
  open(url: string): Promise<PuppeteerPage>;
  openStatement(url: string): Promise<{ page: PuppeteerPage; status: PageStatusAttributes }>;
  close(): Promise<void>;
}

export async function startFirefoxSession(): Promise<FirefoxSession> {
  const server = await startFixtureServer({ root: FIXTURE_ROOT, ...inject('tls') });
  const firefox = await launchFirefox({
    executablePath: inject('firefoxPath'),
    extensionDir: inject('firefoxExtensionDir'),
    proxyPort: server.proxyPort,
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const open = async (url: string) => {
    const page = await firefox.browser.newPage();
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}: is there a fixture for it?`);
    return page;
  };
  return {
    server,
    open,
    async openStatement(url) {
      const page = await open(url);
      await page.waitForSelector('html[data-diplomatic-lens]', { timeout: STATUS_TIMEOUT_MS });
      return { page, status: await page.evaluate(readStatus) };
    },
    async close() {
      await firefox.close();
      await server.close();
    },
  };
}

export interface CdpSession {
  server: FixtureServer;
  browser: CdpBrowser;
  /** Runs `expression` in the page or extension page attached as `sessionId`, returning its value. */
  evaluate(sessionId: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Chromium driven over the DevTools protocol directly, with no extension
 * loaded at launch: for loading it with Extensions.loadUnpacked (the demo's
 * path for branded Chrome) and clicking its toolbar button with
 * Extensions.triggerAction (which grants activeTab, as a reader's click does).
 */
export async function startCdpSession(): Promise<CdpSession> {
  const server = await startFixtureServer({ root: FIXTURE_ROOT, ...inject('tls') });
  const userDataDir = await mkdtemp(join(tmpdir(), 'dl-cdp-'));
  const args = chromiumArgs({ extensionDir: inject('chromeExtensionDir'), port: server.port }).filter(
    (arg) => !arg.startsWith('--load-extension') && !arg.startsWith('--disable-extensions-except'),
  );
  const browser = launchWithCdpPipe(inject('chromiumPath'), [...args, '--headless', `--user-data-dir=${userDataDir}`, 'about:blank'], 'ignore');
  return {
    server,
    browser,
    async evaluate(sessionId, expression) {
      const { result } = (await browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as {
        result: { value: unknown };
      };
      return result.value;
    },
    async close() {
      await browser.close();
      await server.close();
      await removeProfile(userDataDir);
    },
  };
}
