// The content script's floor: the least any extension that analyzes in its
// background can take from its content script starting to the page marked.
// A throw-away extension written to a temporary folder: a content script
// that asks its service worker once and sets the same status attribute on
// the answer; the service worker answers at once. Loaded the same way and
// traced the same way as the real extension (bench/page/extension.ts), in
// the same run.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SCRIPT_MATCHES } from '../../src/page/official-hosts';

const CONTENT_SCRIPT = `chrome.runtime.sendMessage({ type: 'floor' }).then(() => {
  document.documentElement.setAttribute('data-diplomatic-lens', 'annotated');
});
`;

const SERVICE_WORKER = `chrome.runtime.onMessage.addListener((message, sender, respond) => {
  respond({ ok: true });
});
`;

/** Writes the floor extension; returns its folder (content-scripts/content.js, as the trace expects). */
export function contentScriptFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dl-content-floor-'));
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'content-scripts', 'content.js'), CONTENT_SCRIPT);
  writeFileSync(join(dir, 'background.js'), SERVICE_WORKER);
  const manifest = {
    manifest_version: 3,
    name: 'Content script floor',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: [...CONTENT_SCRIPT_MATCHES], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
