// @vitest-environment happy-dom
// annotatePage over statement pages full of random, malformed markup: it
// never throws (nor turns an exception into an error report), paints one
// range for every span it reports, each range over exactly its span's text,
// and never changes the page.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { surfaceOf } from '../analysis/entities/keys';
import { RUN_ON_WINDOWS, windowsOf } from '../analysis/windows';
import { annotatePage } from './annotate-page';
import { inPlaceAnalyzer } from './in-place-analyzer';
import { CATEGORIES, COMMITMENT_CATEGORIES, highlightName, Painter } from './highlights';
import { rangeFor } from './text-map';
import { RecordingHighlight, rangeText } from './test-helpers';

const URL_OF_PAGE = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/04/x/';


// Sentences written for this test, with commitments and entities in them.
const SENTENCES = [
  'The United States and Kenya agreed to expand cooperation on maritime security in 2027.',
  'The two governments intend to convene a working group in Nairobi by the end of the year.',
  'The United States expressed support for the African Union and encouraged further talks.',
  'Secretary Alvarez will travel to Geneva on March 3, 2026.',
  'Both sides reaffirmed their commitment to the United Nations Charter.',
  'Canada plans to host the next round of consultations in Ottawa.',
  'We call on all parties to respect the ceasefire.',
];

const PIECES = [
  ' ', '  ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '\u200d', '\ufeff', '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u2069',
  'السلام', 'שלום', '😀', '\ud83d', '\ude00', '🇲🇳', 'e\u0301', 'a', '.', 'Begin Text:', '# # #', ...SENTENCES, 'The United States', 'agreed to', 'Mongolia',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join(''));

type Junk =
  | { kind: 'text'; value: string }
  | { kind: 'element'; tag: string; attr: [string, string] | null; children: Junk[] }
  | { kind: 'comment' }
  | { kind: 'shadow'; children: Junk[] }
  | { kind: 'iframe' };

const TAGS = ['span', 'b', 'i', 'a', 'bdi', 'bdo', 'p', 'div', 'li', 'ul', 'table', 'tr', 'td', 'pre', 'br', 'h2', 'blockquote', 'script', 'nav', 'button', 'x-widget'];
// No <template>: happy-dom's template.firstChild returns its content's first child, which breaks its Range
// boundary comparisons (a range across a template collapses). text-map.property.test.ts covers templates.
const ATTRS: Array<[string, string]> = [
  ['dir', 'rtl'], ['contenteditable', 'true'], ['hidden', ''], ['aria-hidden', 'true'], ['style', 'display:none'], ['class', 'sr-only'],
  ['class', 'wp-block-paragraph'], ['class', 'related-content'], ['class', 'share-this-page'], ['lang', 'ar'],
];

const { junk } = fc.letrec<{ junk: Junk[]; node: Junk }>((tie) => ({
  junk: fc.array(tie('node'), { maxLength: 4 }),
  node: fc.oneof(
    { depthSize: 'small' },
    { arbitrary: textArb.map((value) => ({ kind: 'text' as const, value })), weight: 5 },
    {
      arbitrary: fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...TAGS),
        attr: fc.option(fc.constantFrom(...ATTRS), { nil: null }),
        children: tie('junk') as fc.Arbitrary<Junk[]>,
      }),
      weight: 5,
    },
    { arbitrary: fc.constant({ kind: 'comment' as const }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('shadow' as const), children: tie('junk') as fc.Arbitrary<Junk[]> }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'iframe' as const }), weight: 1 },
  ),
}));

const shadowRoots: ShadowRoot[] = [];

/** Tags and attributes the map leaves out: text under them is written as '§' only, so a range over them folds to its span. */
const SKIPPED_TAGS = new Set(['script', 'nav', 'button']);
const HIDING = /^(?:hidden|aria-hidden|style|class=sr-only|class=related-content|class=share-this-page)/;

