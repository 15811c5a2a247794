// The content script's analyzer: the background decides whether the page is
// a statement and analyzes it, the page paints. The analysis and its
// lexicons are loaded once in the background, and its
// code stays compiled and warm there, instead of being evaluated again in
// every page the reader opens; and on a long page the analysis never runs on
// the page's main thread. Every answer is checked before it is used.

import type { Analyzer } from './annotate-page';
import { analyzeText, isAnalyzeTextResultFor, type AnalyzeText } from '../messaging/messages';

export function backgroundAnalyzer(send: (message: AnalyzeText) => Promise<unknown>): Analyzer {
  return async (text, meta, onlyIfStatement) => {
    const answer = await send(analyzeText(text, meta, onlyIfStatement));
    if (!isAnalyzeTextResultFor(answer, text)) throw new Error('the extension’s background gave no valid analysis (reload the page after an update)');
    if (!answer.ok) throw new Error(answer.error);
    return { statement: answer.statement, analysis: answer.analysis };
  };
}
