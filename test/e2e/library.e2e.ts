import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromiumSession, type ChromiumSession } from './harness';
import { SERIES_FIRST_ROUND, SERIES_SECOND_ROUND } from '../fixtures/urls';

describe('the statement library in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(() => session?.close());

  it('shows, in the popup of a later round, each commitment added, repeated, strengthened and dropped since the previous one', async () => {
    await session.openStatement(SERIES_FIRST_ROUND);
    await session.openStatement(SERIES_SECOND_ROUND);
    const popup = await session.openPopupFor(SERIES_SECOND_ROUND);
    const since = popup.getByTestId('since');
    await expect.poll(() => since.locator('h2').textContent(), { timeout: 10_000 }).toBe('Since February 10, 2025');
    // Every group, folded or not, holds its items in the DOM.
    const items = async (id: string) => (await popup.getByTestId(id).locator('li').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(await items('since-added')).toEqual(['Firm The United States will provide $3 million to strengthen Paraguay’s customs enforcement at its river ports.']);
    expect(await items('since-strengthened')).toEqual(['Intent → Firm The United States and Paraguay agreed to establish a joint working group on energy security by June 2026.']);
    expect(await items('since-repeated')).toEqual(['Firm The two sides agreed to further expand their cooperation on cybersecurity and the protection of digital infrastructure.']);
    expect(await items('since-dropped')).toEqual(['Support Both governments expressed support for expanded academic exchanges between American and Paraguayan universities.']);
    expect(await popup.getByTestId('since-weakened').count()).toBe(0);
  });

  it('finds a commitment by country and strength, and lists what has fallen due', async () => {
    const library = await session.context.newPage();
    await library.goto(session.extensionUrl('library.html'));
    await expect.poll(() => library.getByTestId('statements').locator('[data-document-key]').count()).toBeGreaterThanOrEqual(2);
    await library.getByLabel('Country').selectOption('Paraguay');
    await library.getByLabel('Strength').selectOption('intent');
    const hits = library.getByTestId('commitment-hits').locator('li');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().textContent()).toContain('intend to establish a joint working group on energy security in 2025');
    expect(await hits.first().locator('a').getAttribute('href')).toBe(`${SERIES_FIRST_ROUND}#:~:text=The%20United%20States%20and,energy%20security%20in%202025.`);
    // "in 2025" has passed; the second round spoke of the same working group.
    const due = library.getByTestId('due').locator('li');
    expect(await due.first().textContent()).toMatch(/Due December 31, 2025 · followed up in “Joint Statement on the Second United States-Paraguay Strategic Dialogue”/);

    // "Forget this page" in the popup takes the statement out of the library.
    const popup = await session.openPopupFor(SERIES_SECOND_ROUND);
    await popup.getByRole('button', { name: 'Forget this page' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('This page is no longer in your library.');
    await library.reload();
    await expect.poll(() => library.getByTestId('statements').locator('[data-document-key]').count()).toBeGreaterThanOrEqual(1);
    expect(await library.locator('[data-document-key="state.gov/joint-statement-on-the-second-united-states-paraguay-strategic-dialogue"]').count()).toBe(0);
  });
});
