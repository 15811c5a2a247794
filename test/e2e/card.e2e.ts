import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './harness';
import { CURRENT_JOINT_STATEMENT } from '../fixtures/urls';

/** The viewport centre of the first occurrence of `words` in the page's body paragraphs. */
function centreOf(page: Page, words: string) {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.entry-content')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(needle);
      if (at < 0 || node.parentElement?.closest('.wp-block-default-hero-container')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`${needle} is not in the page`);
  }, words);
}

const cardText = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('diplomatic-lens-card')?.shadowRoot?.querySelector('.card');
    return card ? { heading: card.querySelector('h2')?.textContent, text: card.textContent } : null;
  });

describe('the card in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(() => session?.close());

  it('opens on a commitment with its strength and actors, closes on Escape, and leaves the text alone', async () => {
    const { page } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    const before = await page.evaluate(() => document.body.textContent);
    const { x, y } = await centreOf(page, 'agreed to expand');
    await page.mouse.click(x, y);
    await expect.poll(() => cardText(page)).toMatchObject({ heading: 'Firm commitment' });
    expect((await cardText(page))?.text).toContain('United States');
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
  });

  it('opens on an entity with its type and mentions', async () => {
    const { page } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    const { x, y } = await centreOf(page, 'Ulaanbaatar');
    await page.mouse.click(x, y);
    await expect.poll(() => cardText(page)).toMatchObject({ heading: 'Place' });
    expect((await cardText(page))?.text).toMatch(/Mentions\d+/);
  });

  it('steps through commitments from the keyboard', async () => {
    const { page } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => (await cardText(page))?.heading).toMatch(/Firm commitment|Intent|Support/);
    const first = (await cardText(page))?.text;
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => (await cardText(page))?.text).not.toBe(first);
  });
});
