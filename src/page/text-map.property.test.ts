// @vitest-environment happy-dom
// Property tests for the text map over random and malformed DOMs: deep
// nesting, huge text nodes, right-to-left text with bidi marks, iframes,
// shadow roots, contenteditable, tables, <pre>, empty elements, comments,
// processing instructions, soft hyphens, no-break and zero-width spaces,
// surrogate pairs split across text nodes, random inline/block nesting.
//
// The trees are built with DOM calls, not parsed, so they can hold what no
// parser makes (adjacent and empty text nodes, half a surrogate pair per
// node, children under <br> and <img>). Text the map must never read is
// written with sentinels only: '§' under skipped elements (scripts, hidden,
// screen-reader-only, the skip selector) and in comments, '¤' inside shadow
// roots and iframe documents.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, domPointAt, rangeFor, textOffsetAt, type TextMap } from './text-map';
import { rangeText } from './test-helpers';

const SKIP = '.chrome, [data-chrome]';
const HIDDEN_MARK = '§';
const FOREIGN_MARK = '¤';

// ---------------------------------------------------------------- the trees

type Spec =
  | { kind: 'text'; parts: string[] }
  | { kind: 'element'; tag: string; attrs: Array<[string, string]>; children: Spec[] }
  | { kind: 'hidden'; tag: string; attrs: Array<[string, string]>; text: string; inner: boolean }
  | { kind: 'comment'; data: string }
  | { kind: 'instruction'; data: string }
  | { kind: 'shadow'; tag: string; mode: 'open' | 'closed'; light: Spec[]; shadowText: string }
  | { kind: 'iframe'; srcdoc: string };

/** Pieces of text: ASCII, white space of every kind, invisible and bidi characters, RTL scripts, astral characters. */
const PIECES = [
  'a', 'Z', 'q', '7', '.', ',', ':', '-', '’', ' ', '  ', '\n', '\t', '\r\n', '\f', '\u00a0', '\u00a0\u00a0', '\u00ad',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3000', '\u2028', '\u2029', '\u202f', '\u205f', '\u1680', '\u2009',
  '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  'السلام', 'عليكم', 'ש', 'שלום', 'ירושלים', '\u0661\u0662', 'e\u0301', '😀', '👩\u200d👩\u200d👧', '🇲🇳', '𝔘𝔖', '\ud83d\ude00x',
  'Begin Text:', 'End Text.', '# # #', 'The United States', 'agreed to', 'Mongolia',
];

const text = (maxPieces: number) => fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** A string cut at arbitrary UTF-16 positions (possibly inside a surrogate pair) into adjacent text nodes. */
const textNodes = (maxPieces: number): fc.Arbitrary<Spec> =>
  fc.tuple(text(maxPieces), fc.array(fc.nat(), { maxLength: 3 })).map(([whole, cuts]) => {
    const points = [...new Set(cuts.map((cut) => (whole.length === 0 ? 0 : cut % (whole.length + 1))))].sort((a, b) => a - b);
    const parts: string[] = [];
    let last = 0;
    for (const point of points) {
      parts.push(whole.slice(last, point));
      last = point;
    }
    parts.push(whole.slice(last));
    return { kind: 'text', parts };
  });

const INLINE = ['span', 'b', 'i', 'em', 'strong', 'a', 'sup', 'sub', 'bdi', 'bdo', 'small', 'code', 'mark', 'q', 'abbr', 'time', 'font', 'x-widget', 'wbr', 'img', 'label', 'ruby', 'rt'];
const BLOCK = [
  'p', 'div', 'h1', 'h2', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'address', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption',
  'section', 'article', 'main', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'details', 'summary', 'br', 'hr',
];
/** Elements the map leaves out by tag. */
const SKIPPED_TAGS = ['script', 'style', 'noscript', 'template', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'nav', 'header', 'footer', 'aside', 'button', 'form', 'input', 'select', 'textarea', 'dialog'];

