// The main content as one string, and the way back from every offset in it
// to the DOM text node and offset it came from. Blocks (paragraphs,
// headings, list items, line breaks) are separated by a blank line, so no
// sentence runs across them; white space runs (no-break spaces included)
// fold to one space, soft hyphens vanish, and chrome that is never
// statement text is left out. The page itself is only read, never changed.

export interface TextMap {
  text: string;
  /** Segments in text order: text[textStart[i] .. +length[i]) is node[i].data[nodeStart[i] .. +length[i]). */
  textStart: number[];
  node: Text[];
  nodeStart: number[];
  length: number[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** By local name (lower case, as HTML and SVG elements have it). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'nav', 'header', 'footer', 'aside', 'button', 'form', 'input', 'select', 'textarea', 'dialog',
]);

/** Elements whose start and end break the text into blocks, by local name. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'address',
  'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'section', 'article', 'main', 'figure', 'figcaption',
  'dl', 'dt', 'dd', 'br', 'hr', 'details', 'summary',
]);

/** Class names pages use for text only screen readers get. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden)(?:\s|$)/;

/** Markers around the agreed text of a joint statement, and the "# # #" end mark: framing, never content. */
const MARKER = /^(?:begin text|end text)[:.]?$|^#(?: ?#){2}$/i;

const SOFT_HYPHEN = 0xad;

/**
 * Runs of visible characters: neither white space (JavaScript's \s, which
 * takes in no-break and other Unicode spaces) nor soft hyphens.
 */
const VISIBLE_RUN = /[^\s\u00ad]+/g;

/** What folding changes: white space other than a single space, and soft hyphens. */
const FOLDED = /[^\S ]| {2}|\u00ad/;

function isSkipped(element: Element, skip: string): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // Every other reason is an attribute (adapters' skip selectors too: see SiteAdapter.skip), and
  // most elements of a statement's text (<p>, <em>, <br>) have none: one call answers for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  if (SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) return true;
  return skip !== '' && element.matches(skip);
}

/** Collects one block at a time; a finished block joins the map unless empty or a marker. */
class MapBuilder {
  readonly map: TextMap = { text: '', textStart: [], node: [], nodeStart: [], length: [] };
  private readonly blocks: string[] = [];
  private textLength = 0;
  private block = '';
  private pendingSpace: DomPoint | null = null;
  private readonly segments: Array<{ textStart: number; node: Text; nodeStart: number; length: number }> = [];

  /**
   * Appends data[from, to) of `node` (no white space in it), or with `char`
   * that one character for data[from]. The caller passes the node's data it
   * read once: every read of Text.data crosses into the browser and copies.
   */
  private emit(node: Text, from: number, to: number, data: string, char?: string): void {
    const length = to - from;
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === from && last.textStart + last.length === this.block.length) {
      last.length += length;
    } else {
      this.segments.push({ textStart: this.block.length, node, nodeStart: from, length });
    }
    this.block += char ?? data.slice(from, to);
  }

  /**
   * Copies visible text a run at a time, never a character at a time:
   * regular expressions (compiled to machine code) find what folds, so this
   * is fast even on the page's first pass, while its JavaScript still runs
   * interpreted.
   */
  addText(node: Text): void {
    const data = node.data;
    // Most text is words and single spaces, maybe one space at either end
    // (around inline tags): nothing in it folds, so it is one segment.
    const from = data.charCodeAt(0) === 32 ? 1 : 0;
    const to = data.charCodeAt(data.length - 1) === 32 ? data.length - 1 : data.length;
    if (to > from && !FOLDED.test(data)) {
      this.noteSpace(node, data, 0, from);
      this.emitPendingSpace();
      this.emit(node, from, to, data);
      this.noteSpace(node, data, to, data.length);
      return;
    }
    let gapStart = 0;
    VISIBLE_RUN.lastIndex = 0;
    for (let run = VISIBLE_RUN.exec(data); run; run = VISIBLE_RUN.exec(data)) {
      this.noteSpace(node, data, gapStart, run.index);
      this.emitPendingSpace();
      gapStart = VISIBLE_RUN.lastIndex;
      this.emit(node, run.index, gapStart, data);
    }
    this.noteSpace(node, data, gapStart, data.length);
  }

  /** The space pending before the visible text about to be emitted, if any. */
  private emitPendingSpace(): void {
    if (!this.pendingSpace) return;
    this.emit(this.pendingSpace.node, this.pendingSpace.offset, this.pendingSpace.offset + 1, '', ' ');
    this.pendingSpace = null;
  }

  /**
   * A gap between visible runs, data[from, to), holding a white space
   * character: one space, mapped to that character, before whatever visible
   * text comes next, unless the block is still empty or a space is pending.
   */
  private noteSpace(node: Text, data: string, from: number, to: number): void {
    if (this.pendingSpace || this.block.length === 0) return;
    for (let i = from; i < to; i++) {
      if (data.charCodeAt(i) !== SOFT_HYPHEN) {
        this.pendingSpace = { node, offset: i };
        return;
      }
    }
  }

  endBlock(): void {
    const block = this.block;
    if (block.length > 0 && !MARKER.test(block)) {
      const base = this.textLength + (this.blocks.length > 0 ? 2 : 0);
      for (const segment of this.segments) {
        this.map.textStart.push(base + segment.textStart);
        this.map.node.push(segment.node);
        this.map.nodeStart.push(segment.nodeStart);
        this.map.length.push(segment.length);
      }
      this.blocks.push(block);
      this.textLength = base + block.length;
    }
    this.block = '';
    this.pendingSpace = null;
    this.segments.length = 0;
  }

  finish(): TextMap {
    this.endBlock();
    this.map.text = this.blocks.join('\n\n');
    return this.map;
  }
}

