import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isGetPageReport, type PageReportNotice } from '../src/messaging/messages';
import { annotatePage } from '../src/page/annotate-page';
import { CONTENT_SCRIPT_MATCHES } from '../src/page/official-hosts';
import { writeStatusAttributes } from '../src/page/status-attributes';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main() {
    const { report } = annotatePage(document, location.href);
    writeStatusAttributes(document.documentElement, report);

    browser.runtime.onMessage.addListener((message: unknown) =>
      isGetPageReport(message) ? Promise.resolve(report) : undefined,
    );
    const notice: PageReportNotice = { type: 'dl/page-report', report };
    // The background may be asleep or updating; the badge is a nicety.
    browser.runtime.sendMessage(notice).catch(() => undefined);
  },
});
