import '../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { isOfficialHost } from '../src/analysis/official-sites';
import { isAnalyzeAnyway, isGetPageReport, isRevealSpan, type PageReport, type PageReportNotice, type RevealResult } from '../src/messaging/messages';
import { isAddNoteHere } from '../src/messaging/notes-messages';
import { saveStatement } from '../src/messaging/library-messages';
import { statementRecord } from '../src/library/record';
import { enabledCategories, loadSettings, parseSettings, SETTINGS_KEY } from '../src/page/category-settings';
import { backgroundAnalyzer } from '../src/page/background-analyzer';
import { Painter, type RegistryLike } from '../src/page/highlights';
import { Flasher, revealSpan, revealText } from '../src/page/reveal';
import { NoteController } from '../src/page/note-controller';
import { NOTE_EDITOR_CSS } from '../src/page/note-editor';
import { NoteMarks } from '../src/page/note-marks';
import { backgroundNotesClient } from '../src/page/notes-client';
import { CONTENT_SCRIPT_MATCHES } from '../src/page/official-hosts';
import { CARD_CSS } from '../src/page/card';
import { CardController } from '../src/page/card-controller';
import { PageSession } from '../src/page/page-session';
import { createYieldToMain } from '../src/page/yield-to-main';

/** The element hosting our shadow root (card, note button, editor). */
const UI_HOST = 'diplomatic-lens-card';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  // WXT's "script started" notice as a DOM event only: its window.postMessage
  // told the page's own listeners the extension's id, and took 10-45 ms of the first task.
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again ("Analyze this page" twice, or after an update): one session a page.
    const marker = globalThis as { diplomaticLensLoaded?: boolean };
    if (marker.diplomaticLensLoaded) return;
    marker.diplomaticLensLoaded = true;
    // Nothing shows until the reader's toggles are read, which happens while the page is analyzed.
    const painter = Painter.forWindow(window, []);
    let toggled = false;
    const toggles = loadSettings(browser.storage.local)
      .catch(() => parseSettings(undefined))
      .then((settings) => {
        // A change made meanwhile is newer than what was read.
        if (!toggled) painter.setEnabled(enabledCategories(settings));
      });
    const registry = (CSS as { highlights?: RegistryLike }).highlights ?? null;
    // The card and the note editor, in a shadow root hung on <html> (outside the page's content), made on first use.
    let uiRoot: Promise<HTMLElement> | null = null;
    const container = () =>
      (uiRoot ??= createShadowRootUi(ctx, {
        name: UI_HOST,
        position: 'inline',
        anchor: document.documentElement,
        append: 'last',
        css: CARD_CSS + NOTE_EDITOR_CSS,
        onMount: (element) => element,
      }).then((ui) => {
        ui.mount();
        return ui.uiContainer;
      }));
    const notes = new NoteController(
      document,
      () => session.result(),
      backgroundNotesClient((message) => browser.runtime.sendMessage(message)),
      new NoteMarks(registry, () => new Highlight()),
      { container, newId: () => crypto.randomUUID(), now: () => new Date() },
    );
    const session = new PageSession({
      doc: document,
      analyzer: backgroundAnalyzer((message) => browser.runtime.sendMessage(message)),
      // Painting waits for the toggles (read while the page is analyzed, so in practice it never waits).
      readyToPaint: toggles,
      location: () => location.href,
      painter,
      // Lets the page paint and respond between slices of work.
      yieldToMain: createYieldToMain(window),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as number),
      MutationObserver,
      // On a site that is not official this script only runs when the reader injected it.
      onDemand: !isOfficialHost(location.hostname),
      onReport: (report) => {
        void notes.refresh();
        // The popup's answer made now, while the reader reads: the popup opens to it at once.
        void session.report();
        // An official statement goes to the library (the background skips it if the reader turned that off).
        if (report.status === 'annotated' && report.statement?.isStatement && isOfficialHost(location.hostname)) {
          void session.result().then(({ analysis, map }) => {
            if (analysis && map) browser.runtime.sendMessage(saveStatement(statementRecord(analysis, map.text, report.url, new Date()))).catch(() => undefined);
          });
        }
        const notice: PageReportNotice = { type: 'dl/page-report', report };
        // The background may be asleep or updating; the badge is a nicety.
        browser.runtime.sendMessage(notice).catch(() => undefined);
      },
    });

    const flasher = new Flasher(
      registry,
      () => new Highlight(),
      (callback, ms) => setTimeout(callback, ms),
      (timer) => clearTimeout(timer as number),
    );
    /** The report the popup shows: the analysis's digest and the reader's notes. */
    const report = async (): Promise<PageReport> => ({
      ...(await session.report()),
      notes: notes.listing(),
      ...(notes.loadError ? { notesError: notes.loadError } : {}),
    });
    // The popup's questions, and the background's "add a note" (context menu, shortcut).
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isGetPageReport(message)) return report();
      if (isAnalyzeAnyway(message)) return session.analyzeAnyway().then(report);
      if (isRevealSpan(message)) {
        return session.result().then(({ analysis, map }): RevealResult => {
          if (!message.note) return { found: revealSpan(analysis, map, document, message.id, flasher) };
          const span = notes.spanOf(message.id);
          return { found: !!span && !!map && revealText(map, document, span, flasher) };
        });
      }
      if (isAddNoteHere(message)) {
        void notes.editSelection();
        return undefined;
      }
      return undefined;
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      toggled = true;
      painter.setEnabled(enabledCategories(parseSettings(changes[SETTINGS_KEY]!.newValue)));
    });
    const cards = new CardController(document, session, { container, addNote: (span) => void notes.editSpan(span) });
    // Our own shadow root's events reach the page retargeted to its host: they are not the reader's clicks on the text.
    const fromOurUi = (event: Event) => (event.target as Element | null)?.tagName?.toLowerCase() === UI_HOST;
    ctx.addEventListener(document, 'click', (event) => {
      if (fromOurUi(event)) return;
      void cards.onClick(event as MouseEvent).then((offset) => (offset >= 0 ? notes.editAt(offset) : false));
    });
    // A selection ends with the mouse or the keyboard (Shift+arrows): offer a note beside it.
    ctx.addEventListener(document, 'mouseup', (event) => {
      if (!fromOurUi(event)) void notes.onSelectionEnd();
    });
    ctx.addEventListener(document, 'keyup', (event) => {
      if (!fromOurUi(event) && (event as KeyboardEvent).shiftKey) void notes.onSelectionEnd();
    });
    ctx.addEventListener(window, 'keydown', (event) => cards.onKeyDown(event as KeyboardEvent));

    // In-site navigation through the History API: a new page, a new pass.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      cards.close();
      notes.close();
      void session.navigated();
    });
    ctx.onInvalidated(() => session.dispose());
  },
});
