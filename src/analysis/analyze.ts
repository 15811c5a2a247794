// The analysis core's single entry point: text and page metadata in, an
// Analysis out. Pure: no DOM, no browser API, so it runs in the content
// script, in Node (CLI, eval, bench) and in tests alike.

import { findCommitments } from './commitments';
import { findEntities } from './entities';
import { tokenize } from './entities/tokenize';
import { documentParties } from './parties';
import { splitSentences } from './sentences';
import { detectStatement } from './statement';
import { summarize } from './summary';
import type { Analysis, PageMeta } from './types';

export function analyze(text: string, meta: PageMeta): Analysis {
  const statement = detectStatement(meta, text);
  const sentences = splitSentences(text);
  // One tokenization serves both: entities read the tokens, commitments look their subjects' names up in them.
  const tokens = tokenize(text);
  const entities = findEntities(text, { title: meta.title, tokens });
  const parties = documentParties(meta.title, entities);
  const commitments = findCommitments(text, sentences, parties, entities, tokens);
  return {
    statement,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    parties,
    commitments,
    entities,
    summary: summarize(text, sentences, parties, commitments, entities),
  };
}
