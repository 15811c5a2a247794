import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, sum, type ChromiumSession } from './harness';
import { CURRENT_JOINT_STATEMENT, NAVIGATING_MEDIA_NOTE, STATEMENT_OF_EACH_TEMPLATE } from '../fixtures/urls';

const COMMITMENTS = ['dl-firm', 'dl-intent', 'dl-support'];
const ENTITIES = ['dl-person', 'dl-country', 'dl-organization', 'dl-place', 'dl-date', 'dl-instrument'];

/** Ranges registered under each highlight name, as the page itself sees CSS.highlights. */
function highlightSizes(page: Page) {
  return page.evaluate((names) => {
    const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
    return Object.fromEntries(names.map((name) => [name, registry.get(name)?.size ?? 0]));
  }, [...COMMITMENTS, ...ENTITIES]);
}

describe('highlights in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(() => session?.close());

  it.each(STATEMENT_OF_EACH_TEMPLATE)('paints as many ranges as the page reports, text untouched, on %s', async (url) => {
    const { page, status } = await session.openStatement(url);
    const served = await page.evaluate(async (address) => {
      const html = await (await fetch(address)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.textContent;
    }, url);
    expect(await page.evaluate(() => document.body.textContent)).toBe(served);
    expect(status.status).toBe('annotated');
    const sizes = await highlightSizes(page);
    expect(Number(status.commitments)).toBeGreaterThan(0);
    expect(Number(status.entities)).toBeGreaterThan(0);
    expect(sum(sizes, COMMITMENTS)).toBe(Number(status.commitments));
    expect(sum(sizes, ENTITIES)).toBe(Number(status.entities));
    await page.close();
  });

  it("turns a category off and on from the popup's legend, in every open tab at once", async () => {
    const { page } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    const other = (await session.openStatement(STATEMENT_OF_EACH_TEMPLATE[2]!)).page;
    const has = (p: Page, name: string) => p.evaluate((n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n), name);
    const popup = await session.openPopupFor(CURRENT_JOINT_STATEMENT);
    const firm = popup.getByRole('checkbox', { name: 'Firm commitments' });
    await firm.uncheck();
    await expect.poll(() => has(page, 'dl-firm')).toBe(false);
    await expect.poll(() => has(other, 'dl-firm')).toBe(false);
    expect(await has(page, 'dl-intent')).toBe(true);
    await firm.check();
    await expect.poll(() => has(page, 'dl-firm')).toBe(true);
    await expect.poll(() => has(other, 'dl-firm')).toBe(true);
    await popup.close();
    await other.close();
    await page.close();
  });

  it('annotates again after in-site navigation through the History API', async () => {
    const { page, status } = await session.openStatement(NAVIGATING_MEDIA_NOTE);
    expect(status.status).toBe('annotated');
    const firstTitle = await page.locator('h1.featured-content__headline').innerText();
    await page.click('#spa-link-inline');
    await expect.poll(() => page.evaluate(() => location.pathname)).toContain('deputy-assistant-secretary');
    await expect
      .poll(async () => {
        const sizes = await highlightSizes(page);
        const counts = await page.evaluate(() => Number(document.documentElement.getAttribute('data-dl-commitments')));
        // The content script answers for the new URL once its new pass is done.
        const reportsNewUrl = await session.tabIdOf(page.url()).then(() => true, () => false);
        return reportsNewUrl && sum(sizes, COMMITMENTS) === counts;
      }, { timeout: 10_000 })
      .toBe(true);
    expect(await page.locator('h1.featured-content__headline').innerText()).not.toBe(firstTitle);
    await page.close();
  });
});
