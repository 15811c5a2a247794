// The real extension on real page loads: how long from the content script
// starting to <html data-diplomatic-lens> being set, and the longest
// main-thread task while it works. The product sets no performance marks,
// so both come from a Chromium trace of the load:
//   - "content script starts" = the EvaluateScript event of
//     content-scripts/content.js (its compile and top-level run included);
//   - "annotated" = a user-timing mark an init script sets from a
//     MutationObserver the moment the attribute appears;
//   - tasks = the renderer main thread's ThreadControllerImpl::RunTask
//     events: every task, not only those over 50 ms.
// The same init script registers a 'longtask' PerformanceObserver, the
// page's own view of tasks over 50 ms, as a cross-check. Nothing from
// Playwright runs in the page while it is traced (no waitForSelector, which
// injects a script): the init script reports "done" on the console.
// DL_TIMELINE=1 prints every task of the load on the page's main thread and
// the busy tasks of other processes (the background's analysis among them).

import type { BrowserContext, CDPSession } from 'playwright-core';

/** Runs in the page's main world before any of its scripts. */
export const PROBE_INIT_SCRIPT = `(() => {
  if (window !== window.top) return;
  const probe = (window.__dlProbe = { longtasks: [], attrAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longtasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((records, observer) => {
    if (!document.documentElement || !document.documentElement.hasAttribute('data-diplomatic-lens')) return;
    probe.attrAt = performance.now();
    performance.mark('dl-annotated');
    observer.disconnect();
    console.debug('dl-bench-annotated');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-diplomatic-lens'] });
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; startTime?: number } };
}

export interface LoadFigures {
  status: string | null;
  /** Content script start (EvaluateScript of content.js) to the status attribute, ms. */
  latencyMs: number;
  /** The content script's first task: compile and top-level evaluation, ms. */
  evaluateMs: number;
  /** Longest main-thread task from the content script's start to 500 ms after the attribute, ms, and what filled most of it. */
  longestTaskMs: number;
  longestTaskWhat: string;
  /** The same, among the tasks that ran the extension's code (a rendering task counts when one of our callbacks ran in it). */
  longestOursMs: number;
  longestOursWhat: string;
  /** Tasks over 50 ms in that span: from the trace, and from the page's 'longtask' observer. */
  tracedOver50: number;
  observedOver50: number;
  /** The longest task over the whole load before the content script started (the page's own parsing and layout), ms. */
  longestBeforeMs: number;
}

/** Trace categories: task boundaries, script evaluation, rendering steps and user-timing marks; nothing heavier. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

/** How long after the attribute appears tasks still count: the last highlights' paint comes after it. */
const TAIL_MS = 500;

async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    return { result: await work(), events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
}

/** The event filling most of the task: the longest other event inside it on the same thread. */
function dominant(task: TraceEvent, thread: TraceEvent[]): string {
  const end = task.ts + task.dur!;
  let best: TraceEvent | null = null;
  for (const event of thread) {
    if (event === task || event.ph !== 'X' || event.dur === undefined || event.ts < task.ts || event.ts + event.dur > end) continue;
    if (/RunTask|mojo|OnHandleReady|PerformMicrotaskCheckpoint/.test(event.name)) continue;
    if (!best || event.dur > best.dur!) best = event;
  }
  if (!best) return 'task';
  const url = best.args?.data?.url ?? '';
  return `${best.name}${url.includes('/content-scripts/') ? ' (content.js)' : ''} ${(best.dur! / 1000).toFixed(0)} ms`;
}

/** Whether any script of an extension ran inside `task` (its events name their script's URL). */
function runsExtensionCode(task: TraceEvent, thread: TraceEvent[]): boolean {
  const end = task.ts + task.dur!;
  return thread.some((event) => event.ts >= task.ts && event.ts <= end && (event.args?.data?.url ?? '').startsWith('chrome-extension://'));
}

/**
 * A load of `url` without the extension (plain browser): the longest task on
 * the page's main thread from DOMContentLoaded to `settleMs` later, ms: the
 * page's own first rendering, which the extension's window also holds.
 */
export async function measurePlainLoad(context: BrowserContext, url: string, settleMs: number): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { events } = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(settleMs);
    });
    const loaded = events.find((e) => e.name === 'MarkDOMContent');
    if (!loaded) throw new Error(`${url}: the trace has no DOMContentLoaded`);
    const end = loaded.ts + settleMs * 1000;
    return events
      .filter((e) => e.pid === loaded.pid && e.tid === loaded.tid && e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.ts >= loaded.ts && e.ts <= end)
      .reduce((top, task) => Math.max(top, task.dur! / 1000), 0);
  } finally {
    await page.close();
  }
}

export async function measureLoad(context: BrowserContext, url: string, timeoutMs: number): Promise<LoadFigures> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { events } = await traced(cdp, async () => {
      const annotated = page.waitForEvent('console', { predicate: (message) => message.text() === 'dl-bench-annotated', timeout: timeoutMs });
      await page.goto(url, { waitUntil: 'commit' });
      await annotated;
      await page.waitForTimeout(TAIL_MS);
    });
    const probe = await page.evaluate(() => {
      const found = (window as unknown as { __dlProbe: { longtasks: [number, number][]; attrAt: number | null } }).__dlProbe;
      return { ...found, status: document.documentElement.getAttribute('data-diplomatic-lens') };
    });

    const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes('/content-scripts/content.js'));
    const mark = events.find((e) => e.name === 'dl-annotated' && e.cat.includes('blink.user_timing'));
    if (!evaluate || !mark) throw new Error(`${url}: the trace has no ${evaluate ? 'dl-annotated mark' : 'content.js EvaluateScript event'}`);
    const thread = events.filter((e) => e.pid === evaluate.pid && e.tid === evaluate.tid);
    const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.dur !== undefined);
    const from = evaluate.ts;
    const to = mark.ts + TAIL_MS * 1000;
    const during = tasks.filter((task) => task.ts + task.dur! >= from && task.ts <= to);
    const before = tasks.filter((task) => task.ts + task.dur! < from);
    const longest = during.reduce<TraceEvent | null>((top, task) => (!top || task.dur! > top.dur! ? task : top), null);
    const ours = during.filter((task) => runsExtensionCode(task, thread)).reduce<TraceEvent | null>((top, task) => (!top || task.dur! > top.dur! ? task : top), null);

    // Page clock to trace clock: the mark's trace event carries its performance.now() time.
    const markStart = mark.args?.data?.startTime ?? probe.attrAt ?? 0;
    const toTrace = (pageMs: number) => mark.ts + (pageMs - markStart) * 1000;
    const observedOver50 = probe.longtasks.filter(([start, duration]) => toTrace(start + duration) >= from && toTrace(start) <= to).length;

    if (process.env.DL_TIMELINE) {
      for (const task of during) {
        if (task.ts > mark.ts + TAIL_MS * 1000) continue;
        console.log(`  +${((task.ts - from) / 1000).toFixed(1)} ms  ${(task.dur! / 1000).toFixed(1)} ms  ${dominant(task, thread)}`);
        if (task.dur! < 40_000) continue;
        for (const event of thread) {
          if (event === task || event.ph !== 'X' || event.dur === undefined || event.dur < 3000 || event.ts < task.ts || event.ts > task.ts + task.dur!) continue;
          console.log(`      ${event.name} ${(event.dur / 1000).toFixed(1)} ms`);
        }
      }
      const sw = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= mark.ts && e.pid !== evaluate.pid && e.dur > 2000 && !/ThreadPool|Epoll|mojo/.test(e.name));
      for (const e of sw) console.log(`  other pid ${e.pid}/${e.tid} +${((e.ts - from) / 1000).toFixed(1)} ms ${(e.dur! / 1000).toFixed(1)} ms ${e.name} ${e.args?.data?.url ?? ''}`);
    }
    return {
      status: probe.status,
      latencyMs: (mark.ts - evaluate.ts) / 1000,
      evaluateMs: (evaluate.dur ?? 0) / 1000,
      longestTaskMs: longest ? longest.dur! / 1000 : 0,
      longestTaskWhat: longest ? dominant(longest, thread) : '',
      longestOursMs: ours ? ours.dur! / 1000 : 0,
      longestOursWhat: ours ? dominant(ours, thread) : '',
      tracedOver50: during.filter((task) => task.dur! > 50_000).length,
      observedOver50,
      longestBeforeMs: before.reduce((top, task) => Math.max(top, task.dur! / 1000), 0),
    };
  } finally {
    await page.close();
  }
}

/** Runs in the popup before its scripts: the moment the summary is on screen, in ms since the popup started loading. */
const SUMMARY_PROBE = `(() => {
  new MutationObserver((records, observer) => {
    if (!document.querySelector('[data-testid="summary"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__dlSummaryAt = performance.now();
      console.debug('dl-bench-summary');
    });
  }).observe(document, { subtree: true, childList: true });
})();`;

/**
 * Opens popup.html?tab=ID as the toolbar would show it and times, from the
 * start of its navigation, until its summary is laid out for the next frame.
 */
export async function measurePopup(context: BrowserContext, popupUrl: string, timeoutMs: number): Promise<{ summaryMs: number; loadedMs: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: SUMMARY_PROBE });
    const shown = page.waitForEvent('console', { predicate: (message) => message.text() === 'dl-bench-summary', timeout: timeoutMs });
    await page.goto(popupUrl);
    await shown;
    return await page.evaluate(() => ({
      summaryMs: (window as unknown as { __dlSummaryAt: number }).__dlSummaryAt,
      // The page's own loading (HTML, scripts, styles): what the browser spends before the popup's code runs.
      loadedMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    }));
  } finally {
    await page.close();
  }
}

/**
 * Stops every service worker of the browser, the extension's background
 * among them, as Chrome does after 30 idle seconds: the next load measures
 * a background that must start again (its warm-up script wakes it at
 * document start).
 */
export async function stopBackground(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
}