const ATTRS: Array<[string, string]> = [
  ['dir', 'rtl'], ['dir', 'ltr'], ['dir', 'auto'], ['lang', 'ar'], ['lang', 'he'], ['contenteditable', 'true'], ['contenteditable', 'plaintext-only'],
  ['style', 'color: red'], ['style', 'display: block'], ['style', 'unicode-bidi: bidi-override'], ['class', 'wp-block-paragraph'], ['title', 'x'],
  ['aria-hidden', 'false'], ['tabindex', '0'], ['class', 'chromeless'],
];
/** Attributes that make any element skipped. */
const HIDING_ATTRS: Array<[string, string]> = [
  ['hidden', ''], ['aria-hidden', 'true'], ['style', 'display:none'], ['style', 'DISPLAY : NONE'], ['style', 'visibility: hidden'],
  ['class', 'sr-only'], ['class', 'a screen-reader-text b'], ['class', 'visually-hidden'], ['class', 'chrome'], ['data-chrome', ''],
];

const hiddenText = fc.integer({ min: 0, max: 5 }).map((n) => HIDDEN_MARK.repeat(n));

const { tree } = fc.letrec<{ tree: Spec[]; node: Spec }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 5 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: textNodes(8), weight: 6 },
    {
      arbitrary: fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...INLINE, ...BLOCK),
        attrs: fc.subarray(ATTRS, { maxLength: 2 }),
        children: tie('tree') as fc.Arbitrary<Spec[]>,
      }),
      weight: 6,
    },
    {
      arbitrary: fc.oneof(
        fc.record({ kind: fc.constant('hidden' as const), tag: fc.constantFrom(...SKIPPED_TAGS), attrs: fc.constant<Array<[string, string]>>([]), text: hiddenText, inner: fc.boolean() }),
        fc.record({
          kind: fc.constant('hidden' as const),
          tag: fc.constantFrom(...INLINE, ...BLOCK),
          attrs: fc.subarray(HIDING_ATTRS, { minLength: 1, maxLength: 2 }),
          text: hiddenText,
          inner: fc.boolean(),
        }),
      ),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('comment' as const), data: fc.constantFrom('', '§', ' §§ ', '<p>§</p>', '-->§') }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('instruction' as const), data: fc.constantFrom('', '§', 'php §§') }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('shadow' as const),
        tag: fc.constantFrom('div', 'span', 'p', 'section', 'article'),
        mode: fc.constantFrom('open' as const, 'closed' as const),
        light: tie('tree') as fc.Arbitrary<Spec[]>,
        shadowText: fc.constantFrom('¤', '¤ shadow ¤', '¤¤¤'),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('iframe' as const), srcdoc: fc.constantFrom('<p>¤</p>', '<body>¤ framed ¤<p>¤¤</p></body>') }), weight: 1 },
  ),
}));

