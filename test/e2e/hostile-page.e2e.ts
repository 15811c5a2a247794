// A statement page whose own scripts misbehave, in real Chromium. Before the
// content script runs (document_idle), inline scripts in the page's <head>
// throw on load and replace, in the page's main world, the built-ins the
// content script uses: Array methods, Node and the tree walk, queries and
// attributes, CSS.highlights and Highlight, Range, MutationObserver, JSON,
// Promise.prototype.then, timers, events, String, RegExp, Map, Set, ...
// The content script lives in an isolated world, so none of that reaches
// it: the page must be annotated with the same counts as a clean copy of
// itself, painted with as many ranges, and left with the same text.
//
// Nothing here reads the hostile page through its own (sabotaged) world:
// Playwright's waitForSelector runs in its utility world, and every read
// goes through the DevTools protocol into a fresh isolated world, except
// the one check that the sabotage did run, which returns a plain string.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, startChromiumSession, startFirefoxSession, sum, type ChromiumSession, type FirefoxSession } from './harness';

const HOSTILE_STATEMENT =
  'https://www.state.gov/releases/office-of-the-spokesperson/2026/04/joint-statement-on-the-united-states-chile-ocean-and-antarctic-cooperation-dialogue/';
/** The same page where the content script does not run (not an official host): the page as its author made it. */
const UNWATCHED_COPY = 'https://news.example.org/2026/04/hostile-page-baseline/';

const HOSTILE_HTML = readFileSync(join(FIXTURE_ROOT, new URL(HOSTILE_STATEMENT).host, new URL(HOSTILE_STATEMENT).pathname, 'index.html'), 'utf8');
const CLEAN_HTML = HOSTILE_HTML.replace(/<!-- dl-hostile:start[\s\S]*?<!-- dl-hostile:end -->\n?/, '');

const HIGHLIGHTS = {
  commitments: ['dl-firm', 'dl-intent', 'dl-support'],
  entities: ['dl-person', 'dl-country', 'dl-organization', 'dl-place', 'dl-date', 'dl-instrument'],
};

interface PageState {
  status: string | null;
  commitments: string | null;
  entities: string | null;
  sizes: Record<string, number>;
  bodyText: string;
  bodyHtml: string;
}

const STATE_EXPRESSION = `(() => {
  const root = document.documentElement;
  const names = ${JSON.stringify([...HIGHLIGHTS.commitments, ...HIGHLIGHTS.entities])};
  const sizes = {};
  for (const name of names) sizes[name] = CSS.highlights.get(name)?.size ?? 0;
  return {
    status: root.getAttribute('data-diplomatic-lens'),
    commitments: root.getAttribute('data-dl-commitments'),
    entities: root.getAttribute('data-dl-entities'),
    sizes,
    bodyText: document.body.textContent,
    bodyHtml: document.body.innerHTML,
  };
})()`;

