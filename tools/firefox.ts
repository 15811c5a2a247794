// Firefox ESR with the extension installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi. Firefox has no host mapping flag, so
// every request goes through the fixture server's CONNECT proxy instead.
// (Extension popups cannot be opened this way: the popup is tested in Chromium.)

import puppeteer from 'puppeteer-core';

export async function launchFirefox({ executablePath, extensionDir, proxyPort }: { executablePath: string; extensionDir: string; proxyPort: number }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      // Firefox's own settings service: keep its chatter out of the request log.
      'services.settings.server': 'data:,#remote-settings-off/v1',
    },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    return { browser, addonId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw new Error(`The extension at ${extensionDir} did not install in Firefox: ${(error as Error).message}`);
  }
}
