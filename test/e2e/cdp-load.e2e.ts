import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchWithCdpPipe, type CdpBrowser } from '../../tools/cdp-pipe';
import { chromiumArgs } from '../../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { CURRENT_JOINT_STATEMENT } from '../fixtures/urls';
import { FIXTURE_ROOT } from './harness';

// The demo's path for branded Google Chrome, which ignores --load-extension:
// the extension is loaded over the DevTools protocol instead. Chromium
// accepts the same commands, so the path is tested here.
describe('loading the extension over the DevTools protocol', () => {
  let server: FixtureServer;
  let browser: CdpBrowser;
  let userDataDir: string;
  beforeAll(async () => {
    server = await startFixtureServer({ root: FIXTURE_ROOT, ...inject('tls') });
    userDataDir = await mkdtemp(join(tmpdir(), 'dl-cdp-'));
    const args = chromiumArgs({ extensionDir: inject('chromeExtensionDir'), port: server.port }).filter(
      (arg) => !arg.startsWith('--load-extension') && !arg.startsWith('--disable-extensions-except'),
    );
    browser = launchWithCdpPipe(inject('chromiumPath'), [...args, '--headless', `--user-data-dir=${userDataDir}`, 'about:blank']);
  });
  afterAll(async () => {
    browser?.process.kill();
    await new Promise((resolve) => browser?.process.once('exit', resolve));
    await server?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('loads unpacked and annotates the sample statement', async () => {
    const loaded = await browser.send('Extensions.loadUnpacked', { path: inject('chromeExtensionDir') });
    expect(loaded.id).toMatch(/^[a-p]{32}$/);
    const { targetId } = await browser.send('Target.createTarget', { url: CURRENT_JOINT_STATEMENT });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const status = async () => {
      const { result } = (await browser.send(
        'Runtime.evaluate',
        { expression: "document.documentElement.getAttribute('data-diplomatic-lens')", returnByValue: true },
        sessionId as string,
      )) as { result: { value: string | null } };
      return result.value;
    };
    await expect.poll(status, { timeout: 10_000 }).toBe('annotated');
  });
});
