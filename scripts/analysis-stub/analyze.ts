// Stands in for src/analysis/analyze.ts in a build made to measure what the
// analysis adds to the background script (scripts/analysis-in-build.ts): the
// same exports, answering through a call the bundler cannot see into, so the
// code that uses their answers (and the arguments passed, the warm-up sample)
// stays in the build as it is in the real one.
import type { analyze as Analyze, analyzeIfStatement as AnalyzeIfStatement } from '../../src/analysis/analyze';

const opaque = (...args: unknown[]): never => (globalThis as unknown as { analysisStub: (...args: unknown[]) => never }).analysisStub(...args);

export const analyze: typeof Analyze = (text, meta) => opaque(text, meta);
export const analyzeIfStatement: typeof AnalyzeIfStatement = (text, meta, onlyIfStatement) => opaque(text, meta, onlyIfStatement);
