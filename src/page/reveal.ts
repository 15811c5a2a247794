// "Show me": the popup names a commitment, an entity mention or a note by
// id; the page scrolls it to the middle of the screen and flashes it for a moment
// with a highlight of its own (the page's text is untouched, as ever).

import type { Analysis } from '../analysis/types';
import type { HighlightLike, RegistryLike } from './highlights';
import { rangeFor, type TextMap } from './text-map';

export const FLASH_HIGHLIGHT = 'dl-flash';
/** Long enough to catch the eye after the scroll, short enough not to linger over the text. */
export const FLASH_MS = 1600;

export class Flasher {
  private timer: unknown = null;

  constructor(
    private readonly registry: RegistryLike | null,
    private readonly newHighlight: () => HighlightLike,
    private readonly setTimer: (callback: () => void, ms: number) => unknown,
    private readonly clearTimer: (timer: unknown) => void,
  ) {}

  /** Flashes `range` alone, replacing a flash still on. */
  flash(range: AbstractRange): void {
    if (!this.registry) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    const highlight = this.newHighlight();
    // Above every category's highlight.
    highlight.priority = 10;
    highlight.add(range);
    this.registry.set(FLASH_HIGHLIGHT, highlight as never);
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.registry?.delete(FLASH_HIGHLIGHT);
    }, FLASH_MS);
  }
}

/** The commitment or entity mention with this id, or null. */
export function spanById(analysis: Analysis, id: string): { start: number; end: number } | null {
  return analysis.commitments.find((c) => c.id === id) ?? analysis.entities.find((e) => e.id === id) ?? null;
}

/** Scrolls text [start, end) to the middle of the screen and flashes it; false when it is not in the map. */
export function revealText(map: TextMap, doc: Document, span: { start: number; end: number }, flasher: Flasher): boolean {
  const range = rangeFor(map, span.start, span.end, doc);
  if (!range) return false;
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  flasher.flash(range);
  return true;
}

/** Reveals the commitment or entity mention with this id; false when there is no such span on the page. */
export function revealSpan(analysis: Analysis | null, map: TextMap | null, doc: Document, id: string, flasher: Flasher): boolean {
  const span = analysis ? spanById(analysis, id) : null;
  return !!span && !!map && revealText(map, doc, span, flasher);
}
