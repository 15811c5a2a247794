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

  it('says so for an official page that is not a statement', async () => {
    await session.openStatement(OFFICIAL_COUNTRY_PAGE);
    const popup = await session.openPopupFor(OFFICIAL_COUNTRY_PAGE);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Not a statement page');
  });

  it('explains a closed tab instead of showing a blank popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html?tab=987654321'));
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Something went wrong');
    expect(await popup.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });
});
