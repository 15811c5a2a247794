// Painting with the CSS Custom Highlight API: one Highlight per category,
// registered under a name the stylesheet (assets/highlights.css) styles.
// Ranges only point into the page's text nodes; the page's DOM and text are
// never changed. Without the API (older browsers) nothing is painted and
// everything else still works.

import type { Commitment, Entity, EntityType, Strength } from '../analysis/types';
import { NearViewport, windowViewport, type ViewportEnv } from './near-viewport';
import { staticRangeMaker, type TextMap } from './text-map';

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
 * So ranges wait in unregistered highlights until commit(), and the page
 * layer commits twice: after the first window (the top of the page shows
 * at once) and at the end. On a page with more ranges than
 * REGISTER_ALL_LIMIT, only those near the viewport are registered, and
 * again as the reader scrolls.
 */
export class Painter {
  /** What is on screen (or would be, for a category turned off). */
  private readonly shown = new Map<Category, HighlightLike>();
  /** Every range committed, by category. */
  private readonly committed = new Map<Category, AbstractRange[]>();
  private committedCount = 0;
  /** Ranges painted since the last commit. */
  private readonly pending = new Map<Category, AbstractRange[]>();
  private enabled: Set<Category>;
  /** Set once the page has too many ranges to register them all. */
  private near: NearViewport<Category> | null = null;
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

  private add(category: Category, range: AbstractRange): void {
    let ranges = this.pending.get(category);
    if (!ranges) this.pending.set(category, (ranges = []));
    ranges.push(range);
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

  /** Makes the spans' ranges, to show at the next commit(); returns how many were made. */
  paint(map: TextMap, doc: Document, commitments: readonly Commitment[], entities: readonly Entity[]): PaintCounts {
    const counts: PaintCounts = { commitments: 0, entities: 0 };
    const rangeOver = staticRangeMaker(map, doc);
    for (const commitment of commitments) {
      const range = rangeOver(commitment.start, commitment.end);
      if (range) {
        this.add(commitment.strength, range);
        counts.commitments++;
      }
    }
    for (const entity of entities) {
      const range = rangeOver(entity.start, entity.end);
      if (range) {
        this.add(entity.type, range);
        counts.entities++;
      }
    }
    return counts;
  }

  /**
   * Shows what was painted since the last commit: per category, one new
   * highlight with every range, registered in one go (a single change); or,
   * past REGISTER_ALL_LIMIT, hands the ranges to the near-viewport watch.
   */
  commit(): void {
    for (const [category, ranges] of this.pending) {
      let all = this.committed.get(category);
      if (!all) this.committed.set(category, (all = []));
      all.push(...ranges);
      this.committedCount += ranges.length;
    }
    const viewport = this.options.viewport;
    if (!this.near && viewport && (this.longText || this.committedCount > (this.options.registerAllLimit ?? REGISTER_ALL_LIMIT))) {
      // What is registered now stays until the browser reports what is near.
      this.near = new NearViewport<Category>(viewport, () => this.showNear());
      for (const [category, ranges] of this.committed) for (const range of ranges) this.near.add(category, range);
    } else if (this.near) {
      for (const [category, ranges] of this.pending) for (const range of ranges) this.near.add(category, range);
    } else {
      for (const category of this.pending.keys()) this.show(category, this.committed.get(category)!);
    }
    this.pending.clear();
  }

  /** Registers (if enabled) a new highlight of `category` holding `ranges`. */
  private show(category: Category, ranges: Iterable<AbstractRange>): void {
    const highlight = this.newHighlight();
    highlight.priority = (ENTITY_CATEGORIES as readonly string[]).includes(category) ? ENTITY_PRIORITY : 0;
    for (const range of ranges) highlight.add(range);
    this.shown.set(category, highlight);
    if (this.enabled.has(category)) this.registry?.set(highlightName(category), highlight as never);
  }

  private showNear(): void {
    const near = new Map<Category, AbstractRange[]>();
    for (const category of this.committed.keys()) near.set(category, []);
    for (const [category, range] of this.near!.ranges()) near.get(category)!.push(range);
    for (const [category, ranges] of near) this.show(category, ranges);
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
