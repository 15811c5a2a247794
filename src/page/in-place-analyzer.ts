// The analyzer that runs the analysis on the calling thread: for tests and
// for the bench, which times the analysis and the page layer apart. The
// extension itself uses background-analyzer.ts.

import { analyzeIfStatement } from '../analysis/analyze';
import type { Analyzer } from './annotate-page';

export const inPlaceAnalyzer: Analyzer = async (text, meta, onlyIfStatement) => analyzeIfStatement(text, meta, onlyIfStatement);
