// One pass over a page: pick its site adapter, map its main text, have it
// judged (a statement or not) and analyzed, and paint it a window at a time,
// yielding to the page between windows so no task runs long on a huge page.
// This file is the single place the steps are wired.

import { withDocumentKeys } from '../analysis/document-keys';
import { countEntities } from '../analysis/entity-counts';
import type { Analysis, Commitment, Entity, PageMeta, StatementInfo, Strength } from '../analysis/types';
import { shiftAnalysis, windowsOf } from '../analysis/windows';
import type { PageReport } from '../messaging/messages';
import type { Painter } from './highlights';
import { adapterFor } from './sites';
import { generic } from './sites/generic';
import { TextMapWalk, type TextMap } from './text-map';

export interface PageResult {
  report: PageReport;
  analysis: Analysis | null;
  map: TextMap | null;
  /** The element the text came from, to watch for later changes. */
  main: Element | null;
  /**
   * Milliseconds, for the bench: the page layer's own work, and the analysis
   * (statement detection plus the time the analyzer took to answer).
   */
  timing: { page: number; analysis: number };
}

/** One window's answer: whether its text is a statement's, and its analysis unless that was skipped. */
export interface WindowAnswer {
  statement: StatementInfo;
  analysis: Analysis | null;
}

/**
 * Judges and analyzes one window of text; with `onlyIfStatement`, a text that
 * is not a statement's is only judged. In the extension the background does
 * it (see background-analyzer.ts); tests and the bench analyze in place.
 */
export type Analyzer = (text: string, meta: PageMeta, onlyIfStatement: boolean) => Promise<WindowAnswer>;

export interface AnnotateOptions {
  analyzer: Analyzer;
  painter: Painter;
  /** Lets the page run between windows (a resolved promise in tests). */
  yieldToMain: () => Promise<void>;
  /** Settles once the painter may paint (the reader's toggles applied); painting waits for it, the analysis does not. */
  readyToPaint?: Promise<unknown>;
  /** Characters per analysis window: about 10 ms of work each. */
  windowChars?: number;
  /**
   * The reader asked for this page ("Analyze this page" on a site that is
   * not official): analyze it whatever detection says. The report still
   * tells the truth about whether it is a statement.
   */
  onDemand?: boolean;
  now?: () => number;
}

/**
 * About 10 ms of analysis: the first window's highlights show soon, and each
 * window's message and ranges are small enough for a short task.
 */
export const PAGE_WINDOW_CHARS = 48 * 1024;

/** The longest the text map is built for before the page gets to run: well under a 50 ms long task. */
const SLICE_MS = 10;

const NONE = { commitments: 0, entities: 0 };

function report(status: PageReport['status'], href: string, adapter: string, statement: PageReport['statement'], counts = NONE, error?: string): PageReport {
  return { status, url: href, adapter, statement, counts, ...(error === undefined ? {} : { error }) };
}

/**
 * The whole page's analysis from its windows' parts: statement and summary sentences from the first; the entities under
 * the keys the whole page gives them (a later window's "Price" is the first's "Ned Price").
 */
function merge(first: Analysis, commitments: Commitment[], windowEntities: Entity[], statement: Analysis['statement']): Analysis {
  const counts: Record<Strength, number> = { firm: 0, intent: 0, support: 0 };
  for (const commitment of commitments) counts[commitment.strength]++;
  const entities = withDocumentKeys(windowEntities);
  return {
    ...first,
    statement,
    commitments,
    entities,
    summary: { ...first.summary, commitments: counts, topEntities: countEntities(entities).slice(0, first.summary.topEntities.length || 8) },
  };
}

export async function annotatePage(doc: Document, href: string, options: AnnotateOptions): Promise<PageResult> {
  const now = options.now ?? (() => performance.now());
  const timing = { page: 0, analysis: 0 };
  let adapterId = 'none';
  try {
    let start = now();
    const url = new URL(href);
    let adapter = adapterFor(url, doc);
    const meta = adapter.meta(doc, url);
    let main = adapter.mainContent(doc);
    // Asked to analyze a page its site's template does not hold a statement in: read it as any page.
    if (!main && options.onDemand && adapter !== generic) {
      adapter = generic;
      main = generic.mainContent(doc);
    }
    adapterId = adapter.id;
    let map: TextMap | null = null;
    if (main) {
      // A slice at a time: a long page's text takes longer than one short task to map.
      const walk = new TextMapWalk(main, adapter.skip);
      while (!(map = walk.step(() => now() - start > SLICE_MS))) {
        timing.page += now() - start;
        await options.yieldToMain();
        start = now();
      }
    }
    timing.page += now() - start;
    if (!map) {
      // No main text: the page is judged by its address and metadata alone.
      const { statement } = await options.analyzer('', meta, true);
      return { report: report('not-statement', href, adapterId, statement), analysis: null, map, main, timing };
    }

    let first: Analysis | null = null;
    let statement: StatementInfo | null = null;
    const commitments: Commitment[] = [];
    const entities: Entity[] = [];
    const windows = [...windowsOf(map.text, options.windowChars ?? PAGE_WINDOW_CHARS)];
    // The first window's answer says whether the page is a statement (the
    // header, type labels and text cues the judgement reads are at the top);
    // unless the reader asked, a page that is not one is not analyzed.
    const request = (index: number): Promise<WindowAnswer> | null => {
      if (index >= windows.length) return null;
      const pending = options.analyzer(windows[index]!.text, meta, index === 0 && !options.onDemand);
      // Handled where it is awaited; if painting fails first, it is dropped quietly.
      pending.catch(() => undefined);
      return pending;
    };
    start = now();
    let next = request(0);
    timing.analysis += now() - start;
    for (let index = 0; index < windows.length; index++) {
      if (index > 0) await options.yieldToMain();
      const window = windows[index]!;
      start = now();
      const answer = await next!;
      statement ??= answer.statement;
      if (!answer.analysis) {
        timing.analysis += now() - start;
        return { report: report('not-statement', href, adapterId, statement), analysis: null, map, main, timing };
      }
      if (index === 0) options.painter.planFor(map.text.length);
      next = request(index + 1);
      first ??= answer.analysis;
      const shifted = shiftAnalysis(answer.analysis, window, index);
      timing.analysis += now() - start;
      if (index === 0 && options.readyToPaint) await options.readyToPaint;
      start = now();
      options.painter.paint(map, doc, shifted.commitments, shifted.entities);
      // The top of the page shows at once; the rest in one change at the end (see Painter).
      if (index === 0) options.painter.commit();
      timing.page += now() - start;
      commitments.push(...shifted.commitments);
      entities.push(...shifted.entities);
    }
    start = now();
    options.painter.commit();
    timing.page += now() - start;
    const analysis = merge(first!, commitments, entities, statement!);
    const counts = { commitments: commitments.length, entities: entities.length };
    return { report: report('annotated', href, adapterId, statement, counts), analysis, map, main, timing };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { report: report('error', href, adapterId, null, NONE, message), analysis: null, map: null, main: null, timing };
  }
}
