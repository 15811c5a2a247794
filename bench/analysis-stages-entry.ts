// The analysis stages, exported one by one for bench/analysis-stages.ts to
// time; bundled and minified as the extension ships them.
export { analyze } from '../src/analysis/analyze';
export { commitmentsIn } from '../src/analysis/commitments';
export { entitiesIn } from '../src/analysis/entities';
export { foldText, tokenize } from '../src/analysis/entities/tokenize';
export { documentParties, issuersOf } from '../src/analysis/parties';
export { plainSpaces } from '../src/analysis/plain-spaces';
export { splitSentences } from '../src/analysis/sentences';
export { detectStatement } from '../src/analysis/statement';
export { summarize } from '../src/analysis/summary';
