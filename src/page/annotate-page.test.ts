// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { annotatePage } from './annotate-page';
import { writeStatusAttributes } from './status-attributes';

const STATEMENT_PAGE = `
  <header><nav>Home About</nav></header>
  <main>
    <h1 class="featured-content__headline">Joint Statement on a Trade Dialogue</h1>
    <p class="article-meta doctype-meta">Joint Statement</p>
    <p class="article-meta__publish-date">February 3, 2026</p>
    <div class="entry-content">
      <div class="wp-block-paragraph"><p>The two sides agreed to meet again.</p></div>
    </div>
  </main>`;

function page(html: string): Document {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${html}</body>`; // test-only markup
  return document;
}

describe('annotatePage', () => {
  it('reports a current-template statement as annotated with its metadata', () => {
    const { report, analysis } = annotatePage(page(STATEMENT_PAGE), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/');
    expect(report.counts).toEqual({ commitments: analysis?.commitments.length, entities: analysis?.entities.length });
    expect(report.counts.commitments).toBe(1);
    expect(report).toMatchObject({
      status: 'annotated',
      adapter: 'state-gov',
      statement: { isStatement: true, type: 'Joint Statement', date: '2026-02-03', title: 'Joint Statement on a Trade Dialogue' },
    });
    expect(analysis?.statement.isStatement).toBe(true);
  });

  it('reports the same markup on a site that is not official as not a statement', () => {
    const { report } = annotatePage(page(STATEMENT_PAGE), 'https://news.example.org/x/');
    expect(report.status).toBe('not-statement');
    expect(report.adapter).toBe('generic');
  });

  it('reports an official page without a statement type as not a statement', () => {
    const { report } = annotatePage(page('<main><h1>Mongolia</h1><p>Country page.</p></main>'), 'https://www.state.gov/countries-and-areas/mongolia/');
    expect(report.status).toBe('not-statement');
  });

  it('turns an exception into an error report instead of throwing', () => {
    const doc = page(STATEMENT_PAGE);
    const broken = new Proxy(doc, {
      get(target, key) {
        if (key === 'querySelector') return () => { throw new Error('page broke querySelector'); };
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    for (const url of ['https://news.example.org/x/', 'https://www.state.gov/releases/x/']) {
      expect(annotatePage(broken, url).report).toMatchObject({ status: 'error', error: 'page broke querySelector' });
    }
  });
});

describe('writeStatusAttributes', () => {
  it('sets the status and counts on <html>, and removes stale counts', () => {
    const root = document.documentElement;
    const { report } = annotatePage(page(STATEMENT_PAGE), 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/x/');
    writeStatusAttributes(root, report);
    expect(root.getAttribute('data-diplomatic-lens')).toBe('annotated');
    expect(root.getAttribute('data-dl-commitments')).toBe(String(report.counts.commitments));
    expect(root.getAttribute('data-dl-entities')).toBe(String(report.counts.entities));
    writeStatusAttributes(root, { ...report, status: 'not-statement' });
    expect(root.getAttribute('data-diplomatic-lens')).toBe('not-statement');
    expect(root.hasAttribute('data-dl-commitments')).toBe(false);
  });
});
