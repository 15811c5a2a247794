import '../assets/highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { isOfficialHost } from '../src/analysis/official-sites';
import { isAnalyzeAnyway, isGetPageReport, isRevealSpan, type PageReportNotice, type RevealResult } from '../src/messaging/messages';
import { enabledCategories, loadSettings, parseSettings, SETTINGS_KEY } from '../src/page/category-settings';
import { backgroundAnalyzer } from '../src/page/background-analyzer';
import { Painter, type RegistryLike } from '../src/page/highlights';
import { Flasher, revealSpan } from '../src/page/reveal';
import { CONTENT_SCRIPT_MATCHES } from '../src/page/official-hosts';
import { CARD_CSS } from '../src/page/card';
import { CardController } from '../src/page/card-controller';
import { PageSession } from '../src/page/page-session';
import { createYieldToMain } from '../src/page/yield-to-main';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again ("Analyze this page" twice, or after an update): one session a page.
    const marker = globalThis as { diplomaticLensLoaded?: boolean };
    if (marker.diplomaticLensLoaded) return;
    marker.diplomaticLensLoaded = true;
    // Nothing shows until the reader's toggles are read, which happens while the page is analyzed.
    const painter = Painter.forWindow(window, []);
    let toggled = false;
    void loadSettings(browser.storage.local)
      .catch(() => parseSettings(undefined))
      .then((settings) => {
        // A change made meanwhile is newer than what was read.
        if (!toggled) painter.setEnabled(enabledCategories(settings));
      });
    const session = new PageSession({
      doc: document,
      analyzer: backgroundAnalyzer((message) => browser.runtime.sendMessage(message)),
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
        const notice: PageReportNotice = { type: 'dl/page-report', report };
        // The background may be asleep or updating; the badge is a nicety.
        browser.runtime.sendMessage(notice).catch(() => undefined);
      },
    });

    const flasher = new Flasher(
      (CSS as { highlights?: RegistryLike }).highlights ?? null,
      () => new Highlight(),
      (callback, ms) => setTimeout(callback, ms),
      (timer) => clearTimeout(timer as number),
    );
    // The popup's questions; anything else is not for this script.
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isGetPageReport(message)) return session.report();
      if (isAnalyzeAnyway(message)) return session.analyzeAnyway().then(() => session.report());
      if (isRevealSpan(message)) {
        return session.result().then(({ analysis, map }): RevealResult => ({ found: revealSpan(analysis, map, document, message.id, flasher) }));
      }
      return undefined;
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      toggled = true;
      painter.setEnabled(enabledCategories(parseSettings(changes[SETTINGS_KEY]!.newValue)));
    });
    // The card, in a shadow root hung on <html> (outside the page's content), made on first use.
    let cardRoot: Promise<HTMLElement> | null = null;
    const cards = new CardController(document, session, {
      container: () =>
        (cardRoot ??= createShadowRootUi(ctx, {
          name: 'diplomatic-lens-card',
          position: 'inline',
          anchor: document.documentElement,
          append: 'last',
          css: CARD_CSS,
          onMount: (container) => container,
        }).then((ui) => {
          ui.mount();
          return ui.uiContainer;
        })),
    });
    ctx.addEventListener(document, 'click', (event) => void cards.onClick(event as MouseEvent));
    ctx.addEventListener(window, 'keydown', (event) => cards.onKeyDown(event as KeyboardEvent));

    // In-site navigation through the History API: a new page, a new pass.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      cards.close();
      void session.navigated();
    });
    ctx.onInvalidated(() => session.dispose());
  },
});
