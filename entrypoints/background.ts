import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerAnalyzeText, warmUpAnalysis } from '../src/background/analysis-requests';
import { LibraryRequests } from '../src/background/library-requests';
import { NotesRequests } from '../src/background/notes-requests';
import { isLibraryEnabled, isSaveStatement, LIBRARY_SETTING_KEY } from '../src/messaging/library-messages';
import { ADD_NOTE_HERE, isDeleteNote, isNotesForPage, isNoteTags, isSaveNote } from '../src/messaging/notes-messages';
import { CONTENT_SCRIPT_MATCHES } from '../src/page/official-hosts';
import { isAnalyzeTab, isAnalyzeText, isPageReportNotice, isWarmUp, type AnalyzeTabResult } from '../src/messaging/messages';
import { injectContentScript, type InjectionApi } from '../src/ui/inject';
import { badgeFor } from '../src/ui/badge';

const ADD_NOTE_MENU = 'dl-add-note';
/** The manifest's command (wxt.config.ts). */
const ADD_NOTE_COMMAND = 'add-note';

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

  // The reader's notes, kept in the extension's own IndexedDB, for the content scripts.
  const notes = new NotesRequests();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    if (isNotesForPage(message)) return notes.forPage(message);
    if (isSaveNote(message)) return notes.save(message);
    if (isDeleteNote(message)) return notes.delete(message);
    if (isNoteTags(message)) return notes.tags();
    return undefined;
  });

  // The statement library: each annotated official statement, unless the reader turned it off.
  const library = new LibraryRequests(async () => isLibraryEnabled(await browser.storage.local.get(LIBRARY_SETTING_KEY)));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.tab || !isSaveStatement(message)) return undefined;
    return library.save(message);
  });

  // "Add note to selection" in the context menu and as a keyboard shortcut: the tab's content script opens its editor.
  const addNoteIn = (tabId: number | undefined) => {
    if (tabId !== undefined) browser.tabs.sendMessage(tabId, ADD_NOTE_HERE).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ADD_NOTE_MENU, title: 'Add note to selection', contexts: ['selection'], documentUrlPatterns: [...CONTENT_SCRIPT_MATCHES] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_NOTE_MENU) addNoteIn(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ADD_NOTE_COMMAND) addNoteIn(tab?.id);
  });

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
