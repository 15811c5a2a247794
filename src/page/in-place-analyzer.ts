// The analyzer that runs analyze() on the calling thread: for tests and for
// the bench, which times the analysis and the page layer apart. The extension
// itself uses background-analyzer.ts.

import { analyze } from '../analysis/analyze';
import type { Analyzer } from './annotate-page';

export const inPlaceAnalyzer: Analyzer = async (text, meta) => analyze(text, meta);
