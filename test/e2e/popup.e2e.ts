import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromiumSession, type ChromiumSession } from './harness';
import { CURRENT_JOINT_STATEMENT, OFFICIAL_COUNTRY_PAGE } from '../fixtures/urls';

describe('popup in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(() => session?.close());

  it('shows the statement of the tab it names, with the counts the page reports', async () => {
    const { page, status } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    const title = await page.locator('h1.featured-content__headline').innerText();
    const popup = await session.openPopupFor(CURRENT_JOINT_STATEMENT);

    await expect.poll(() => popup.locator('#report-title').textContent()).toBe(title.trim());
    expect(await popup.locator('.report__type').textContent()).toBe('Joint Statement');
    expect(await popup.getByTestId('commitment-count').textContent()).toBe(status.commitments);
    expect(await popup.getByTestId('entity-count').textContent()).toBe(status.entities);
    // Already in a tab: no "Open in a tab" button.
    expect(await popup.getByRole('button', { name: 'Open in a tab' }).count()).toBe(0);
  });

  it('lists every commitment and entity mention the page highlights', async () => {
    const { status } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    const popup = await session.openPopupFor(CURRENT_JOINT_STATEMENT);
    await popup.getByTestId('summary').waitFor();
    expect(await popup.locator('[data-testid^="commitments-"] li').count()).toBe(Number(status.commitments));
    expect(await popup.getByTestId('key-commitments').locator('li').count()).toBe(3);
    const mentions = await popup.locator('.entity__count').allTextContents();
    // Folded groups hide some entities from view but not from the DOM count: unfold them all first.
    const more = popup.getByRole('button', { name: /^Show all/ });
    while ((await more.count()) > 0) await more.first().click();
    const all = await popup.locator('.entity__count').allTextContents();
    expect(all.length).toBeGreaterThanOrEqual(mentions.length);
    expect(all.reduce((sum, n) => sum + Number(n), 0)).toBe(Number(status.entities));
  });

  it('scrolls the page to a commitment clicked in the popup and flashes it', async () => {
    const { page } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    // A short window, so the last commitment starts out of view.
    await page.setViewportSize({ width: 1000, height: 320 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await session.openPopupFor(CURRENT_JOINT_STATEMENT);
    // The last firm commitment: its group is open, and it is far down the page.
    const last = popup.locator('[data-testid="commitments-firm"] li button').last();
    await last.waitFor();
    const text = (await last.locator('.commitment__text').textContent())!;
    await last.click();
    await page.bringToFront();
    const flashed = () =>
      page.evaluate(() => {
        const range = [...((CSS.highlights.get('dl-flash') as Highlight | undefined) ?? [])][0] as StaticRange | Range | undefined;
        if (!range) return null;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        return { text: live.toString().replace(/\s+/g, ' ').trim(), inView: box.top >= 0 && box.top < window.innerHeight, scrolled: window.scrollY > 0 };
      });
    // Flashed at once, for FLASH_MS; in view once the smooth scroll ends.
    let state = await flashed();
    for (let tries = 0; tries < 30 && !state?.inView; tries++) {
      await page.waitForTimeout(50);
      state = await flashed();
    }
    expect(state).toEqual({ text, inView: true, scrolled: true });
  });

  it('copies Markdown that holds every commitment', async () => {
    await session.openStatement(CURRENT_JOINT_STATEMENT);
    const popup = await session.openPopupFor(CURRENT_JOINT_STATEMENT);
    await popup.getByTestId('summary').waitFor();
    // What the button writes, caught before the clipboard (a headless page has no focus to write it).
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Markdown copied.');
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    const plain = markdown.replace(/\\(.)/g, '$1');
    const commitments = await popup.locator('[data-testid^="commitments-"] .commitment__text').allTextContents();
    expect(commitments.length).toBeGreaterThan(0);
    for (const commitment of commitments) expect(plain).toContain(commitment);
    expect(plain).toContain(CURRENT_JOINT_STATEMENT);
  });

  it('says so for an official page that is not a statement, and analyzes it anyway when asked', async () => {
    const { page } = await session.openStatement(OFFICIAL_COUNTRY_PAGE);
    const popup = await session.openPopupFor(OFFICIAL_COUNTRY_PAGE);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Not a statement page');
    await popup.getByRole('button', { name: 'Analyze this page anyway' }).click();
    await expect.poll(() => popup.locator('main').textContent()).toContain('Commitments');
    expect(await page.locator('html').getAttribute('data-diplomatic-lens')).toBe('annotated');
    expect(await popup.getByTestId('commitment-count').textContent()).toBe(await page.locator('html').getAttribute('data-dl-commitments'));
  });

  it('explains a closed tab instead of showing a blank popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html?tab=987654321'));
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Something went wrong');
    expect(await popup.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });
});
