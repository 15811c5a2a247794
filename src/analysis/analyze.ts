// The analysis core's single entry point: text and page metadata in, an
// Analysis out. Pure: no DOM, no browser API, so it runs in the content
// script, in Node (CLI, eval, bench) and in tests alike.

import { commitmentsIn } from './commitments';
import { entitiesIn } from './entities';
import { foldText, tokenize } from './entities/tokenize';
import { documentParties, issuersOf } from './parties';
import { plainSpaces } from './plain-spaces';
import { splitSentences } from './sentences';
import { statementIn } from './statement';
import { summarize } from './summary';
import type { Analysis, PageMeta, StatementInfo } from './types';

export function analyze(text: string, meta: PageMeta): Analysis {
  // Never null: the text is analyzed whether it is a statement's or not.
  return analyzeIfStatement(text, meta, false).analysis!;
}

/** A text's detection, and its analysis unless `onlyIfStatement` and the text is not a statement's. */
export function analyzeIfStatement(text: string, meta: PageMeta, onlyIfStatement: boolean): { statement: StatementInfo; analysis: Analysis | null } {
  // Text and title with Unicode spaces read as plain ones (plain-spaces.ts says why); offsets are the same in either.
  // Two locals rather than a helper returning both, which the bundle carries as an object (21 bytes gzipped).
  const plainText = plainSpaces(text);
  const plainMeta = { ...meta, title: plainSpaces(meta.title) };
  const statement = statementIn(plainMeta, plainText);
  return { statement, analysis: onlyIfStatement && !statement.isStatement ? null : analyzeDetected(statement, plainText, plainMeta) };
}

function analyzeDetected(statement: StatementInfo, text: string, meta: PageMeta): Analysis {
  const sentences = splitSentences(text);
  // One tokenization serves both: entities read the tokens, commitments look their subjects' names up in them;
  // and one folding: the tokens' lower-case words are slices of it, commitments' triggers are sought in it.
  const folded = foldText(text);
  const tokens = tokenize(text, folded);
  const entities = entitiesIn(text, meta.title, tokens);
  const parties = documentParties(meta.title, entities, statement.type, text);
  const commitments = commitmentsIn(text, sentences, parties, entities, tokens, issuersOf(parties, statement.type, meta.title), folded);
  return {
    statement,
    parties,
    commitments,
    entities,
    summary: summarize(text, sentences, parties, commitments, entities, statement.title),
  };
}
