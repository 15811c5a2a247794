// The built content scripts hold only what they run: they are compiled and
// started in every official page the reader opens, before it is annotated.
// The analysis (its lexicons and patterns) ships in the background script
// alone: nothing else of the build runs it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const contentScripts = (extensionDir: string) =>
  readdirSync(join(extensionDir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(extensionDir, 'content-scripts', file), 'utf8') }));

/** Every script of the build but the background's: content scripts, extension pages' entries and their shared chunks. */
const scriptsBesideTheBackground = (extensionDir: string) =>
  readdirSync(extensionDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && file !== 'background.js')
    .map((file) => ({ file, code: readFileSync(join(extensionDir, file), 'utf8') }));

describe.each([
  ['Chrome', inject('chromeExtensionDir')],
  ['Firefox', inject('firefoxExtensionDir')],
])('the %s build’s content scripts', (_browser, extensionDir) => {
  it('exist', () => {
    expect(contentScripts(extensionDir).map(({ file }) => file).sort()).toEqual(['content.js', 'warm-up.js']);
  });

  // WXT's auto-imports, which wxt.config.ts turns off, once slipped WXT's
  // storage module in through a parameter named `storage`.
  it.each(contentScripts(extensionDir))('$file carries no WXT storage module', ({ code }) => {
    expect(code).not.toContain('Storage item version cannot be less than 1');
  });

  // The analysis runs in the background. A content-script module that imports one of its modules for a small helper
  // once brought all of its lexicons and trigger patterns along (126 KB instead of 69, compiled on every page); a
  // country, a function word and a trigger's pattern stand for them here.
  const ANALYSIS_MARKERS = ['Kyrgyzstan', 'madam yeah', '(very much )?forward'];
  // The extension pages (popup, notes, library) only show what the background found: they carry none either.
  it.each(scriptsBesideTheBackground(extensionDir))('$file carries none of the analysis\'s lexicons or trigger patterns', ({ code }) => {
    for (const marker of ANALYSIS_MARKERS) expect(code).not.toContain(marker);
  });
  it('leaves them to the background script, where the markers are found', () => {
    const background = readFileSync(join(extensionDir, 'background.js'), 'utf8');
    for (const marker of ANALYSIS_MARKERS) expect(background).toContain(marker);
  });
});
