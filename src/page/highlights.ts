// Painting with the CSS Custom Highlight API: one Highlight per category,
// registered under a name the stylesheet (assets/highlights.css) styles.
// Ranges only point into the page's text nodes; the page's DOM and text are
// never changed. Without the API (older browsers) nothing is painted and
// everything else still works.

import type { Commitment, Entity, EntityType, Strength } from '../analysis/types';
import { NearViewport, windowViewport, type ViewportEnv } from './near-viewport';
import { boundsFor, staticRangeMaker, type RangeBounds, type TextMap } from './text-map';

export type Category = Strength | EntityType;

export const COMMITMENT_CATEGORIES: readonly Strength[] = ['firm', 'intent', 'support'];
export const ENTITY_CATEGORIES: readonly EntityType[] = ['person', 'country', 'organization', 'place', 'date', 'instrument'];
export const CATEGORIES: readonly Category[] = [...COMMITMENT_CATEGORIES, ...ENTITY_CATEGORIES];

export const highlightName = (category: Category) => `dl-${category}`;

/** The parts of Highlight and the highlight registry used here: real ones in browsers, fakes in tests. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  readonly size: number;
  priority: number;
}
export interface RegistryLike {
  set(name: string, highlight: never): unknown;
  delete(name: string): unknown;
}

export interface PaintCounts {
  commitments: number;
  entities: number;
}

/**
 * A span painted: where it is in the DOM, and its range once first shown.
 * Each range is an object of the browser's, costly to make and to keep (the
 * garbage collector traces every one): on a long page most are never near
 * the view, so most are never made.
 */
interface Span {
  bounds: RangeBounds;
  range?: AbstractRange;
}

/** Entities draw above commitments: their underline stays visible on the tint. */
const ENTITY_PRIORITY = 1;

/**
 * Above this many ranges only those near the viewport are registered.
 * Chromium recomputes every registered range on the frame after any change
 * (measured: about 4 µs a range to register, 11 µs a range in the pre-paint
 * of a 35,000-range page, a 376 ms frame), so 2,000 ranges keep a frame near
 * 20 ms; a statement has a few hundred.
 */
export const REGISTER_ALL_LIMIT = 2000;

/** Statements carry about one highlighted span per 50 characters (measured: 35,000 on 1.78 million). */
const CHARS_PER_RANGE = 50;

export interface PainterOptions {
  /** Watches what is near the viewport; without it every range is registered. */
  viewport?: ViewportEnv;
  registerAllLimit?: number;
}

/**
 * Paints in batches. Every change to a registered highlight makes the
 * browser recompute all highlighted ranges on its next frame (measured in
 * Chromium with 32,000 ranges: one registration costs one 137 ms frame,
 * adding them over 37 frames costs 26 frames over 50 ms and 3.8 s in all).
 * So painted spans wait until commit(), and the page
 * layer commits twice: after the first window (the top of the page shows
 * at once) and at the end. On a page with more ranges than
 * REGISTER_ALL_LIMIT, only those near the viewport are registered, and
 * again as the reader scrolls.
 */
export class Painter {
  /** What is on screen (or would be, for a category turned off). */
  private readonly shown = new Map<Category, HighlightLike>();
  /** Every span committed, by category. */
  private readonly committed = new Map<Category, Span[]>();
  private committedCount = 0;
  /** Spans painted since the last commit. */
  private readonly pending = new Map<Category, Span[]>();
  /** Makes a span's range (set by the first paint: the document's StaticRange). */
  private makeRange: ((bounds: RangeBounds) => AbstractRange) | null = null;
  private enabled: Set<Category>;
  /** Set once the page has too many ranges to register them all. */
  private near: NearViewport<[Category, Span]> | null = null;
  /** planFor() said the text will hold too many ranges to register them all. */
  private longText = false;

  constructor(
    private readonly registry: RegistryLike | null,
    private readonly newHighlight: () => HighlightLike,
    enabled: Iterable<Category> = CATEGORIES,
    private readonly options: PainterOptions = {},
  ) {
    this.enabled = new Set(enabled);
  }

  /** The Painter for this document's browser, or one that paints nothing where the API is missing. */
  static forWindow(win: Window, enabled?: Iterable<Category>): Painter {
    const api = win as unknown as { CSS?: { highlights?: RegistryLike }; Highlight?: new () => HighlightLike };
    const registry = api.CSS?.highlights ?? null;
    const HighlightClass = api.Highlight;
    if (!registry || !HighlightClass) return new Painter(null, () => new NullHighlight(), enabled);
    return new Painter(registry, () => new HighlightClass(), enabled, { viewport: windowViewport(win) });
  }

