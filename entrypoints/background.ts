import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isPageReportNotice } from '../src/messaging/messages';
import { badgeFor } from '../src/ui/badge';

export default defineBackground(() => {
  // Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isPageReportNotice(message) || tabId === undefined) return undefined;
    const badge = badgeFor(message.report);
    void action.setBadgeText({ tabId, text: badge.text });
    void action.setBadgeBackgroundColor({ tabId, color: badge.color });
    void action.setTitle({ tabId, title: badge.title });
    return undefined;
  });
});
