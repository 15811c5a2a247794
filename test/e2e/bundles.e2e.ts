// The built content scripts hold only what they run: they are compiled and
// started in every official page the reader opens, before it is annotated.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const contentScripts = (extensionDir: string) =>
  readdirSync(join(extensionDir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(extensionDir, 'content-scripts', file), 'utf8') }));

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
});
