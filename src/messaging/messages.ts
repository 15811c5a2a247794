// The messages that cross between content script, background and extension
// pages, and their validators. Every message received is checked here before
// anything acts on it: a message is data from another context, not trusted.

import type { PageDigest } from '../analysis/digest';
import { isNoteListing, type NoteListing } from '../notes/note';
import type { Analysis, PageMeta, StatementInfo } from '../analysis/types';
import { isCount, isRecord } from '../guards';
import { isAnalysisOf, isPageDigest, isPageMeta, isStatementInfo } from './analysis-shape';

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
  /** What the popup lists, when annotated (left out of the toolbar badge's notice). */
  digest?: PageDigest;
  /** The reader's notes on this page, placed or not (for the popup). */
  notes?: NoteListing[];
  /** Why the notes could not be loaded, if they could not. */
  notesError?: string;
}

/** Popup → content script: "what do you have for this page?" */
export interface GetPageReport {
  type: 'dl/get-page-report';
}

/** Popup → content script: scroll to a commitment or entity mention and flash it. */
export interface RevealSpan {
  type: 'dl/reveal';
  id: string;
  /** A note's id rather than a commitment's or an entity mention's. */
  note?: boolean;
}

/** Content script → popup: whether the span is on the page. */
export interface RevealResult {
  found: boolean;
}

/** Popup → content script: analyze this official page although it does not look like a statement. */
export interface AnalyzeAnyway {
  type: 'dl/analyze-anyway';
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

/**
 * Content script → background: analyze this text (one window of a page).
 * The analysis runs in the background, where its lexicons are loaded once
 * and its code is warm, instead of in every page the reader opens.
 */
export interface AnalyzeText {
  type: 'dl/analyze-text';
  text: string;
  meta: PageMeta;
  /**
   * Analyze only if the text is a statement's; else answer with the
   * detection alone. The first window of a page asks so: the background
   * decides (its code is warm) and the page waits for one answer, not two.
   */
  onlyIfStatement: boolean;
}

/**
 * Background → content script: the window's statement detection, and its
 * analysis (offsets into its text) unless it was skipped.
 */
export type AnalyzeTextResult = { ok: true; statement: StatementInfo; analysis: Analysis | null } | { ok: false; error: string };

/** The longest text one message may carry: a window is about 48 K; a single paragraph may be longer. */
export const MAX_ANALYZE_CHARS = 4 * 1024 * 1024;

/**
 * Content script (at document start) → background: "a statement page is
 * loading". Waking the background then readies the analysis while the page
 * loads, so it answers at once when the text arrives.
 */
export interface WarmUp {
  type: 'dl/warm-up';
}

export const WARM_UP: WarmUp = { type: 'dl/warm-up' };

export const getPageReport = (): GetPageReport => ({ type: 'dl/get-page-report' });
export const revealSpan = (id: string, note = false): RevealSpan => ({ type: 'dl/reveal', id, ...(note ? { note: true } : {}) });
export const ANALYZE_ANYWAY: AnalyzeAnyway = { type: 'dl/analyze-anyway' };
export const analyzeText = (text: string, meta: PageMeta, onlyIfStatement = false): AnalyzeText => ({ type: 'dl/analyze-text', text, meta, onlyIfStatement });

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
    (value.error === undefined || typeof value.error === 'string') &&
    (value.digest === undefined || isPageDigest(value.digest)) &&
    (value.notes === undefined || (Array.isArray(value.notes) && value.notes.every(isNoteListing))) &&
    (value.notesError === undefined || typeof value.notesError === 'string')
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

export function isAnalyzeText(value: unknown): value is AnalyzeText {
  return (
    isRecord(value) &&
    value.type === 'dl/analyze-text' &&
    typeof value.text === 'string' &&
    value.text.length <= MAX_ANALYZE_CHARS &&
    isPageMeta(value.meta) &&
    typeof value.onlyIfStatement === 'boolean'
  );
}

/** The answer to an AnalyzeText for `text`: every offset must fall inside it. */
export function isAnalyzeTextResultFor(value: unknown, text: string): value is AnalyzeTextResult {
  if (!isRecord(value)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  return value.ok === true && isStatementInfo(value.statement) && (value.analysis === null || isAnalysisOf(value.analysis, text.length));
}

export function isRevealSpan(value: unknown): value is RevealSpan {
  return isRecord(value) && value.type === 'dl/reveal' && typeof value.id === 'string' && value.id.length <= 64 && (value.note === undefined || typeof value.note === 'boolean');
}

export function isRevealResult(value: unknown): value is RevealResult {
  return isRecord(value) && typeof value.found === 'boolean';
}

export function isAnalyzeAnyway(value: unknown): value is AnalyzeAnyway {
  return isRecord(value) && value.type === 'dl/analyze-anyway';
}

export function isWarmUp(value: unknown): value is WarmUp {
  return isRecord(value) && value.type === 'dl/warm-up';
}

export function isAnalyzeTabResult(value: unknown): value is AnalyzeTabResult {
  return isRecord(value) && (value.ok === true || (value.ok === false && typeof value.error === 'string'));
}
