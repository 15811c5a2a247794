// Where the analysis spends its time: each stage of analyze() timed over the
// same texts, as a share of the whole. The stages are composed here as
// analyze.ts composes them (the result is checked against analyze()'s, so
// this cannot drift from it unnoticed), from a bundle built as the extension
// ships the analysis.

import { performance } from 'node:perf_hooks';
import { analysisBundle, loadAnalysisBundle } from '../scripts/analysis-size';
import type { CorpusText } from './corpus';
import { fixed, median, row } from './measure';

type Stages = typeof import('./analysis-stages-entry');

const STAGES = ['plain spaces', 'detection', 'sentences', 'folding', 'tokens', 'entities', 'parties', 'commitments', 'summary'] as const;
type Stage = (typeof STAGES)[number];

/** analyze() of one document, stage by stage, each stage's milliseconds added to `spent`. */
function analyzeTimed(s: Stages, doc: CorpusText, spent: Record<Stage, number>) {
  let mark = performance.now();
  const timed = <T>(stage: Stage, result: T): T => {
    const now = performance.now();
    spent[stage] += now - mark;
    mark = now;
    return result;
  };
  const text = timed('plain spaces', s.plainSpaces(doc.text));
  const meta = { url: doc.url, title: s.plainSpaces(doc.title) };
  const statement = timed('detection', s.detectStatement(meta, text));
  const sentences = timed('sentences', s.splitSentences(text));
  const folded = timed('folding', s.foldText(text));
  const tokens = timed('tokens', s.tokenize(text, folded));
  const entities = timed('entities', s.entitiesIn(text, meta.title, tokens));
  const parties = timed('parties', s.documentParties(meta.title, entities, statement.type, text));
  const issuers = s.issuersOf(parties, statement.type, meta.title);
  const commitments = timed('commitments', s.commitmentsIn(text, sentences, parties, entities, tokens, issuers, folded));
  const summary = timed('summary', s.summarize(text, sentences, parties, commitments, entities, statement.title));
  return { statement, parties, commitments, entities, summary };
}

/** Prints each stage's milliseconds per pass over `docs` (median of `rounds`) and its share of the whole. */
export async function printStages(label: string, docs: readonly CorpusText[], rounds: number): Promise<void> {
  const stages = loadAnalysisBundle<Stages>(await analysisBundle('bench/analysis-stages-entry.ts'));
  for (const doc of docs) {
    const composed = JSON.stringify(analyzeTimed(stages, doc, blank()));
    if (composed !== JSON.stringify(stages.analyze(doc.text, { url: doc.url, title: doc.title }))) {
      throw new Error(`bench/analysis-stages.ts composes the stages otherwise than analyze.ts does (document ${doc.id})`);
    }
  }
  const perRound: Record<Stage, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const spent = blank();
    for (const doc of docs) analyzeTimed(stages, doc, spent);
    perRound.push(spent);
  }
  const ms = Object.fromEntries(STAGES.map((stage) => [stage, median(perRound.map((spent) => spent[stage]))])) as Record<Stage, number>;
  const total = STAGES.reduce((sum, stage) => sum + ms[stage], 0);
  console.log(`\nWhere the time goes: ${label} (ms per pass, median of ${rounds}; share of the whole)`);
  for (const stage of STAGES) console.log(row(stage, fixed(ms[stage]), `${fixed((100 * ms[stage]) / total)}%`));
  console.log(row('all', fixed(total), '100%'));
}

const blank = (): Record<Stage, number> => Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
