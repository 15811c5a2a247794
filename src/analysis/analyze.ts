// The analysis core's single entry point: text and page metadata in, an
// Analysis out. Pure: no DOM, no browser API, so it runs in the content
// script, in Node (CLI, eval, bench) and in tests alike.

import { detectStatement } from './statement';
import type { Analysis, PageMeta } from './types';

export function analyze(_text: string, meta: PageMeta): Analysis {
  const statement = detectStatement(meta);
  // Commitments and entities are found by the analysis core (issue 3); until
  // it lands the page reports none, as the data-dl-* contract allows.
  return { statement, commitments: [], entities: [] };
}
