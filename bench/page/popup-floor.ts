// The popup's floor: the least any popup can take here. A copy of the built
// extension with one more page, popup-floor.html: the popup's own
// stylesheet and one tiny classic script that adds an element marked as the
// summary once the document is parsed. Opened the same way as the popup, in
// the same run, it measures what the browser spends before any popup code
// could show anything (navigation, the page, the stylesheet, one script).

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POPUP_FLOOR_PAGE = 'popup-floor.html';

const FLOOR_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  const summary = document.createElement('section');
  summary.dataset.testid = 'summary';
  summary.textContent = 'Summary';
  document.body.append(summary);
});
`;

/** The extension copied to a temporary folder, with the floor page added; returns that folder. */
export function extensionWithPopupFloor(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dl-popup-floor-'));
  cpSync(extensionDir, dir, { recursive: true });
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const stylesheets = popup.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  if (stylesheets.length === 0) throw new Error('popup.html links no stylesheet: the floor would leave out a cost the popup pays');
  writeFileSync(join(dir, 'popup-floor.js'), FLOOR_SCRIPT);
  writeFileSync(
    join(dir, POPUP_FLOOR_PAGE),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Popup floor</title>${stylesheets.join('')}<script src="/popup-floor.js"></script></head><body></body></html>\n`,
  );
  return dir;
}