  get supported(): boolean {
    return this.registry !== null;
  }

  private add(category: Category, bounds: RangeBounds): void {
    let spans = this.pending.get(category);
    if (!spans) this.pending.set(category, (spans = []));
    spans.push({ bounds });
  }

  private rangeOf(span: Span): AbstractRange {
    return (span.range ??= this.makeRange!(span.bounds));
  }

  /**
   * Told the length of the text about to be painted: a text long enough to
   * hold more ranges than REGISTER_ALL_LIMIT is watched near the viewport
   * from the first commit, so even the first window never registers
   * hundreds of ranges off screen.
   */
  planFor(textLength: number): void {
    this.longText = textLength / CHARS_PER_RANGE > (this.options.registerAllLimit ?? REGISTER_ALL_LIMIT);
  }

  /** Places the spans in the DOM, to show at the next commit(); returns how many were placed. */
  paint(map: TextMap, doc: Document, commitments: readonly Commitment[], entities: readonly Entity[]): PaintCounts {
    const counts: PaintCounts = { commitments: 0, entities: 0 };
    this.makeRange ??= staticRangeMaker(doc);
    for (const commitment of commitments) {
      const bounds = boundsFor(map, commitment.start, commitment.end);
      if (bounds) {
        this.add(commitment.strength, bounds);
        counts.commitments++;
      }
    }
    for (const entity of entities) {
      const bounds = boundsFor(map, entity.start, entity.end);
      if (bounds) {
        this.add(entity.type, bounds);
        counts.entities++;
      }
    }
    return counts;
  }

  /**
   * Shows what was painted since the last commit: per category, one new
   * highlight with every span's range, registered in one go (a single
   * change); or, past REGISTER_ALL_LIMIT, hands the spans to the
   * near-viewport watch.
   */
  commit(): void {
    for (const [category, spans] of this.pending) {
      let all = this.committed.get(category);
      if (!all) this.committed.set(category, (all = []));
      for (const span of spans) all.push(span);
      this.committedCount += spans.length;
    }
    const viewport = this.options.viewport;
    if (!this.near && viewport && (this.longText || this.committedCount > (this.options.registerAllLimit ?? REGISTER_ALL_LIMIT))) {
      // What is registered now stays until the browser reports what is near.
      this.near = new NearViewport<[Category, Span]>(viewport, () => this.showNear());
      for (const [category, spans] of this.committed) for (const span of spans) this.near.add([category, span], span.bounds.first.node);
    } else if (this.near) {
      for (const [category, spans] of this.pending) for (const span of spans) this.near.add([category, span], span.bounds.first.node);
    } else {
      for (const category of this.pending.keys()) this.show(category, this.committed.get(category)!);
    }
    this.pending.clear();
  }

  /** Registers (if enabled) a new highlight of `category` holding the spans' ranges. */
  private show(category: Category, spans: Iterable<Span>): void {
    const highlight = this.newHighlight();
    highlight.priority = (ENTITY_CATEGORIES as readonly string[]).includes(category) ? ENTITY_PRIORITY : 0;
    for (const span of spans) highlight.add(this.rangeOf(span));
    this.shown.set(category, highlight);
    if (this.enabled.has(category)) this.registry?.set(highlightName(category), highlight as never);
  }

  private showNear(): void {
    const near = new Map<Category, Span[]>();
    for (const category of this.committed.keys()) near.set(category, []);
    for (const [category, span] of this.near!.items()) near.get(category)!.push(span);
    for (const [category, spans] of near) this.show(category, spans);
  }

  /** Shows only the given categories, at once, without rebuilding any range. */
  setEnabled(categories: Iterable<Category>): void {
    this.enabled = new Set(categories);
    for (const [category, highlight] of this.shown) {
      if (this.enabled.has(category)) this.registry?.set(highlightName(category), highlight as never);
      else this.registry?.delete(highlightName(category));
    }
  }

  /** Removes every range and unregisters every highlight. */
  clear(): void {
    for (const [category, highlight] of this.shown) {
      highlight.clear();
      this.registry?.delete(highlightName(category));
    }
    this.shown.clear();
    this.committed.clear();
    this.committedCount = 0;
    this.pending.clear();
    this.near?.clear();
    this.near = null;
    this.longText = false;
  }
}

/** Stands in for Highlight where the API is missing: holds nothing. */
class NullHighlight implements HighlightLike {
  priority = 0;
  readonly size = 0;
  add(): void {}
  clear(): void {}
}
