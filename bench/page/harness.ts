// The in-page side of the page-layer bench: bundled by esbuild into one IIFE
// and injected into a fixture page (a plain Chromium tab, no extension), so
// the product's own page code runs on a real DOM with the real Highlight
// registry. It exposes window.dlBench; bench/page.ts drives it and reads the
// figures back. Everything timed here is main-thread JavaScript only:
// neither side forces layout, so rendering cost is left to the long-task
// part of the bench (real extension, real frames).

import type { Commitment, Entity } from '../../src/analysis/types';
import { annotatePage } from '../../src/page/annotate-page';
import { inPlaceAnalyzer } from '../../src/page/in-place-analyzer';
import { Painter } from '../../src/page/highlights';
import { adapterFor } from '../../src/page/sites';
import { domPointAt, type TextMap } from '../../src/page/text-map';

/** mark.js 8 (injected from node_modules/mark.js/dist/mark.min.js), only the part used. */
interface MarkRange {
  start: number;
  length: number;
}
interface MarkInstance {
  markRanges(ranges: MarkRange[], options: { className?: string; done?: (marks: number) => void; noMatch?: () => void }): void;
}
declare const Mark: new (context: Element) => MarkInstance;

export interface AnnotateRun {
  status: string;
  pageMs: number;
  analysisMs: number;
  commitments: number;
  entities: number;
  textChars: number;
  /** Distinct text nodes in the text map. */
  mapNodes: number;
  /** Ranges actually registered in the highlights. */
  highlighted: number;
}
export interface FloorRun {
  ms: number;
  nodes: number;
}
export interface MarkPlan {
  spans: number;
  /** Spans handed to mark.js: every `every`-th of them (mark.js's cost is linear in the spans, so its time scales back by `every`). */
  marked: number;
  every: number;
  /** mark.js skips a range overlapping an earlier one: overlapping spans go in further calls. */
  layers: number;
}
export interface MarkRun {
  ms: number;
  /** Spans mark.js reports marked (each may be several <mark> elements). */
  marked: number;
  elements: number;
}

export interface DlBench {
  crossOriginIsolated: boolean;
  annotate(): Promise<AnnotateRun>;
  floor(): FloorRun;
  frame(): Promise<number>;
  prepareMark(every: number): MarkPlan;
  mark(): MarkRun;
  restore(): void;
}
declare global {
  interface Window {
    dlBench: DlBench;
  }
}

/**
 * No task boundary between windows here: timing.page and timing.analysis
 * leave the yields out anyway, and letting the browser render between
 * windows would make every run pay for repainting all highlights so far
 * (seconds a run on the 2 MB page). Rendering is measured apart: frame()
 * below, and the real extension's trace.
 */
const yieldToMain = () => Promise.resolve();

const painter = Painter.forWindow(window);
let last: { map: TextMap; main: Element; commitments: Commitment[]; entities: Entity[] } | null = null;

async function annotate(): Promise<AnnotateRun> {
  painter.clear();
  const result = await annotatePage(document, location.href, { analyzer: inPlaceAnalyzer, painter, yieldToMain });
  const commitments = result.analysis?.commitments ?? [];
  const entities = result.analysis?.entities ?? [];
  if (result.map && result.main) last = { map: result.map, main: result.main, commitments, entities };
  let highlighted = 0;
  for (const name of ['firm', 'intent', 'support', 'person', 'country', 'organization', 'place', 'date', 'instrument']) {
    highlighted += (CSS.highlights.get(`dl-${name}`) as Highlight | undefined)?.size ?? 0;
  }
  return {
    status: result.report.status,
    pageMs: result.timing.page,
    analysisMs: result.timing.analysis,
    commitments: commitments.length,
    entities: entities.length,
    textChars: result.map?.text.length ?? 0,
    mapNodes: result.map ? new Set(result.map.node).size : 0,
    highlighted,
  };
}

/** Elements the text map never enters (text-map.ts SKIPPED_TAGS), as one selector. */
const SKIPPED_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, nav, header, footer, aside, button, form, input, select, textarea, dialog';

