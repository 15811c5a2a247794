// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { annotatePage as annotate, type Analyzer } from './annotate-page';
import { Painter } from './highlights';
import { inPlaceAnalyzer } from './in-place-analyzer';
import { RecordingHighlight } from './test-helpers';
import { writeStatusAttributes } from './status-attributes';

const STATEMENT_PAGE = `
  <header><nav>Home About</nav></header>
  <main><article><div class="entry-content">
    <div class="wp-block-default-hero-container">
      <h1 class="featured-content__headline">Joint Statement on a Trade Dialogue</h1>
      <p class="article-meta doctype-meta">Joint Statement</p>
      <p class="article-meta__publish-date">February 3, 2026</p>
    </div>
    <div class="wp-block-paragraph"><p>The two sides agreed to meet again.</p></div>
  </div></article></main>`;


const registry = new Map<string, RecordingHighlight>();
const annotatePage = (doc: Document, href: string, windowChars?: number) =>
  annotate(doc, href, { analyzer: inPlaceAnalyzer, painter: new Painter(registry as never, () => new RecordingHighlight()), yieldToMain: async () => {}, windowChars });

function page(html: string): Document {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${html}</body>`; // test-only markup
  return document;
}

describe('annotatePage', () => {
  it('reports a current-template statement as annotated with its metadata', async () => {
    const { report, analysis } = await annotatePage(page(STATEMENT_PAGE), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/');
    expect(report.counts).toEqual({ commitments: analysis?.commitments.length, entities: analysis?.entities.length });
    expect(report.counts.commitments).toBe(1);
    expect(report).toMatchObject({
      status: 'annotated',
      adapter: 'state-gov',
      statement: { isStatement: true, type: 'Joint Statement', date: '2026-02-03', title: 'Joint Statement on a Trade Dialogue' },
    });
    expect(analysis?.statement.isStatement).toBe(true);
  });

  it('reports the same markup on a site that is not official as not a statement', async () => {
    const { report } = await annotatePage(page(STATEMENT_PAGE), 'https://news.example.org/x/');
    expect(report.status).toBe('not-statement');
    expect(report.adapter).toBe('generic');
  });

  it('reports an official page without a statement type as not a statement', async () => {
    const { report } = await annotatePage(page('<main><h1>Mongolia</h1><p>Country page.</p></main>'), 'https://www.state.gov/countries-and-areas/mongolia/');
    expect(report.status).toBe('not-statement');
  });

  it('turns an exception into an error report instead of throwing', async () => {
    const doc = page(STATEMENT_PAGE);
    const broken = new Proxy(doc, {
      get(target, key) {
        if (key === 'querySelector') return () => { throw new Error('page broke querySelector'); };
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    for (const url of ['https://news.example.org/x/', 'https://www.state.gov/releases/x/']) {
      expect((await annotatePage(broken, url)).report).toMatchObject({ status: 'error', error: 'page broke querySelector' });
    }
  });
});

describe('writeStatusAttributes', () => {
  it('sets the status and counts on <html>, and removes stale counts', async () => {
    const root = document.documentElement;
    const { report } = await annotatePage(page(STATEMENT_PAGE), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/');
    writeStatusAttributes(root, report);
    expect(root.getAttribute('data-diplomatic-lens')).toBe('annotated');
    expect(root.getAttribute('data-dl-commitments')).toBe(String(report.counts.commitments));
    expect(root.getAttribute('data-dl-entities')).toBe(String(report.counts.entities));
    writeStatusAttributes(root, { ...report, status: 'not-statement' });
    expect(root.getAttribute('data-diplomatic-lens')).toBe('not-statement');
    expect(root.hasAttribute('data-dl-commitments')).toBe(false);
  });
});

describe('annotatePage on a long page', () => {
  it('analyzes and paints window by window, with offsets into the whole text and every span painted', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>In round ${i + 1}, the United States and Chile agreed to expand trade.</p>`).join('');
    registry.clear();
    const { report, analysis, map } = await annotatePage(page(STATEMENT_PAGE.replace('<div class="wp-block-paragraph">', `<div class="wp-block-paragraph">${paragraphs}`)), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/', 400);
    expect(report.counts.commitments).toBe(41);
    for (const c of analysis!.commitments) expect(map!.text.slice(c.start, c.end)).toMatch(/agreed to/);
    expect(new Set(analysis!.commitments.map((c) => c.id)).size).toBe(41);
    const painted = [...registry.values()].reduce((sum, h) => sum + h.size, 0);
    expect(painted).toBe(report.counts.commitments + report.counts.entities);
  });

  it("keys a name as the whole page does: a later window's surname under the full name of the first", async () => {
    const turns = Array.from({ length: 30 }, () => '<p>MR ROE: The United States will continue to support Mongolia.</p>').join('');
    const html = STATEMENT_PAGE.replace('<div class="wp-block-paragraph">', `<div class="wp-block-paragraph"><p>Jane Roe, Department Spokesperson</p>${turns}`);
    const href = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/';
    const keys = async (windowChars: number) => (await annotatePage(page(html), href, windowChars)).analysis!.entities.map((e) => [e.start, e.key]);
    const whole = await keys(1 << 20);
    expect(whole.filter(([, key]) => key === 'Jane Roe').length).toBeGreaterThan(30);
    expect(await keys(300)).toEqual(whole);
  });
});