const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);

/** Nodes visited between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 256;

/**
 * The walk that builds the text map of `root`, resumable so a long page can
 * be mapped a slice at a time. Iterative, so deep nesting cannot overflow
 * the stack; shadow roots and frames are other documents and are not entered.
 */
export class TextMapWalk {
  private readonly builder = new MapBuilder();
  private node: Node | null;
  private map: TextMap | null = null;

  constructor(
    private readonly root: Element,
    private readonly skip = '',
  ) {
    this.node = root.firstChild;
  }

  /** Walks until done or until `deadline()` says stop; the map once done, else null. */
  step(deadline: () => boolean = () => false): TextMap | null {
    const { root, builder, skip } = this;
    let node = this.node;
    let visited = 0;
    while (node) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && deadline()) {
        this.node = node;
        return null;
      }
      let descend = false;
      // A skipped element never opened a block, so leaving it closes none.
      let skipped = false;
      if (node.nodeType === 3) {
        builder.addText(node as Text);
      } else if (node.nodeType === 1) {
        skipped = isSkipped(node as Element, skip);
        if (!skipped) {
          if (isBlock(node)) builder.endBlock();
          descend = node.firstChild !== null;
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Leaving: close every block on the way up to the next sibling.
      while (node && node !== root && !node.nextSibling) {
        if (!skipped && isBlock(node)) builder.endBlock();
        skipped = false;
        node = node.parentNode;
      }
      if (!node || node === root) break;
      if (!skipped && isBlock(node)) builder.endBlock();
      node = node.nextSibling;
    }
    this.node = null;
    return (this.map ??= builder.finish());
  }
}

/** The text map of `root`, in one go. */
export function buildTextMap(root: Element, skip = ''): TextMap {
  return new TextMapWalk(root, skip).step()!;
}

/** The segment holding text offset `offset`, or -1 (a block break, or past the end). */
function segmentAt(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.textStart.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = map.textStart[mid]!;
    if (offset < start) high = mid - 1;
    else if (offset >= start + map.length[mid]!) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The DOM point of the character at text offset `offset`, or null. */
export function domPointAt(map: TextMap, offset: number): DomPoint | null {
  const segment = segmentAt(map, offset);
  if (segment < 0) return null;
  return { node: map.node[segment]!, offset: map.nodeStart[segment]! + offset - map.textStart[segment]! };
}

/** Where text [start, end) starts and ends in the DOM: the first and the last character's points. */
export interface RangeBounds {
  first: DomPoint;
  last: DomPoint;
}

/** The DOM bounds of text [start, end), or null when either end falls outside the map. */
export function boundsFor(map: TextMap, start: number, end: number): RangeBounds | null {
  if (end <= start) return null;
  const first = domPointAt(map, start);
  const last = domPointAt(map, end - 1);
  return first && last ? { first, last } : null;
}

/** A live DOM range over text [start, end) (for measuring and scrolling), or null outside the map. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const bounds = boundsFor(map, start, end);
  return bounds && liveRange(bounds, doc);
}

function liveRange(bounds: RangeBounds, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(bounds.first.node, bounds.first.offset);
  range.setEnd(bounds.last.node, bounds.last.offset + 1);
  return range;
}

/**
 * Makes the static range over given bounds. Highlights hold thousands of
 * ranges for the life of a page: live ranges would all be updated on every
 * change the page makes to its DOM, static ones cost nothing (a changed text
 * is analyzed and painted again anyway). The constructor is looked up once
 * per maker (each lookup crosses into the browser); where StaticRange is
 * missing, live ranges stand in.
 */
export function staticRangeMaker(doc: Document): (bounds: RangeBounds) => AbstractRange {
  const StaticRangeClass = (doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
  if (!StaticRangeClass) return (bounds) => liveRange(bounds, doc);
  return (bounds) =>
    new StaticRangeClass({
      startContainer: bounds.first.node,
      startOffset: bounds.first.offset,
      endContainer: bounds.last.node,
      endOffset: bounds.last.offset + 1,
    });
}

/** Each mapped node's first segment: a node's segments are consecutive, in document order. */
const firstSegments = new WeakMap<TextMap, Map<Node, number>>();

function firstSegmentOf(map: TextMap, node: Node): number | undefined {
  let index = firstSegments.get(map);
  if (!index) {
    index = new Map();
    for (let i = map.node.length - 1; i >= 0; i--) index.set(map.node[i]!, i);
    firstSegments.set(map, index);
  }
  return index.get(node);
}

/** The text offset of a DOM point, or -1 when the point is not in the map. */
export function textOffsetAt(map: TextMap, node: Node, offset: number): number {
  const first = firstSegmentOf(map, node);
  if (first === undefined) return -1;
  for (let i = first; i < map.node.length && map.node[i] === node; i++) {
    const within = offset - map.nodeStart[i]!;
    if (within >= 0 && within < map.length[i]!) return map.textStart[i]! + within;
  }
  return -1;
}
