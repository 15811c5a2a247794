// At document start on an official page: wake the background so the
// analysis is ready when the page's text is (see WarmUp in messages.ts).
// Kept tiny: the extension API directly, without the polyfill.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { WARM_UP } from '../src/messaging/messages';
import { CONTENT_SCRIPT_MATCHES } from '../src/page/official-hosts';
import { nativeExtensionApi } from '../src/native-api';

interface RuntimeLike {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  // WXT's "script started" notice as a DOM event only: its window.postMessage
  // told the page's own listeners the extension's id, and took 10-45 ms of the first task.
  noScriptStartedPostMessage: true,
  runAt: 'document_start',
  main() {
    const api = nativeExtensionApi<RuntimeLike>();
    // Nothing to do if the background cannot be reached: the page is analyzed anyway.
    api?.runtime?.sendMessage(WARM_UP)?.catch(() => undefined);
  },
});
