// Which highlighted spans are near the viewport, for pages with too many to
// register at once. The elements the spans start in are kept in text order, which
// on a statement's main text is also top-to-bottom order; after a scroll or
// a resize (at most once a frame) a binary search over their boxes finds the
// first and last within a screen of the view: a couple of dozen box reads
// whatever the page's length, instead of the browser tracking thousands of
// elements (an IntersectionObserver on 4,700 paragraphs cost a 28 ms task).

/** What the tracker needs from the window: real in browsers, fake in tests. */
export interface ViewportEnv {
  /** Calls `callback` after the view may have moved (scroll anywhere, resize), at most once a frame; returns how to stop. */
  watch(callback: () => void): () => void;
  /** Runs `callback` in a task after the next frame. */
  nextFrame(callback: () => void): void;
  viewportHeight(): number;
}

/**
 * The window's viewport. Looks at the view in a task of its own (not in a
 * frame callback): reading boxes may force a layout, and registering
 * highlights makes the next frame repaint them, and on a long page each of
 * those is tens of milliseconds; apart, neither makes a long task.
 */
export function windowViewport(win: Window): ViewportEnv {
  const soon = (callback: () => void) => void win.setTimeout(callback, 0);
  return {
    watch(callback) {
      let queued = false;
      const onMove = () => {
        if (queued) return;
        queued = true;
        // After the frame the scroll produced, as a task of its own.
        win.requestAnimationFrame(() =>
          soon(() => {
            queued = false;
            callback();
          }),
        );
      };
      const options = { capture: true, passive: true } as const;
      win.addEventListener('scroll', onMove, options);
      win.addEventListener('resize', onMove, options);
      return () => {
        win.removeEventListener('scroll', onMove, options);
        win.removeEventListener('resize', onMove, options);
      };
    },
    nextFrame: (callback) => void win.requestAnimationFrame(() => soon(callback)),
    viewportHeight: () => win.innerHeight,
  };
}

export class NearViewport<Item> {
  private readonly elements: Element[] = [];
  private readonly byElement = new Map<Element, Item[]>();
  /** The near elements: elements[first .. last], or none when last < first. */
  private first = 0;
  private last = -1;
  private stop: (() => void) | null = null;
  private scheduled = false;

  constructor(
    private readonly env: ViewportEnv,
    /** Called when the set of near items changed. */
    private readonly onChange: () => void,
  ) {}

  /** Adds an item that starts at `start`, in text order; it counts once the next frame's look at the view finds it near. */
  add(item: Item, start: Node): void {
    const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!element) return;
    let items = this.byElement.get(element);
    if (!items) {
      this.byElement.set(element, (items = []));
      this.elements.push(element);
    }
    items.push(item);
    this.stop ??= this.env.watch(() => this.update());
    this.schedule();
  }

  /** Every item whose element is near the viewport now. */
  *items(): Generator<Item> {
    for (let i = this.first; i <= this.last; i++) yield* this.byElement.get(this.elements[i]!)!;
  }

  clear(): void {
    this.stop?.();
    this.stop = null;
    this.elements.length = 0;
    this.byElement.clear();
    this.first = 0;
    this.last = -1;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.env.nextFrame(() => {
      this.scheduled = false;
      this.update();
    });
  }

  /** Finds the near elements again; tells the owner if they changed. */
  update(): void {
    const margin = this.env.viewportHeight();
    const top = -margin;
    const bottom = this.env.viewportHeight() + margin;
    // The first element whose box ends below the band's top, and the last whose box starts above its bottom.
    const first = this.search((rect) => rect.bottom >= top);
    const last = this.search((rect) => rect.top > bottom) - 1;
    if (first === this.first && last === this.last) return;
    this.first = first;
    this.last = last;
    this.onChange();
  }

  /** The first index whose box passes `test` (a test false then true along the page), or the length. */
  private search(test: (rect: DOMRect) => boolean): number {
    let low = 0;
    let high = this.elements.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (test(this.elements[mid]!.getBoundingClientRect())) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
