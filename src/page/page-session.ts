// The content script's life on one page: annotate it, answer for it, and do
// it again when its main text changes (debounced) or the site navigates
// in-page (History API). Browser APIs come in from the entry point, so this
// runs the same in tests.

import { digestOf } from '../analysis/digest';
import type { PageReport } from '../messaging/messages';
import { annotatePage, type Analyzer, type PageResult } from './annotate-page';
import type { Painter } from './highlights';
import { writeStatusAttributes } from './status-attributes';

/** How long the main text must stay still after a change before it is analyzed again. */
export const SETTLE_MS = 400;

export interface SessionEnvironment {
  doc: Document;
  analyzer: Analyzer;
  location: () => string;
  painter: Painter;
  yieldToMain: () => Promise<void>;
  /** Settles once the painter may paint (see AnnotateOptions). */
  readyToPaint?: Promise<unknown>;
  /** Told after every pass (the toolbar badge). */
  onReport?: (report: PageReport) => void;
  /** Injected on the reader's request: analyze whatever detection says. */
  onDemand?: boolean;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  MutationObserver: typeof MutationObserver;
}

export class PageSession {
  private current: Promise<PageResult>;
  private observer: MutationObserver | null = null;
  private settleTimer: unknown = null;
  /** The main element's raw text at the last pass: a mutation that leaves it as it was is no change. */
  private lastRawText: string | null = null;
  /** The reader asked to analyze this page whatever detection says. */
  private forced = false;
  private answered: { result: PageResult; report: PageReport } | null = null;

  constructor(private readonly env: SessionEnvironment) {
    this.current = this.pass();
  }

  /** The latest pass's result, once it is done. */
  result(): Promise<PageResult> {
    return this.current;
  }

  /** The latest pass's report, with the digest the popup lists when annotated. */
  async report(): Promise<PageReport> {
    const result = await this.current;
    if (this.answered?.result !== result) {
      const digest = result.analysis && result.map ? digestOf(result.analysis, result.map.text) : undefined;
      this.answered = { result, report: digest ? { ...result.report, digest } : result.report };
    }
    return this.answered.report;
  }

  /** Analyzes the page although detection says it is not a statement: the reader asked. */
  analyzeAnyway(): Promise<PageResult> {
    this.forced = true;
    return this.rerun();
  }

  /** In-page navigation (History API): a new page, analyzed as such. */
  navigated(): Promise<PageResult> {
    this.forced = false;
    return this.rerun();
  }

  /** Annotates the page again from scratch. */
  rerun(): Promise<PageResult> {
    this.current = this.current.then(() => this.pass());
    return this.current;
  }

  dispose(): void {
    this.observer?.disconnect();
    if (this.settleTimer !== null) this.env.clearTimer(this.settleTimer);
    this.env.painter.clear();
  }

  private async pass(): Promise<PageResult> {
    this.observer?.disconnect();
    this.env.painter.clear();
    const result = await annotatePage(this.env.doc, this.env.location(), {
      analyzer: this.env.analyzer,
      painter: this.env.painter,
      yieldToMain: this.env.yieldToMain,
      readyToPaint: this.env.readyToPaint,
      onDemand: this.env.onDemand || this.forced,
    });
    this.lastRawText = result.main?.textContent ?? null;
    writeStatusAttributes(this.env.doc.documentElement, result.report);
    this.env.onReport?.(result.report);
    this.watch(result.main);
    return result;
  }

  /** Watches the main content; text added later is analyzed once it settles. */
  private watch(main: Element | null): void {
    if (!main) return;
    this.observer = new this.env.MutationObserver(() => {
      if (this.settleTimer !== null) this.env.clearTimer(this.settleTimer);
      this.settleTimer = this.env.setTimer(() => {
        this.settleTimer = null;
        void this.current.then((previous) => {
          // Only a change of text calls for a new pass (not a class the page toggled).
          if (previous.main?.isConnected && previous.main.textContent === this.lastRawText) return;
          void this.rerun();
        });
      }, SETTLE_MS);
    });
    this.observer.observe(main, { childList: true, characterData: true, subtree: true });
  }
}