/** Builds a spec under `parent` with DOM calls. */
function build(parent: Node, specs: readonly Spec[], doc: Document): void {
  for (const spec of specs) {
    switch (spec.kind) {
      case 'text':
        for (const part of spec.parts) parent.appendChild(doc.createTextNode(part));
        break;
      case 'element': {
        const element = doc.createElement(spec.tag);
        for (const [name, value] of spec.attrs) element.setAttribute(name, value);
        build(element, spec.children, doc);
        parent.appendChild(element);
        break;
      }
      case 'hidden': {
        const element = doc.createElement(spec.tag);
        for (const [name, value] of spec.attrs) element.setAttribute(name, value);
        if (element instanceof HTMLTemplateElement) {
          // Left empty: with content, happy-dom's template.firstChild returns the content's first child and its
          // Ranges across the template collapse. A test below covers a template's content.
        } else if (spec.inner) {
          // A visible-looking block inside the skipped element: still never read.
          const inner = doc.createElement('p');
          inner.appendChild(doc.createTextNode(spec.text));
          element.appendChild(inner);
        } else {
          element.appendChild(doc.createTextNode(spec.text));
        }
        parent.appendChild(element);
        break;
      }
      case 'comment':
        parent.appendChild(doc.createComment(spec.data));
        break;
      case 'instruction':
        parent.appendChild(doc.createProcessingInstruction('junk', spec.data));
        break;
      case 'shadow': {
        const host = doc.createElement(spec.tag);
        build(host, spec.light, doc);
        const shadow = host.attachShadow({ mode: spec.mode });
        const inside = doc.createElement('p');
        inside.appendChild(doc.createTextNode(spec.shadowText));
        shadow.appendChild(inside);
        shadow.appendChild(doc.createTextNode(spec.shadowText));
        parent.appendChild(host);
        break;
      }
      case 'iframe': {
        const frame = doc.createElement('iframe');
        frame.setAttribute('srcdoc', spec.srcdoc);
        frame.appendChild(doc.createTextNode(HIDDEN_MARK)); // fallback content: skipped with the frame
        parent.appendChild(frame);
        break;
      }
    }
  }
}

function mount(specs: readonly Spec[]): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root); // connected: iframes load their srcdoc, ranges have a document
  build(root, specs, document);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

// --------------------------------------------------------------- the checks

const WHITE_SPACE = /\s/; // the same set as the map's isWhiteSpace

/** How the map folds a DOM string: soft hyphens gone, white space runs one space. Sentinels (never-read text) dropped. */
const fold = (value: string) => value.replace(/[\u00ad§]/g, '').replace(/\s+/g, ' ');

/** Every character of the text comes from the DOM point the map gives for it, and the point maps back. */
function checkCharacters(map: TextMap, offsets: Iterable<number>): void {
  for (const offset of offsets) {
    const char = map.text[offset]!;
    const point = domPointAt(map, offset);
    if (char === '\n') {
      expect(point, `offset ${offset} is a block break`).toBeNull();
      continue;
    }
    expect(point, `offset ${offset} (${JSON.stringify(char)}) maps to a DOM point`).not.toBeNull();
    const original = point!.node.data[point!.offset];
    if (char === ' ') expect(WHITE_SPACE.test(original ?? ''), `white space at ${offset}`).toBe(true);
    else expect(original).toBe(char);
    expect(textOffsetAt(map, point!.node, point!.offset)).toBe(offset);
  }
}

/** Shape of the text and the segments: folded, no sentinels, segments in order and inside their nodes. */
function checkShape(map: TextMap, root: Element): void {
  const { text } = map;
  expect(text).not.toContain(HIDDEN_MARK);
  expect(text).not.toContain(FOREIGN_MARK);
  expect(text).not.toContain('\u00ad');
  for (const block of text === '' ? [] : text.split('\n\n')) {
    expect(block.length).toBeGreaterThan(0);
    expect(block).not.toMatch(/^ | $|  |\n/);
    expect(block).not.toMatch(/[^\S ]/); // no white space but the plain space
  }
  expect(map.textStart.length).toBe(map.node.length);
  expect(map.nodeStart.length).toBe(map.node.length);
  expect(map.length.length).toBe(map.node.length);
  let end = 0;
  for (let i = 0; i < map.node.length; i++) {
    expect(map.textStart[i]!).toBeGreaterThanOrEqual(end);
    expect(map.length[i]!).toBeGreaterThan(0);
    end = map.textStart[i]! + map.length[i]!;
    expect(end).toBeLessThanOrEqual(text.length);
    expect(map.nodeStart[i]! + map.length[i]!).toBeLessThanOrEqual(map.node[i]!.data.length);
    // Only light-DOM text under the root: never a shadow root's or a frame's.
    expect(root.contains(map.node[i]!)).toBe(true);
    expect(map.node[i]!.nodeType).toBe(3);
  }
}