describe('annotatePage and the analyzer', () => {
  /** The in-place analyzer, recording what each call asked. */
  function recordingAnalyzer() {
    const calls: Array<{ chars: number; onlyIfStatement: boolean }> = [];
    const analyzer: Analyzer = (text, meta, onlyIfStatement) => {
      calls.push({ chars: text.length, onlyIfStatement });
      return inPlaceAnalyzer(text, meta, onlyIfStatement);
    };
    return { calls, analyzer };
  }
  const options = (analyzer: Analyzer) => ({ analyzer, painter: new Painter(registry as never, () => new RecordingHighlight()), yieldToMain: async () => {} });

  it('asks once, to judge only, on an official page that is not a statement, and paints nothing', async () => {
    const { calls, analyzer } = recordingAnalyzer();
    const { report, analysis, map } = await annotate(page('<main><h1>Mongolia</h1><p>The two countries agreed to meet.</p></main>'), 'https://www.state.gov/countries-and-areas/mongolia/', options(analyzer));
    expect(calls).toEqual([{ chars: map!.text.length, onlyIfStatement: true }]);
    expect(report).toMatchObject({ status: 'not-statement', statement: { isStatement: false }, counts: { commitments: 0, entities: 0 } });
    expect(analysis).toBeNull();
  });

  it('judges a page without main text by its address and metadata alone', async () => {
    const { calls, analyzer } = recordingAnalyzer();
    // The current template's header, without a paragraph of body text.
    const headerOnly = STATEMENT_PAGE.replace('<div class="wp-block-paragraph"><p>The two sides agreed to meet again.</p></div>', '');
    const { report, map } = await annotate(page(headerOnly), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/', options(analyzer));
    expect(map).toBeNull();
    expect(calls).toEqual([{ chars: 0, onlyIfStatement: true }]);
    expect(report).toMatchObject({ status: 'not-statement', adapter: 'state-gov', statement: { type: 'Joint Statement', date: '2026-02-03' } });
  });

  it('judges by the first window only: the windows after it are analyzed without asking again', async () => {
    const { calls, analyzer } = recordingAnalyzer();
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Round ${i + 1}: the two sides agreed to meet.</p>`).join('');
    const html = STATEMENT_PAGE.replace('<div class="wp-block-paragraph">', `<div class="wp-block-paragraph">${paragraphs}`);
    const { report } = await annotate(page(html), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/', { ...options(analyzer), windowChars: 400 });
    expect(report.status).toBe('annotated');
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.map((call) => call.onlyIfStatement)).toEqual([true, ...calls.slice(1).map(() => false)]);
  });
});

describe('annotatePage on a page that is slow to map', () => {
  it('maps the text a slice at a time, letting the page run between slices, and finds the same', async () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Round <b>${i + 1}</b>: the two sides agreed to meet.</p>`).join('');
    const html = STATEMENT_PAGE.replace('<div class="wp-block-paragraph">', `<div class="wp-block-paragraph">${paragraphs}`);
    const url = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/';
    const whole = await annotatePage(page(html), url);
    let clock = 0;
    let yields = 0;
    const sliced = await annotate(page(html), url, {
      analyzer: inPlaceAnalyzer,
      painter: new Painter(null, () => new RecordingHighlight()),
      yieldToMain: async () => {
        yields++;
      },
      // Every look at this clock finds the slice's time up.
      now: () => (clock += 50),
    });
    expect(yields).toBeGreaterThan(3);
    expect(sliced.map!.text).toBe(whole.map!.text);
    expect(sliced.analysis!.commitments).toEqual(whole.analysis!.commitments);
  });
});

describe('annotatePage and the reader’s toggles', () => {
  it('paints only once the painter is ready, however fast the analysis answers', async () => {
    const registry = new Map<string, RecordingHighlight>();
    let ready!: () => void;
    const readyToPaint = new Promise<void>((resolve) => (ready = resolve));
    const pass = annotate(page(STATEMENT_PAGE), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/', {
      analyzer: inPlaceAnalyzer,
      painter: new Painter(registry as never, () => new RecordingHighlight()),
      yieldToMain: async () => {},
      readyToPaint,
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(registry.size).toBe(0);
    ready();
    const { report } = await pass;
    expect([...registry.values()].reduce((sum, h) => sum + h.size, 0)).toBe(report.counts.commitments + report.counts.entities);
  });
});

describe('annotatePage on demand', () => {
  it('analyzes a page on any site when the reader asks, and still reports it is not a known statement', async () => {
    const { report } = await annotate(page('<main><h1>A reprint</h1><p>The two governments agreed to cooperate on health.</p></main>'), 'https://news.example.org/x/', {
      analyzer: inPlaceAnalyzer,
      painter: new Painter(registry as never, () => new RecordingHighlight()),
      yieldToMain: async () => {},
      onDemand: true,
    });
    expect(report.status).toBe('annotated');
    expect(report.adapter).toBe('generic');
    expect(report.statement?.isStatement).toBe(false);
    expect(report.counts.commitments).toBe(1);
  });
});