/**
 * The floor: one bare TreeWalker pass over the same main element, leaving
 * out the same subtrees (skipped tags and the adapter's skip selector) and
 * keeping the text nodes with any non-space text: the least any page layer
 * must do to find the text it maps.
 */
function floor(): FloorRun {
  const start = performance.now();
  const adapter = adapterFor(new URL(location.href), document);
  const main = adapter.mainContent(document);
  const nodes: Text[] = [];
  if (main) {
    const skip = adapter.skip ? `${SKIPPED_TAGS}, ${adapter.skip}` : SKIPPED_TAGS;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.nodeType === 1 && (node as Element).matches(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const text = /\S/;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3 && text.test((node as Text).data)) nodes.push(node as Text);
    }
  }
  return { ms: performance.now() - start, nodes: nodes.length };
}

/**
 * The next rendering step's cost: from a requestAnimationFrame callback to
 * the first task after that frame (style, layout, pre-paint and paint of
 * whatever changed, here the highlights just registered or cleared).
 */
function frame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    }),
  );
}

let pristine: Element | null = null;
let live: Element | null = null;
let layers: MarkRange[][] = [];

/**
 * The same spans in mark.js's model: offsets into the concatenation of every
 * text node under the context, in document order. Spans come from the last
 * annotate() run; the copy is a clone of the same main element, so its text
 * nodes line up one for one.
 */
function prepareMark(every: number): MarkPlan {
  if (!last) throw new Error('prepareMark() needs an annotate() run first');
  const { map, main } = last;
  const base = new Map<Node, number>();
  const iterator = document.createNodeIterator(main, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
    base.set(node, length);
    length += (node as Text).data.length;
  }
  let ranges: MarkRange[] = [];
  for (const span of [...last.commitments, ...last.entities]) {
    const first = domPointAt(map, span.start);
    const end = domPointAt(map, span.end - 1);
    if (!first || !end) continue;
    const start = base.get(first.node)! + first.offset;
    ranges.push({ start, length: base.get(end.node)! + end.offset + 1 - start });
  }
  const spans = ranges.length;
  // A sample spread over the whole page, when marking all would take minutes.
  ranges.sort((a, b) => a.start - b.start || b.length - a.length);
  if (every > 1) ranges = ranges.filter((_, i) => i % every === 0);
  // Greedy layering: each layer holds non-overlapping ranges, as markRanges requires.
  layers = [];
  const ends: number[] = [];
  for (const range of ranges) {
    let layer = ends.findIndex((end) => end <= range.start);
    if (layer < 0) {
      layer = layers.length;
      layers.push([]);
      ends.push(0);
    }
    layers[layer]!.push(range);
    ends[layer] = range.start + range.length;
  }
  painter.clear();
  pristine = main.cloneNode(true) as Element;
  live = main;
  return { spans, marked: ranges.length, every, layers: layers.length };
}

/** mark.js on a fresh copy of the main element, swapped into the live page (untimed), then timed marking. */
function mark(): MarkRun {
  if (!pristine || !live) throw new Error('mark() needs prepareMark() first');
  const copy = pristine.cloneNode(true) as Element;
  live.replaceWith(copy);
  live = copy;
  // Untimed: drop the previous copy's nodes and the page layer's old Ranges (see in-page.ts).
  (window as unknown as { gc?: () => void }).gc?.();
  let marked = 0;
  const start = performance.now();
  const marker = new Mark(copy);
  // markRanges sorts (and so mutates) its input: hand it a copy each run.
  for (const layer of layers) marker.markRanges(layer.map((range) => ({ ...range })), { className: 'dl-mark', done: (count) => (marked += count), noMatch: () => undefined });
  const ms = performance.now() - start;
  return { ms, marked, elements: copy.querySelectorAll('mark[data-markjs]').length };
}

/** Puts the original main element back and unpaints. */
function restore(): void {
  if (last && live && live !== last.main) live.replaceWith(last.main);
  live = last?.main ?? null;
  painter.clear();
}

window.dlBench = { crossOriginIsolated: window.crossOriginIsolated, annotate, floor, frame, prepareMark, mark, restore };
