// `npm run demo`: build the extension, serve the bundled sample statement as
// https://www.state.gov/..., and open Chrome or Chromium with the extension
// loaded on it.
//
//   npm run demo                                  a browser window, until you close it
//   npm run demo -- --headless --screenshot DIR   no window: screenshots of the page and popup
//
// On Linux with no display to open a window on (a server, a container), `npm run demo` takes the screenshots into
// out/ instead and says so, so the one command still shows the extension working.

import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CURRENT_JOINT_STATEMENT } from '../test/fixtures/urls';
import { findChrome, isBrandedChrome } from '../tools/browsers';
import { ensureFreshBuild, ROOT } from '../tools/build';
import { makeCertificate } from '../tools/certificate';
import { launchWithCdpPipe } from '../tools/cdp-pipe';
import { chromiumArgs, launchChromium } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';

const FIXTURE_ROOT = join(ROOT, 'test', 'fixtures', 'sites');
// A popup is 400 px wide; fullPage screenshots grow to its real height.
const POPUP_SIZE = { width: 400, height: 200 };

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  console.log('usage: npm run demo [-- --headless --screenshot DIR]\n\nCHROME_PATH picks the browser; otherwise Chromium or Chrome is found on the system.');
  process.exit(0);
}
if (options.screenshot && !options.headless) {
  console.error('--screenshot needs --headless.');
  process.exit(2);
}
/** No display to open a window on: neither X nor Wayland. */
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

async function screenshots(server: FixtureServer, extensionDir: string, executablePath: string, dir: string) {
  if (isBrandedChrome(executablePath)) {
    throw new Error('Headless screenshots need Chromium (branded Chrome ignores --load-extension). Set CHROME_PATH to a Chromium build.');
  }
  await mkdir(dir, { recursive: true });
  const browser = await launchChromium({ executablePath, extensionDir, port: server.port });
  try {
    const page = await browser.context.newPage();
    await page.goto(CURRENT_JOINT_STATEMENT);
    await page.waitForSelector('html[data-diplomatic-lens]', { state: 'attached', timeout: 10_000 });
    const status = await page.evaluate(() => document.documentElement.getAttribute('data-diplomatic-lens'));
    // Step to the first commitment (the keyboard shortcut), so the shot shows highlights and the card.
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForFunction(() => document.querySelector('diplomatic-lens-card')?.shadowRoot?.querySelector('.card'), null, { timeout: 5000 }).catch(() => undefined);
    await page.screenshot({ path: join(dir, 'page.png') });

    // The popup for that tab, as `popup.html?tab=ID` in a popup-sized page.
    const tabId = await browser.tabIdOf(CURRENT_JOINT_STATEMENT);
    const written = [join(dir, 'page.png')];
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize(POPUP_SIZE);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      await popup.waitForSelector('#report-title, [role="alert"], .popup__message h1', { timeout: 10_000 });
      const file = join(dir, scheme === 'light' ? 'popup.png' : 'popup-dark.png');
      await popup.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
    console.log(`The page says data-diplomatic-lens="${status}".\nScreenshots:\n${written.map((f) => `  ${f}`).join('\n')}`);
  } finally {
    await browser.close();
  }
}

async function window(server: FixtureServer, extensionDir: string, executablePath: string) {
  console.log(`Opening ${CURRENT_JOINT_STATEMENT}\nin ${executablePath}. Close the browser window to stop.`);
  if (!isBrandedChrome(executablePath)) {
    const browser = await launchChromium({ executablePath, extensionDir, port: server.port, headless: false, viewport: undefined });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(CURRENT_JOINT_STATEMENT);
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await browser.close().catch(() => undefined);
    return;
  }
  // Branded Chrome: load the extension over the DevTools protocol.
  const userDataDir = await mkdtemp(join(tmpdir(), 'dl-demo-'));
  const args = chromiumArgs({ extensionDir, port: server.port }).filter((arg) => !arg.startsWith('--load-extension') && !arg.startsWith('--disable-extensions-except'));
  const chrome = launchWithCdpPipe(executablePath, [...args, `--user-data-dir=${userDataDir}`, 'about:blank']);
  await chrome.send('Extensions.loadUnpacked', { path: extensionDir });
  await chrome.send('Target.createTarget', { url: CURRENT_JOINT_STATEMENT });
  await new Promise<void>((done) => chrome.process.on('exit', () => done()));
}

async function main() {
  const executablePath = findChrome();
  const extensionDir = ensureFreshBuild('chrome');
  const server = await startFixtureServer({ root: FIXTURE_ROOT, ...(await makeCertificate()) });
  try {
    if (options.headless || noDisplay) {
      if (!options.headless) console.log('No display to open a window on: taking screenshots instead (npm run demo -- --headless --screenshot DIR picks where).');
      await screenshots(server, extensionDir, executablePath, resolve(options.screenshot ?? 'out'));
    } else {
      await window(server, extensionDir, executablePath);
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