function build(parent: Node, nodes: readonly Junk[], hidden = false): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        parent.appendChild(document.createTextNode(hidden ? '§'.repeat(node.value.length % 3) : node.value));
        break;
      case 'element': {
        const element = document.createElement(node.tag);
        if (node.attr) element.setAttribute(node.attr[0], node.attr[1]);
        const hides = SKIPPED_TAGS.has(node.tag) || (node.attr !== null && HIDING.test(node.attr.join('=')));
        build(element, node.children, hidden || hides);
        parent.appendChild(element);
        break;
      }
      case 'comment':
        parent.appendChild(document.createComment(' The United States agreed to nothing here. '));
        break;
      case 'shadow': {
        const host = document.createElement('div');
        build(host, node.children, hidden);
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.appendChild(document.createElement('p')).append('¤ The United States and Japan agreed to a shadow plan. ¤');
        shadowRoots.push(shadow);
        parent.appendChild(host);
        break;
      }
      case 'iframe': {
        const frame = document.createElement('iframe');
        frame.setAttribute('srcdoc', '<p>¤ The United States and France agreed to a framed plan. ¤</p>');
        parent.appendChild(frame);
        break;
      }
    }
  }
}

/** A current-template statement page whose hero is intact and whose content is salted with junk. */
function page(paragraphs: ReadonlyArray<{ sentences: number[]; junk: Junk[][] }>, between: Junk[][]): Document {
  shadowRoots.length = 0;
  document.documentElement.innerHTML = '<head><title>t</title></head><body></body>'; // test-only markup
  const content = document.createElement('div');
  content.className = 'entry-content';
  content.innerHTML = // test-only markup, written here
    '<div class="wp-block-default-hero-container"><h1 class="featured-content__headline">Joint Statement on a Fictional Dialogue</h1>' +
    '<p class="article-meta doctype-meta">Joint Statement</p><p class="article-meta__publish-date">April 2, 2026</p></div>';
  paragraphs.forEach((paragraph, index) => {
    build(content, between[index % Math.max(between.length, 1)] ?? []);
    const block = document.createElement('div');
    block.className = 'wp-block-paragraph';
    const p = block.appendChild(document.createElement('p'));
    paragraph.sentences.forEach((sentence, i) => {
      p.appendChild(document.createTextNode(`${SENTENCES[sentence % SENTENCES.length]} `));
      build(p, paragraph.junk[i % Math.max(paragraph.junk.length, 1)] ?? []);
    });
    content.appendChild(block);
  });
  const article = document.createElement('article');
  article.appendChild(content);
  document.body.appendChild(document.createElement('main')).appendChild(article);
  return document;
}

const paragraphsArb = fc.array(
  fc.record({ sentences: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), junk: fc.array(junk, { maxLength: 3 }) }),
  { minLength: 1, maxLength: 6 },
);

const fold = (value: string) => value.replace(/[\u00ad§]/g, '').replace(/\s+/g, ' ');


afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>'; // test-only markup
});