/** Every DOM point the map knows round-trips: text offset → DOM point → the same offset, and back. */
function checkReverse(map: TextMap): void {
  for (const node of new Set(map.node)) {
    for (let offset = 0; offset < node.data.length; offset++) {
      const at = textOffsetAt(map, node, offset);
      if (at < 0) continue; // folded away: a soft hyphen or the rest of a white space run
      expect(domPointAt(map, at)).toEqual({ node, offset });
    }
  }
}

/** Blocks of the text with their offsets. */
function blocksOf(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const block of text === '' ? [] : text.split('\n\n')) {
    blocks.push({ start, end: start + block.length });
    start += block.length + 2;
  }
  return blocks;
}

/** Spans inside one block give a range whose text folds to the span; spans over a break give none. */
function checkRanges(map: TextMap, picks: ReadonlyArray<readonly [number, number, number]>): void {
  const blocks = blocksOf(map.text);
  if (blocks.length === 0) {
    expect(rangeFor(map, 0, 1, document)).toBeNull();
    return;
  }
  for (const [b, s, e] of picks) {
    const block = blocks[b % blocks.length]!;
    const size = block.end - block.start;
    const start = block.start + (s % size);
    const end = start + 1 + (e % (block.end - start));
    const range = rangeFor(map, start, end, document);
    expect(range, `range ${start}..${end}`).not.toBeNull();
    expect(fold(rangeText(range!))).toBe(map.text.slice(start, end));
    expect(rangeFor(map, end, start, document)).toBeNull();
  }
  // A span that runs into the next block's break is refused.
  const first = blocks[0]!;
  if (blocks.length > 1) expect(rangeFor(map, first.start, first.end + 1, document)).toBeNull();
  expect(rangeFor(map, first.start, map.text.length + 1, document)).toBeNull();
}


const rangePicks = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });

/** A simple iterative snapshot of a subtree (outerHTML overflows the stack on very deep trees in happy-dom). */
function snapshot(root: Node): string {
  const out: string[] = [];
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const attrs = node.nodeType === 1 ? [...(node as Element).attributes].map((a) => `${a.name}=${a.value}`).join(' ') : '';
    out.push(`${depth}:${node.nodeType}:${node.nodeName}:${attrs}:${(node as CharacterData).data ?? ''}`);
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- properties

describe('buildTextMap over random DOMs', () => {
  it('never throws, reads no skipped or foreign text, and maps every character back to the DOM', () => {
    fc.assert(
      fc.property(tree, rangePicks, (specs, picks) => {
        const root = mount(specs);
        const before = root.outerHTML;
        const bodyText = document.body.textContent;
        const map = buildTextMap(root, SKIP);
        checkShape(map, root);
        checkCharacters(map, map.text.length > 0 ? Array.from(map.text, (_, i) => i).slice(0, map.text.length) : []);
        checkReverse(map);
        checkRanges(map, picks);
        expect(domPointAt(map, -1)).toBeNull();
        expect(domPointAt(map, map.text.length)).toBeNull();
        expect(root.outerHTML).toBe(before);
        expect(document.body.textContent).toBe(bodyText);
        document.body.replaceChildren();
      }),
      { numRuns: 150 },
    );
  });

  it('reads the same text from the same tree every time (no hidden state)', () => {
    fc.assert(
      fc.property(tree, (specs) => {
        const root = mount(specs);
        const first = buildTextMap(root, SKIP);
        const second = buildTextMap(root, SKIP);
        expect(second).toEqual(first);
        document.body.replaceChildren();
      }),
      { numRuns: 50 },
    );
  });

  it('keeps every character of text split anywhere across adjacent nodes, surrogate halves included', () => {
    fc.assert(
      fc.property(text(30), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom('p', 'span', 'pre', 'td', 'bdi'), (whole, cuts, tag) => {
        const holder = document.createElement(tag);
        let last = 0;
        for (const cut of [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b)) {
          holder.appendChild(document.createTextNode(whole.slice(last, cut)));
          last = cut;
        }
        holder.appendChild(document.createTextNode(whole.slice(last)));
        const root = mount([]);
        root.appendChild(holder);
        const map = buildTextMap(root);
        // The folded string, as one block (markers aside).
        const expected = fold(whole).trim();
        if (!/^(?:begin text|end text)[:.]?$|^#(?: ?#){2}$/i.test(expected)) expect(map.text).toBe(expected);
        checkCharacters(map, Array.from(map.text, (_, i) => i));
        checkReverse(map);
        document.body.replaceChildren();
      }),
      { numRuns: 150 },
    );
  });
});

describe('buildTextMap and content that is not in the page', () => {
  it('reads neither a template\'s content, nor a shadow root, nor a frame', () => {
    const root = mount([]);
    const p = root.appendChild(document.createElement('p'));
    p.append('One ');
    const template = p.appendChild(document.createElement('template'));
    template.content.append('¤ template ¤');
    const host = p.appendChild(document.createElement('span'));
    host.append('two ');
    host.attachShadow({ mode: 'closed' }).append('¤ shadow ¤');
    const frame = p.appendChild(document.createElement('iframe'));
    frame.setAttribute('srcdoc', '<p>¤ frame ¤</p>');
    p.append('three.');
    expect(frame.contentDocument?.body.textContent).toBe('¤ frame ¤'); // the frame did load
    const map = buildTextMap(root);
    expect(map.text).toBe('One two three.');
    checkCharacters(map, Array.from(map.text, (_, i) => i));
  });
});

describe('buildTextMap at extremes', () => {
  it('handles nesting thousands of levels deep, with text at random depths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 6000 }),
        fc.array(fc.constantFrom(...INLINE, ...BLOCK, 'table', 'pre', 'bdo'), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), text(4)), { maxLength: 20 }),
        rangePicks,
        (depth, tags, texts, picks) => {
          // Detached: happy-dom's own connect and disconnect recurse and overflow at this depth (the map does not).
          const root = document.createElement('div');
          const levels: Element[] = [];
          let parent: Element = root;
          for (let level = 0; level < depth; level++) {
            const child = document.createElement(tags[level % tags.length]!);
            if (level % 97 === 0) child.setAttribute('dir', 'rtl');
            parent.appendChild(child);
            levels.push(child);
            parent = child;
          }
          parent.appendChild(document.createTextNode('deepest\u00a0word'));
          for (const [at, value] of texts) levels[at % depth]!.appendChild(document.createTextNode(value));
          const before = snapshot(root);
          const map = buildTextMap(root, SKIP);
          expect(map.text).toContain('deepest word');
          checkShape(map, root);
          checkCharacters(map, Array.from(map.text, (_, i) => i));
          checkRanges(map, picks);
          expect(snapshot(root)).toBe(before);
        },
      ),
      { numRuns: 8 },
    );
  }, 30_000);

  it('handles text nodes of hundreds of kilobytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 100_000, max: 400_000 }),
        fc.array(fc.nat(), { minLength: 50, maxLength: 300 }),
        rangePicks,
        (pieces, size, samples, picks) => {
          const unit = pieces.join('') || 'x';
          const huge = unit.repeat(Math.ceil(size / unit.length));
          const root = mount([]);
          const p = document.createElement('p');
          p.append(document.createTextNode('Start '), document.createTextNode(huge), document.createTextNode(' end.'));
          root.append(p, document.createElement('pre'));
          (root.lastChild as Element).append(document.createTextNode(huge.slice(0, 50_000)));
          const map = buildTextMap(root, SKIP);
          expect(map.text.startsWith('Start')).toBe(true);
          expect(map.text).not.toMatch(/ {2}|\u00ad/);
          checkCharacters(map, samples.map((sample) => sample % map.text.length));
          checkRanges(map, picks);
          document.body.replaceChildren();
        },
      ),
      { numRuns: 6 },
    );
  });
});
