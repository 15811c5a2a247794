// The background's side of "analyze this text": the analysis core, answering
// content scripts. Errors come back as data, so the page can say what failed.

import { analyze } from '../analysis/analyze';
import { prepareStep } from '../analysis/prepare';
import type { AnalyzeText, AnalyzeTextResult } from '../messaging/messages';

export function answerAnalyzeText(request: AnalyzeText): AnalyzeTextResult {
  try {
    return { ok: true, analysis: analyze(request.text, request.meta) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Builds the lexicon indexes now, so the first page's analysis does not wait for them. */
export function prepareAnalysis(): void {
  while (!prepareStep());
}