describe('annotatePage over hostile markup', () => {
  it('never throws or errors, paints every span over its own text, and leaves the DOM as it was', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphsArb, fc.array(junk, { maxLength: 4 }), fc.integer({ min: 60, max: 4000 }), async (paragraphs, between, windowChars) => {
        const doc = page(paragraphs, between);
        const html = doc.documentElement.outerHTML;
        const bodyText = doc.body.textContent;
        const shadows = shadowRoots.map((shadow) => shadow.innerHTML);

        const registry = new Map<string, RecordingHighlight>();
        let yields = 0;
        const painter = new Painter(registry as never, () => new RecordingHighlight());
        const { report, analysis, map } = await annotatePage(doc, URL_OF_PAGE, {
          analyzer: inPlaceAnalyzer,
          painter,
          yieldToMain: async () => {
            yields++;
          },
          windowChars,
          // A clock that stands still: the text map is built in one slice, so every yield counted is between windows.
          now: () => 0,
        });

        expect(report.error).toBeUndefined();
        expect(report.status).toBe('annotated');
        expect(map!.text).not.toMatch(/[¤§]/);
        // One range per reported span, in its category.
        const size = (names: readonly string[]) => names.reduce((sum, name) => sum + (registry.get(highlightName(name as never))?.size ?? 0), 0);
        expect(size(COMMITMENT_CATEGORIES)).toBe(report.counts.commitments);
        expect(size(CATEGORIES)).toBe(report.counts.commitments + report.counts.entities);
        expect(report.counts.commitments).toBe(analysis!.commitments.length);
        expect(report.counts.entities).toBe(analysis!.entities.length);
        // It let the page run between every two windows.
        expect(yields).toBe([...windowsOf(map!.text, windowChars)].length - 1);
        // Every span is a range over exactly its text.
        for (const span of [...analysis!.commitments, ...analysis!.entities]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(map!.text.length);
          const range = rangeFor(map!, span.start, span.end, doc);
          expect(range, `span ${span.start}..${span.end} ${JSON.stringify(map!.text.slice(span.start, span.end))}`).not.toBeNull();
          expect(fold(rangeText(range!))).toBe(map!.text.slice(span.start, span.end));
        }
        for (const entity of analysis!.entities) expect(surfaceOf(map!.text.slice(entity.start, entity.end))).toBe(entity.text);
        // The page is exactly as it was.
        expect(doc.documentElement.outerHTML).toBe(html);
        expect(doc.body.textContent).toBe(bodyText);
        expect(shadowRoots.map((shadow) => shadow.innerHTML)).toEqual(shadows);
      }),
      { numRuns: 30 },
    );
  }, 30_000);

  it('finds the same commitments whatever the window size, so long as no run of paragraphs goes on past RUN_ON_WINDOWS windows', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphsArb, fc.integer({ min: 40, max: 2000 }), async (paragraphs, windowChars) => {
        const annotate = (size: number) =>
          annotatePage(page(paragraphs, []), URL_OF_PAGE, {
            analyzer: inPlaceAnalyzer,
            painter: new Painter(null, () => new RecordingHighlight()),
            yieldToMain: async () => {},
            windowChars: size,
          });
        const whole = await annotate(1 << 20);
        // A paragraph, or a run of paragraphs each going on from the one before (opening in lower case, or after
        // one ending in a colon), longer than RUN_ON_WINDOWS windows is cut at any break (windows.ts), so a
        // sentence in it, or one that spells out the commitment before it, may be too: the windows here are at
        // least long enough for the longest.
        const longest = Math.max(...whole.map!.text.split(/(?<!:)\n\n(?![a-z])/).map((run) => run.length + 2));
        const { analysis } = await annotate(Math.max(windowChars, Math.ceil(longest / RUN_ON_WINDOWS)));
        // Windows end at paragraph breaks and no sentence spans one. Entities may differ, as a surname is found as a
        // person only where its window has the evidence (the README says so), and with them a commitment whose only party
        // is that surname ("toSecretary Roe" in one window, "Roe" a person only after "Secretary Roe" in another):
        // such pages are set aside.
        const spans = (list: ReadonlyArray<{ start: number; end: number }>) => list.map((x) => `${x.start}-${x.end}`).join(' ');
        fc.pre(spans(analysis!.entities) === spans(whole.analysis!.entities));
        // Found alike, they are keyed alike: the windows' keys are merged into the whole page's.
        expect(analysis!.entities.map((e) => e.key)).toEqual(whole.analysis!.entities.map((e) => e.key));
        // Every commitment with a trigger of its own is found alike. One without (a list's item, a sentence spelling
        // out the commitment before it) is read with what leads into it only where one window holds both: a
        // window keeps a list's first item with its lead, not every later one, so the windows may miss such a
        // sentence, never find one the whole text does not.
        const commitments = (a: typeof analysis, own: boolean) =>
          a!.commitments.filter((c) => (c.trigger !== '') === own).map((c) => `${c.start}-${c.end}:${c.strength}`);
        expect(commitments(analysis, true)).toEqual(commitments(whole.analysis, true));
        expect(commitments(whole.analysis, false)).toEqual(expect.arrayContaining(commitments(analysis, false)));
      }),
      { numRuns: 20 },
    );
  }, 30_000);
});
