// Finding the browsers the demo and the end-to-end suite drive. A missing
// browser is an error that says how to install it: nothing is skipped.

import { existsSync } from 'node:fs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const INSTALL_CHROMIUM =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or Google Chrome, or set CHROME_PATH to its executable.';
const INSTALL_FIREFOX =
  'Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.';

/** Chrome or Chromium: CHROME_PATH when set, else the first one found on the system. */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist. ${INSTALL_CHROMIUM}`);
    return env.CHROME_PATH;
  }
  const found = CHROME_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`No Chrome or Chromium found. ${INSTALL_CHROMIUM}`);
  return found;
}

/**
 * Debian's Chromium, which the end-to-end suite is written for: it still
 * honours --load-extension, which branded Chrome ignores since version 137.
 */
export function findTestChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`The end-to-end suite needs Chromium at ${path}. ${INSTALL_CHROMIUM.replace('CHROME_PATH', 'CHROMIUM_PATH')}`);
  return path;
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((path): path is string => !!path);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No Firefox found. ${INSTALL_FIREFOX}`);
  return found;
}

/** True for Google's branded builds, which need the DevTools protocol to load an unpacked extension. */
export function isBrandedChrome(path: string): boolean {
  return /google[- ]chrome|Google Chrome\.app|Google\\Chrome/i.test(path);
}
