// The background's side of "analyze this text": the analysis core, answering
// content scripts. Errors come back as data, so the page can say what failed.

import { analyze, analyzeIfStatement } from '../analysis/analyze';
import { prepareStep } from '../analysis/prepare';
import type { AnalyzeText, AnalyzeTextResult } from '../messaging/messages';
import { WARM_UP_META, WARM_UP_TEXT } from './warm-up-sample';

export function answerAnalyzeText(request: AnalyzeText): AnalyzeTextResult {
  try {
    return { ok: true, ...analyzeIfStatement(request.text, request.meta, request.onlyIfStatement) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

let warm = false;

/**
 * Readies the analysis once per background life: builds the lexicon
 * indexes and analyzes a sample, so the first page's text does not wait for
 * index building, regular-expression compiling or interpreted code (about
 * 150 ms of a cold first analysis). True when it did the work.
 */
export function warmUpAnalysis(): boolean {
  if (warm) return false;
  warm = true;
  while (!prepareStep());
  analyze(WARM_UP_TEXT, WARM_UP_META);
  return true;
}
