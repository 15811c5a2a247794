import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { CURRENT_JOINT_STATEMENT, NON_OFFICIAL_REPRINT } from '../fixtures/urls';

describe('content script in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await startFirefoxSession();
  });
  afterAll(() => session?.close());

  it('annotates a current-template statement on www.state.gov and paints its highlights', async () => {
    const { page, status } = await session.openStatement(CURRENT_JOINT_STATEMENT);
    expect(status.status).toBe('annotated');
    const painted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      let ranges = 0;
      registry.forEach((highlight) => (ranges += highlight.size));
      return ranges;
    });
    expect(painted).toBe(Number(status.commitments) + Number(status.entities));
    expect(painted).toBeGreaterThan(0);
  });

  it('never runs on a host that is not official', async () => {
    const page = await session.open(NON_OFFICIAL_REPRINT);
    // Give a content script every chance to run before checking it did not.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-diplomatic-lens'))).toBeNull();
  });
});
