import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CURRENT_JOINT_STATEMENT } from '../fixtures/urls';
import { startCdpSession, type CdpSession } from './harness';

// The demo's path for branded Google Chrome, which ignores --load-extension:
// the extension is loaded over the DevTools protocol instead. Chromium
// accepts the same commands, so the path is tested here.
describe('loading the extension over the DevTools protocol', () => {
  let session: CdpSession;
  beforeAll(async () => {
    session = await startCdpSession();
  });
  afterAll(() => session?.close());

  it('loads unpacked and annotates the sample statement', async () => {
    const { browser } = session;
    const loaded = await browser.send('Extensions.loadUnpacked', { path: inject('chromeExtensionDir') });
    expect(loaded.id).toMatch(/^[a-p]{32}$/);
    const { targetId } = await browser.send('Target.createTarget', { url: CURRENT_JOINT_STATEMENT });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const status = () => session.evaluate(sessionId as string, "document.documentElement.getAttribute('data-diplomatic-lens')");
    await expect.poll(status, { timeout: 10_000 }).toBe('annotated');
  });
});
