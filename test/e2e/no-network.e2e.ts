import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_OWN_REQUESTS } from '../../tools/chromium';
import { startChromiumSession, type ChromiumSession } from './harness';
import { ARCHIVE_2021_JOINT_STATEMENT, CURRENT_JOINT_STATEMENT } from '../fixtures/urls';

// Every hostname resolves to the fixture server, which logs every request it
// gets; Playwright sees every request the pages make. Between them, any
// request the extension made of its own would show.
describe('the extension sends nothing anywhere', () => {
  let session: ChromiumSession;
  const seen: string[] = [];
  beforeAll(async () => {
    session = await startChromiumSession();
    session.context.on('request', (request) => seen.push(request.url()));
  });
  afterAll(() => session?.close());

  it('makes no request of its own while annotating pages and showing the popup', async () => {
    const visited = [CURRENT_JOINT_STATEMENT, ARCHIVE_2021_JOINT_STATEMENT];
    for (const url of visited) await session.openStatement(url);
    const popup = await session.openPopupFor(CURRENT_JOINT_STATEMENT);
    await popup.waitForSelector('#report-title');
    await popup.waitForTimeout(500);

    // What the browser itself asks for when it shows a page.
    const expectedServed = new Set(visited.flatMap((url) => [url, new URL('/favicon.ico', url).href]));
    const served = session.server.requests
      .map((request) => {
        if (request.kind === 'https') return `https://${request.host}${request.path}`;
        if (request.kind === 'plain-http') return `http://${request.host}${request.path}`;
        return `${request.kind}:${request.host}`;
      })
      .filter((url) => !BROWSER_OWN_REQUESTS.some((prefix) => url.startsWith(prefix)));
    expect(served.filter((url) => !expectedServed.has(url))).toEqual([]);

    const network = seen.filter((url) => !url.startsWith(`chrome-extension://${session.extensionId}/`));
    expect(network.filter((url) => !expectedServed.has(url))).toEqual([]);
  });
});
