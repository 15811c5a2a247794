// Painting with the CSS Custom Highlight API: one Highlight per category,
// registered under a name the stylesheet (assets/highlights.css) styles.
// Ranges only point into the page's text nodes; the page's DOM and text are
// never changed. Without the API (older browsers) nothing is painted and
// everything else still works.

import type { Commitment, Entity, EntityType, Strength } from '../analysis/types';
import { staticRangeFor, type TextMap } from './text-map';

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
 * Paints in batches. Every change to a registered highlight makes the
 * browser recompute all highlighted ranges on its next frame (measured in
 * Chromium with 32,000 ranges: one registration costs one 137 ms frame,
 * adding them over 37 frames costs 26 frames over 50 ms and 3.8 s in all).
 * So ranges wait in unregistered highlights until commit(), and the page
 * layer commits twice: after the first window (the top of the page shows
 * at once) and at the end.
 */
export class Painter {
  /** What is on screen (or would be, for a category turned off), and every range committed to it. */
  private readonly shown = new Map<Category, HighlightLike>();
  private readonly committed = new Map<Category, AbstractRange[]>();
  /** Ranges painted since the last commit. */
  private readonly pending = new Map<Category, AbstractRange[]>();
  private enabled: Set<Category>;

  constructor(
    private readonly registry: RegistryLike | null,
    private readonly newHighlight: () => HighlightLike,
    enabled: Iterable<Category> = CATEGORIES,
  ) {
    this.enabled = new Set(enabled);
  }

  /** The Painter for this document's browser, or one that paints nothing where the API is missing. */
  static forWindow(win: Window, enabled?: Iterable<Category>): Painter {
    const api = win as unknown as { CSS?: { highlights?: RegistryLike }; Highlight?: new () => HighlightLike };
    const registry = api.CSS?.highlights ?? null;
    const HighlightClass = api.Highlight;
    if (!registry || !HighlightClass) return new Painter(null, () => new NullHighlight(), enabled);
    return new Painter(registry, () => new HighlightClass(), enabled);
  }

  get supported(): boolean {
    return this.registry !== null;
  }

  private add(category: Category, range: AbstractRange): void {
    let ranges = this.pending.get(category);
    if (!ranges) this.pending.set(category, (ranges = []));
    ranges.push(range);
  }

  /** Makes the spans' ranges, to show at the next commit(); returns how many were made. */
  paint(map: TextMap, doc: Document, commitments: readonly Commitment[], entities: readonly Entity[]): PaintCounts {
    const counts: PaintCounts = { commitments: 0, entities: 0 };
    for (const commitment of commitments) {
      const range = staticRangeFor(map, commitment.start, commitment.end, doc);
      if (range) {
        this.add(commitment.strength, range);
        counts.commitments++;
      }
    }
    for (const entity of entities) {
      const range = staticRangeFor(map, entity.start, entity.end, doc);
      if (range) {
        this.add(entity.type, range);
        counts.entities++;
      }
    }
    return counts;
  }

  /**
   * Shows what was painted since the last commit: per category, one new
   * highlight with every range, registered in one go (a single change).
   */
  commit(): void {
    for (const [category, ranges] of this.pending) {
      const highlight = this.newHighlight();
      highlight.priority = (ENTITY_CATEGORIES as readonly string[]).includes(category) ? ENTITY_PRIORITY : 0;
      let all = this.committed.get(category);
      if (!all) this.committed.set(category, (all = []));
      all.push(...ranges);
      for (const range of all) highlight.add(range);
      this.shown.set(category, highlight);
      if (this.enabled.has(category)) this.registry?.set(highlightName(category), highlight as never);
    }
    this.pending.clear();
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
    this.pending.clear();
  }
}

/** Stands in for Highlight where the API is missing: holds nothing. */
class NullHighlight implements HighlightLike {
  priority = 0;
  readonly size = 0;
  add(): void {}
  clear(): void {}
}
