import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromiumSession, type ChromiumSession } from './harness';
import {
  ARCHIVE_2021_JOINT_STATEMENT,
  CONSULATE_PRESS_RELEASE,
  CURRENT_JOINT_STATEMENT,
  NON_OFFICIAL_REPRINT,
  OFFICIAL_COUNTRY_PAGE,
} from '../fixtures/urls';

describe('content script in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(() => session?.close());

  it('annotates a current-template statement on www.state.gov', async () => {
    const { status } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    expect(status.status).toBe('annotated');
    expect(Number(status.commitments)).toBeGreaterThanOrEqual(0);
    expect(Number(status.entities)).toBeGreaterThanOrEqual(0);
  });

  it('annotates a statement on the 2021-2025 archive', async () => {
    const { status } = await session.openStatement(ARCHIVE_2021_JOINT_STATEMENT);
    expect(status.status).toBe('annotated');
  });

  it('annotates a statement of a post on a domain of its own: the consulate general in Hong Kong', async () => {
    const { status } = await session.openStatement(CONSULATE_PRESS_RELEASE);
    // The grant announced, the planting the Consulate General will fund, the findings it plans to share.
    expect(status).toMatchObject({ status: 'annotated', commitments: '3' });
  });

  it('posts nothing to the page: its own message listeners never hear from the extension', async () => {
    const page = await session.context.newPage();
    // In the page's own world, before any script: every message event the window receives.
    await page.addInitScript(() => {
      const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await page.goto(CURRENT_JOINT_STATEMENT);
    await page.waitForSelector('html[data-diplomatic-lens="annotated"]', { state: 'attached' });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    await page.close();
  });

  it('marks an official page that is not a statement as such', async () => {
    const { status } = await session.openStatement(OFFICIAL_COUNTRY_PAGE);
    expect(status).toEqual({ status: 'not-statement', commitments: null, entities: null });
  });

  it('never runs on a host that is not official, even for a reprinted statement', async () => {
    const page = await session.open(NON_OFFICIAL_REPRINT);
    // Give a content script every chance to run before checking it did not.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-diplomatic-lens'))).toBeNull();
    await expect(session.tabIdOf(NON_OFFICIAL_REPRINT)).rejects.toThrow(/No tab/);
  });
});
