// Which ranges are near the viewport, for pages with too many to register
// at once. The browser's own IntersectionObserver watches the element each
// range starts in, so scrolling costs the page nothing until an element
// comes within a margin of the screen (or leaves it); then the owner is told
// once per batch and registers only the ranges near the reader.

/** The parts of IntersectionObserver used here: the real one in browsers, a fake in tests. */
export interface ObserverLike {
  observe(target: Element): void;
  disconnect(): void;
}
export interface EntryLike {
  target: Element;
  isIntersecting: boolean;
}
export type ObserverFactory = (callback: (entries: readonly EntryLike[]) => void, rootMargin: string) => ObserverLike;

/**
 * How far beyond the screen ranges stay registered: a screen above and
 * below, so a reader scrolling at a normal pace never sees unpainted text.
 */
const ROOT_MARGIN = '100% 0px 100% 0px';

export class NearViewport<Tag> {
  private readonly byElement = new Map<Element, Array<[Tag, AbstractRange]>>();
  private readonly near = new Set<Element>();
  private observer: ObserverLike | null = null;

  constructor(
    private readonly createObserver: ObserverFactory,
    /** Called after each batch of elements came near or went away. */
    private readonly onChange: () => void,
  ) {}

  /** Starts watching where `range` is; it counts as near once the browser says so. */
  add(tag: Tag, range: AbstractRange): void {
    const start = range.startContainer;
    const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!element) return;
    let ranges = this.byElement.get(element);
    if (!ranges) {
      this.byElement.set(element, (ranges = []));
      (this.observer ??= this.createObserver((entries) => this.update(entries), ROOT_MARGIN)).observe(element);
    }
    ranges.push([tag, range]);
  }

  /** Every range whose element is near the viewport now. */
  *ranges(): Generator<[Tag, AbstractRange]> {
    for (const element of this.near) yield* this.byElement.get(element) ?? [];
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.byElement.clear();
    this.near.clear();
  }

  private update(entries: readonly EntryLike[]): void {
    let changed = false;
    for (const entry of entries) {
      if (!this.byElement.has(entry.target)) continue;
      if (entry.isIntersecting) {
        changed = !this.near.has(entry.target) || changed;
        this.near.add(entry.target);
      } else {
        changed = this.near.delete(entry.target) || changed;
      }
    }
    if (changed) this.onChange();
  }
}
