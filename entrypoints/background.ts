import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerAnalyzeText, warmUpAnalysis } from '../src/background/analysis-requests';
import { isAnalyzeTab, isAnalyzeText, isPageReportNotice, isWarmUp, type AnalyzeTabResult } from '../src/messaging/messages';
import { injectContentScript, type InjectionApi } from '../src/ui/inject';
import { badgeFor } from '../src/ui/badge';

export default defineBackground(() => {
  // Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  // "Analyze this page", sent by the popup: injected from here, so the work
  // finishes even when the popup closes (it does as soon as the page is clicked).
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isAnalyzeTab(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
    return injectContentScript(browser as unknown as InjectionApi, message.tabId).then(
      (): AnalyzeTabResult => ({ ok: true }),
      (error: unknown): AnalyzeTabResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });

  // The analysis, for the content scripts: loaded and warm here once, not in every page.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isAnalyzeText(message) || sender.id !== browser.runtime.id || !sender.tab) return undefined;
    return Promise.resolve(answerAnalyzeText(message));
  });
  // A statement page started loading (or the background just started): ready the analysis
  // now, while the page loads, rather than when its text arrives.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isWarmUp(message) || sender.id !== browser.runtime.id || !sender.tab) return undefined;
    warmUpAnalysis();
    return Promise.resolve(true);
  });
  // After the events that woke the background are handled: a page waiting on an answer comes first.
  setTimeout(warmUpAnalysis, 0);

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
