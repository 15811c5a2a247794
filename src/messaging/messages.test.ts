import { describe, expect, it } from 'vitest';
import { getPageReport, isAnalyzeTab, isAnalyzeTabResult, isGetPageReport, isPageReport, isPageReportNotice, type PageReport } from './messages';

const report: PageReport = {
  status: 'annotated',
  url: 'https://www.state.gov/releases/x/',
  adapter: 'state-gov',
  statement: {
    isStatement: true,
    type: 'Readout',
    date: '2026-01-02',
    office: null,
    location: null,
    title: 'Readout of a call',
  },
  counts: { commitments: 3, entities: 12 },
};

describe('message validators', () => {
  it('accept what the extension sends', () => {
    expect(isGetPageReport(getPageReport())).toBe(true);
    expect(isPageReport(report)).toBe(true);
    expect(isPageReport({ ...report, status: 'error', statement: null, error: 'boom' })).toBe(true);
    expect(isPageReportNotice({ type: 'dl/page-report', report })).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'dl/get-page-report'],
    ['an array', [report]],
    ['an unknown status', { ...report, status: 'done' }],
    ['a negative count', { ...report, counts: { commitments: -1, entities: 0 } }],
    ['a fractional count', { ...report, counts: { commitments: 1.5, entities: 0 } }],
    ['a statement without a title', { ...report, statement: { ...report.statement, title: 3 } }],
    ['a non-string error', { ...report, error: { html: '<b>' } }],
  ])('reject %s as a page report', (_name, value) => {
    expect(isPageReport(value)).toBe(false);
  });

  it('reject look-alike requests', () => {
    expect(isGetPageReport({ type: 'dl/get-page-reports' })).toBe(false);
    expect(isGetPageReport(undefined)).toBe(false);
    expect(isPageReportNotice({ type: 'dl/page-report', report: { ...report, counts: null } })).toBe(false);
  });
});

describe('analyze-tab messages', () => {
  it('accept a tab id and either outcome, nothing else', () => {
    expect(isAnalyzeTab({ type: 'dl/analyze-tab', tabId: 3 })).toBe(true);
    expect(isAnalyzeTab({ type: 'dl/analyze-tab', tabId: '3' })).toBe(false);
    expect(isAnalyzeTab({ type: 'dl/analyze-tab', tabId: -1 })).toBe(false);
    expect(isAnalyzeTabResult({ ok: true })).toBe(true);
    expect(isAnalyzeTabResult({ ok: false, error: 'no' })).toBe(true);
    expect(isAnalyzeTabResult({ ok: false })).toBe(false);
  });
});

describe('popup ↔ page messages', () => {
  it('accept a reveal request, its answer, and the analyze-anyway request', async () => {
    const { ANALYZE_ANYWAY, isAnalyzeAnyway, isRevealResult, isRevealSpan, revealSpan } = await import('./messages');
    expect(isRevealSpan(revealSpan('w2-c14'))).toBe(true);
    expect(isRevealSpan({ type: 'dl/reveal', id: 7 })).toBe(false);
    expect(isRevealSpan(revealSpan('x'.repeat(65)))).toBe(false);
    expect(isRevealResult({ found: false })).toBe(true);
    expect(isRevealResult({ found: 'yes' })).toBe(false);
    expect(isAnalyzeAnyway(ANALYZE_ANYWAY)).toBe(true);
    expect(isAnalyzeAnyway({ type: 'dl/analyze-tab' })).toBe(false);
  });

  it('accept a report with a digest, and reject a malformed digest', () => {
    const digest = {
      parties: ['Chile'],
      summary: ['One.'],
      commitments: [{ id: 'c0', strength: 'firm', text: 'x', actors: [], trigger: 'will', time: null, place: null, means: null }],
      entities: [{ key: 'chile', type: 'country', text: 'Chile', mentions: 1, ids: ['e0'] }],
      omitted: { commitments: 0, entities: 0 },
    };
    expect(isPageReport({ ...report, digest })).toBe(true);
    expect(isPageReport({ ...report, digest: { ...digest, commitments: [{ ...digest.commitments[0], strength: 'strong' }] } })).toBe(false);
    expect(isPageReport({ ...report, digest: { ...digest, entities: [{ ...digest.entities[0], ids: 'e0' }] } })).toBe(false);
    expect(isPageReport({ ...report, digest: { ...digest, omitted: null } })).toBe(false);
  });
});
