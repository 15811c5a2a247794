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
