import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NON_OFFICIAL_REPRINT } from '../fixtures/urls';
import { startCdpSession, type CdpSession } from './harness';

// "Analyze this page" needs activeTab, which only a user's click on the
// toolbar button grants. The DevTools protocol's Extensions.triggerAction is
// that click; the popup it opens is then driven like the reader would.
describe('analysis on demand', () => {
  let session: CdpSession;
  beforeAll(async () => {
    session = await startCdpSession();
  });
  afterAll(() => session?.close());

  const evaluate = (sessionId: string, expression: string) => session.evaluate(sessionId, expression);

  async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('analyzes a page on a site that is not official when the reader asks in the popup', async () => {
    const { browser } = session;
    const { id } = (await browser.send('Extensions.loadUnpacked', { path: inject('chromeExtensionDir') })) as { id: string };
    const { targetId } = (await browser.send('Target.createTarget', { url: NON_OFFICIAL_REPRINT })) as { targetId: string };
    const { sessionId: pageSession } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    // The new target starts on about:blank (already "complete"): wait for the page itself.
    const loaded = `location.href === ${JSON.stringify(NON_OFFICIAL_REPRINT)} && document.readyState === 'complete'`;
    await waitFor(() => evaluate(pageSession, loaded) as Promise<boolean>, 'the page');
    expect(await evaluate(pageSession, "document.documentElement.getAttribute('data-diplomatic-lens')")).toBeNull();
    // The grant lasts until the tab navigates: let the page finish loading first (its favicon included).
    await new Promise((resolve) => setTimeout(resolve, 1000));

    // The action belongs to the tab, a target of its own above the page's.
    const tab = await waitFor(async () => {
      const { targetInfos } = (await browser.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      return targetInfos.find((t) => t.type === 'tab' && t.url === NON_OFFICIAL_REPRINT);
    }, 'the tab target');
    await browser.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    const popup = await waitFor(async () => {
      const { targetInfos } = (await browser.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${id}/popup.html`));
    }, 'the popup');
    const { sessionId: popupSession } = (await browser.send('Target.attachToTarget', { targetId: popup.targetId, flatten: true })) as { sessionId: string };
    const clickAnalyze = `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Analyze this page'); if (!b) return false; b.click(); return true; })()`;
    await waitFor(() => evaluate(popupSession, clickAnalyze) as Promise<boolean>, 'the Analyze button');

    const status = await waitFor(() => evaluate(pageSession, "document.documentElement.getAttribute('data-diplomatic-lens')") as Promise<string | null>, 'the analysis').catch(async (error) => {
      throw new Error(`${error.message}; the popup says: ${await evaluate(popupSession, 'document.body.innerHTML')}`);
    });
    expect(status).toBe('annotated');
    expect(Number(await evaluate(pageSession, "document.documentElement.getAttribute('data-dl-entities')"))).toBeGreaterThan(0);
    const heading = await waitFor(() => evaluate(popupSession, "document.querySelector('#report-title')?.textContent") as Promise<string>, 'the popup report');
    expect(heading.length).toBeGreaterThan(0);
  });
});
