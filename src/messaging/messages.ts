// The messages that cross between content script, background and extension
// pages, and their validators. Every message received is checked here before
// anything acts on it: a message is data from another context, not trusted.

import type { StatementInfo } from '../analysis/types';

export type PageStatus = 'annotated' | 'not-statement' | 'error';

/** What the content script knows about its page, as the popup shows it. */
export interface PageReport {
  status: PageStatus;
  url: string;
  /** Which site adapter read the page. */
  adapter: string;
  statement: StatementInfo | null;
  counts: { commitments: number; entities: number };
  /** What went wrong, when status is 'error'. */
  error?: string;
}

/** Popup → content script: "what do you have for this page?" */
export interface GetPageReport {
  type: 'dl/get-page-report';
}

/** Content script → background: the page's report, for the toolbar badge. */
export interface PageReportNotice {
  type: 'dl/page-report';
  report: PageReport;
}

/**
 * Popup → background: "Analyze this page" for a tab. The background injects,
 * so the work finishes even if the popup closes meanwhile.
 */
export interface AnalyzeTab {
  type: 'dl/analyze-tab';
  tabId: number;
}

/** Background → popup: how the injection went. */
export type AnalyzeTabResult = { ok: true } | { ok: false; error: string };

export const getPageReport = (): GetPageReport => ({ type: 'dl/get-page-report' });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isNullableString = (value: unknown) => value === null || typeof value === 'string';

function isStatementInfo(value: unknown): value is StatementInfo {
  return (
    isRecord(value) &&
    typeof value.isStatement === 'boolean' &&
    typeof value.title === 'string' &&
    isNullableString(value.type) &&
    isNullableString(value.date) &&
    isNullableString(value.office) &&
    isNullableString(value.location)
  );
}

export function isPageReport(value: unknown): value is PageReport {
  return (
    isRecord(value) &&
    (value.status === 'annotated' || value.status === 'not-statement' || value.status === 'error') &&
    typeof value.url === 'string' &&
    typeof value.adapter === 'string' &&
    (value.statement === null || isStatementInfo(value.statement)) &&
    isRecord(value.counts) &&
    isCount(value.counts.commitments) &&
    isCount(value.counts.entities) &&
    (value.error === undefined || typeof value.error === 'string')
  );
}

export function isGetPageReport(value: unknown): value is GetPageReport {
  return isRecord(value) && value.type === 'dl/get-page-report';
}

export function isPageReportNotice(value: unknown): value is PageReportNotice {
  return isRecord(value) && value.type === 'dl/page-report' && isPageReport(value.report);
}

export function isAnalyzeTab(value: unknown): value is AnalyzeTab {
  return isRecord(value) && value.type === 'dl/analyze-tab' && Number.isInteger(value.tabId) && (value.tabId as number) >= 0;
}

export function isAnalyzeTabResult(value: unknown): value is AnalyzeTabResult {
  return isRecord(value) && (value.ok === true || (value.ok === false && typeof value.error === 'string'));
}
