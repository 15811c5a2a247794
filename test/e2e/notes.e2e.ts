import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromiumSession, type ChromiumSession } from './harness';

const FIXTURE = join(__dirname, '..', 'fixtures', 'sites', 'www.state.gov', 'releases', 'office-of-the-spokesperson', '2026', '01', 'joint-statement-on-the-united-states-mongolia-strategic-dialogue', 'index.html');
/** The fixture served at a URL of its own, so its text can change between visits. */
const URL_OF_PAGE = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/notes-test-joint-statement/';
const QUOTE = 'expanding the supply of clean water to Ulaanbaatar';

/** Selects `words` in the page as a reader would, and ends the selection with a mouse-up. */
function selectWords(page: Page, words: string) {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.entry-content')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`${needle} is not in the page`);
  }, words);
}

/** The text under each note highlight of a colour. */
const noteTexts = (page: Page, color = 'yellow') =>
  page.evaluate((name) => {
    const highlight = CSS.highlights.get(name) as Highlight | undefined;
    return [...(highlight ?? [])].map((range) => {
      const live = document.createRange();
      live.setStart((range as AbstractRange).startContainer, (range as AbstractRange).startOffset);
      live.setEnd((range as AbstractRange).endContainer, (range as AbstractRange).endOffset);
      return live.toString();
    });
  }, `dl-note-${color}`);

describe('notes in Chromium', () => {
  let session: ChromiumSession;
  const original = readFileSync(FIXTURE, 'utf8');
  beforeAll(async () => {
    session = await startChromiumSession();
    session.server.setPage(URL_OF_PAGE, original);
  });
  afterAll(() => session?.close());

  it('adds a note on selected text, and places it again on every visit, also after the text changed', async () => {
    const { page } = await session.openStatement(URL_OF_PAGE);
    await selectWords(page, QUOTE);
    await page.locator('.note-button').click();
    const editor = page.locator('.note-editor');
    await expect.poll(() => editor.locator('blockquote').textContent()).toBe(QUOTE);
    await editor.locator('textarea').fill('Water compact: <script>alert(1)</script> follow up');
    await editor.locator('input[name="tags"]').fill('water, mcc');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);

    // Another visit: the note is placed again.
    await page.reload();
    await page.waitForSelector('html[data-diplomatic-lens]', { state: 'attached' });
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);

    // A sentence inserted before the quote, and a word of the quote changed: still placed, on the new words.
    const changed = original
      .replace('The delegations discussed progress on the Millennium', 'Officials also toured a new water treatment plant. The delegations discussed progress on the Millennium')
      .replace(QUOTE, 'expanding the supply of safe water to Ulaanbaatar');
    expect(changed).not.toBe(original);
    session.server.setPage(URL_OF_PAGE, changed);
    await page.reload();
    await page.waitForSelector('html[data-diplomatic-lens]', { state: 'attached' });
    await expect.poll(() => noteTexts(page)).toEqual(['expanding the supply of safe water to Ulaanbaatar']);

    // The popup lists it, and its text stays text.
    const popup = await session.openPopupFor(URL_OF_PAGE);
    const item = popup.getByTestId('page-notes').locator('[data-note-id]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('<script>alert(1)</script>');
    // The popup's own two script files (popup-early.js, its module) and nothing made from the note.
    expect(await popup.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')))).toEqual(['/popup-early.js', expect.stringMatching(/^\/chunks\/popup-[\w-]+\.js$/)]);
  });

  it('keeps a note whose passage is gone, and lists it as not found', async () => {
    session.server.setPage(URL_OF_PAGE, original.replace(/<p>The United States expressed interest in broader cooperation[^]*?<\/p>/, '<p>That paragraph was withdrawn.</p>'));
    const { page } = await session.openStatement(URL_OF_PAGE);
    expect(await noteTexts(page)).toEqual([]);
    const popup = await session.openPopupFor(URL_OF_PAGE);
    await expect.poll(() => popup.getByTestId('page-notes').textContent()).toContain('Not found on this page');
    session.server.setPage(URL_OF_PAGE, original);
  });

  it('exports, clears and imports the notes back on the notes page; a malformed import changes nothing, a hostile one stays inert text', async () => {
    const notesPage = await session.context.newPage();
    await notesPage.goto(session.extensionUrl('notes.html'));
    const cards = notesPage.locator('.note-card[data-note-id]');
    await expect.poll(() => cards.count()).toBe(1);
    const before = await cards.first().textContent();

    const downloading = notesPage.waitForEvent('download');
    await notesPage.getByRole('button', { name: /^Export JSON/ }).click();
    const file = await (await downloading).path();
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported).items).toHaveLength(1);

    await cards.first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => cards.count()).toBe(0);
    const importer = notesPage.locator('input[type="file"]');
    await importer.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toBe(before);

    await importer.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"type": "AnnotationCollection", "items": [{"type": "Annotation"}]}') });
    await expect.poll(() => notesPage.getByRole('alert').textContent()).toMatch(/^Nothing was imported\. Annotation 1\.id/);
    expect(await cards.count()).toBe(1);

    const payload = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
    const hostile = JSON.parse(exported);
    hostile.items[0].id = 'urn:uuid:0f0f0f0f-0000-4000-8000-00000000beef';
    hostile.items[0].body[0].value = payload;
    hostile.items[0]['dl:pageTitle'] = payload;
    hostile.items[0].target.selector[0].exact = payload;
    await importer.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await expect.poll(() => cards.count()).toBe(2);
    await notesPage.waitForTimeout(200);
    expect(await notesPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await notesPage.locator('.note-list img, .note-list script').count()).toBe(0);
    expect(await notesPage.locator('.note-list').textContent()).toContain(payload);
  });
});
