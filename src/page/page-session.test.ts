// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Painter } from './highlights';
import { inPlaceAnalyzer } from './in-place-analyzer';
import { RecordingHighlight } from './test-helpers';
import { PageSession, SETTLE_MS } from './page-session';


const URL_A = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/a/';

function statementPage(body: string): void {
  document.documentElement.innerHTML = `<head><title>t</title></head><body><main><article><div class="entry-content">
    <div class="wp-block-default-hero-container"><h1 class="featured-content__headline">Joint Statement on Trade</h1>
    <p class="article-meta doctype-meta">Joint Statement</p></div>
    <div class="wp-block-paragraph" id="body">${body}</div></div></article></main></body>`; // test-only markup
}

function session(location: () => string = () => URL_A) {
  const registry = new Map<string, RecordingHighlight>();
  const reports: unknown[] = [];
  const s = new PageSession({
    doc: document,
    analyzer: inPlaceAnalyzer,
    location,
    painter: new Painter(registry as never, () => new RecordingHighlight()),
    yieldToMain: async () => {},
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as number),
    MutationObserver,
    onReport: (report) => reports.push(report),
  });
  return { s, registry, reports };
}

describe('PageSession', () => {
  it('annotates on start and marks <html>', async () => {
    statementPage('<p>The two sides agreed to meet again.</p>');
    const { s, reports } = session();
    expect((await s.result()).report.counts.commitments).toBe(1);
    expect(document.documentElement.getAttribute('data-diplomatic-lens')).toBe('annotated');
    expect(reports).toHaveLength(1);
    s.dispose();
  });

  it('analyzes text added later once it settles, without duplicate highlights', async () => {
    statementPage('<p>The two sides agreed to meet again.</p>');
    const { s, registry } = session();
    await s.result();
    const body = document.getElementById('body')!;
    const added = document.createElement('p');
    added.textContent = 'They also pledged to fund the program.';
    body.append(added);
    await vi.waitFor(async () => expect((await s.result()).report.counts.commitments).toBe(2), { timeout: SETTLE_MS * 5 });
    const painted = [...registry.values()].reduce((n, h) => n + h.size, 0);
    const { report } = await s.result();
    expect(painted).toBe(report.counts.commitments + report.counts.entities);
    s.dispose();
  });

  it('runs again after navigation', async () => {
    statementPage('<p>The two sides agreed to meet again.</p>');
    let location = URL_A;
    const { s } = session(() => location);
    await s.result();
    location = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/b/';
    expect((await s.rerun()).report.url).toBe(location);
    s.dispose();
  });

  it('answers the popup with the report and the digest of what it found', async () => {
    statementPage('<p>The two sides agreed to meet again in Santiago.</p>');
    const { s } = session();
    const report = await s.report();
    expect(report.status).toBe('annotated');
    expect(report.digest!.commitments.map((c) => c.text)).toEqual(['The two sides agreed to meet again in Santiago.']);
    expect(await s.report()).toBe(report);
    s.dispose();
  });

  it('analyzes an official page that is not a statement when asked, until the site navigates', async () => {
    document.documentElement.innerHTML = '<head><title>t</title></head><body><main><h1>Chile</h1><p>Chile and the United States will expand trade.</p></main></body>'; // test-only markup
    let location = 'https://www.state.gov/countries-and-areas/chile/';
    const { s } = session(() => location);
    expect((await s.report()).status).toBe('not-statement');
    await s.analyzeAnyway();
    const report = await s.report();
    expect(report.status).toBe('annotated');
    expect(report.digest!.commitments).toHaveLength(1);
    location = 'https://www.state.gov/countries-and-areas/peru/';
    expect((await s.navigated()).report.status).toBe('not-statement');
    s.dispose();
  });
});