/** Evaluates `expression` in a fresh isolated world of the page's main frame, or in its main world. */
async function evaluate<T>(page: Page, expression: string, world: 'isolated' | 'main' = 'isolated'): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'dl-hostile-probe' }));
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
    if (exceptionDetails) throw new Error(`evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Status, highlight sizes and body, read from a world the page's scripts cannot touch. */
function readState(page: Page): Promise<PageState> {
  return evaluate<PageState>(page, STATE_EXPRESSION);
}

describe('a statement page whose own scripts sabotage the built-ins, in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(() => session?.close());

  /** Opens `url` and waits for the content script's mark; page errors are collected from the start. */
  async function openAndWait(url: string, marked = true) {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url);
    expect(response?.ok(), `${url} answered ${response?.status()}`).toBe(true);
    if (marked) await page.waitForSelector('html[data-diplomatic-lens]', { state: 'attached', timeout: 10_000 });
    return { page, errors };
  }

  it('annotates and paints it exactly like a clean copy, and leaves its text as it was', async () => {
    expect(CLEAN_HTML).not.toBe(HOSTILE_HTML);
    expect(CLEAN_HTML).not.toContain('<script');

    // The page as its author made it, where the extension does not run.
    session.server.setPage(UNWATCHED_COPY, CLEAN_HTML);
    const unwatched = await openAndWait(UNWATCHED_COPY, false);
    // Give a content script every chance to (wrongly) run before reading.
    await unwatched.page.waitForTimeout(1_000);
    const authored = await readState(unwatched.page);
    expect(authored.status).toBeNull();
    await unwatched.page.close();

    // A clean copy at the same URL.
    session.server.setPage(HOSTILE_STATEMENT, CLEAN_HTML);
    const clean = await openAndWait(HOSTILE_STATEMENT);
    const cleanState = await readState(clean.page);
    expect(clean.errors).toEqual([]);
    await clean.page.close();
    session.server.clearPages();

    expect(cleanState.status).toBe('annotated');
    expect(Number(cleanState.commitments)).toBeGreaterThan(3);
    expect(Number(cleanState.entities)).toBeGreaterThan(5);
    expect(sum(cleanState.sizes, HIGHLIGHTS.commitments)).toBe(Number(cleanState.commitments));
    expect(sum(cleanState.sizes, HIGHLIGHTS.entities)).toBe(Number(cleanState.entities));

    // The hostile page, from its fixture file.
    const hostile = await openAndWait(HOSTILE_STATEMENT);
    // Its scripts did run, and did break the page's own world.
    expect(hostile.errors).toEqual(
      expect.arrayContaining(['hostile page: inline script failed on load', 'hostile page: DOMContentLoaded handler failed', 'hostile page: load handler failed']),
    );
    const sabotage = await evaluate<string>(hostile.page, 'String(window.__hostileSabotage)', 'main');
    expect(sabotage).toMatch(/^done:\d+ failed:$/);
    expect(Number(sabotage.match(/done:(\d+)/)![1])).toBeGreaterThan(80);
    expect(await evaluate<string>(hostile.page, `(() => { try { [1].map((x) => x); return 'map works'; } catch { return 'map broken'; } })()`, 'main')).toBe('map broken');
    expect(await evaluate<string>(hostile.page, `String(CSS.highlights === null) + ' ' + MutationObserver.name + ' ' + typeof Node.prototype`, 'main')).toBe('true Broken object');

    const hostileState = await readState(hostile.page);
    expect(hostileState.status).toBe('annotated');
    expect({ commitments: hostileState.commitments, entities: hostileState.entities }).toEqual({ commitments: cleanState.commitments, entities: cleanState.entities });
    // Painted: the same ranges in every category as on the clean copy.
    expect(hostileState.sizes).toEqual(cleanState.sizes);
    // The body is exactly as the author made it, on both copies.
    expect(cleanState.bodyHtml).toBe(authored.bodyHtml);
    expect(hostileState.bodyHtml).toBe(authored.bodyHtml);
    expect(hostileState.bodyText).toBe(authored.bodyText);

    // The popup gets the same report from the content script.
    const popup = await session.openPopupFor(HOSTILE_STATEMENT);
    await expect.poll(() => popup.locator('#report-title').textContent()).toBe('Joint Statement on the United States-Chile Ocean and Antarctic Cooperation Dialogue');
    expect(await popup.getByTestId('commitment-count').textContent()).toBe(cleanState.commitments);
    expect(await popup.getByTestId('entity-count').textContent()).toBe(cleanState.entities);
    await popup.close();
    await hostile.page.close();
  });
});

describe('the same hostile page in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await startFirefoxSession();
  });
  afterAll(() => session?.close());

  /** Puppeteer's own sandbox of the main frame: Xray views of the page, out of reach of its scripts. */
  type Realm = { evaluate<T>(code: string): Promise<T> };
  const sandbox = (page: Awaited<ReturnType<FirefoxSession['open']>>) =>
    (page.mainFrame() as unknown as { isolatedRealm(): Realm }).isolatedRealm();

  /** Waits for the content script's mark, looking from the sandbox (Puppeteer's waitForSelector is broken by the page). */
  async function marked(page: Awaited<ReturnType<FirefoxSession['open']>>): Promise<void> {
    await expect
      .poll(() => sandbox(page).evaluate<string | null>(`document.documentElement.getAttribute('data-diplomatic-lens')`), { timeout: 10_000 })
      .not.toBeNull();
  }

  it('annotates and paints it like a clean copy, and leaves its text as it was', async () => {
    session.server.setPage(HOSTILE_STATEMENT, CLEAN_HTML);
    const clean = await session.open(HOSTILE_STATEMENT);
    await marked(clean);
    const cleanState = await sandbox(clean).evaluate<PageState>(STATE_EXPRESSION);
    await clean.close();
    session.server.clearPages();
    expect(cleanState.status).toBe('annotated');
    expect(Number(cleanState.commitments)).toBeGreaterThan(3);
    expect(sum(cleanState.sizes, HIGHLIGHTS.commitments)).toBe(Number(cleanState.commitments));
    expect(sum(cleanState.sizes, HIGHLIGHTS.entities)).toBe(Number(cleanState.entities));

    const hostile = await session.open(HOSTILE_STATEMENT);
    await marked(hostile);
    expect(await sandbox(hostile).evaluate<string>('String(window.wrappedJSObject.__hostileSabotage)')).toMatch(/^done:\d+ failed:$/);
    const hostileState = await sandbox(hostile).evaluate<PageState>(STATE_EXPRESSION);
    expect(hostileState).toEqual(cleanState);
    await hostile.close();
  });
});
