// One pass over a page: pick its site adapter, read its main text and
// metadata, analyze, and report. Painting joins this pass with the
// highlights issue; this file stays the single place the steps are wired.

import { analyze } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import type { PageReport } from '../messaging/messages';
import { blockText } from './block-text';
import { adapterFor } from './sites';

export interface PageResult {
  report: PageReport;
  analysis: Analysis | null;
}

export function annotatePage(doc: Document, href: string): PageResult {
  let adapterId = 'none';
  try {
    const url = new URL(href);
    const adapter = adapterFor(url, doc);
    adapterId = adapter.id;
    const meta = adapter.meta(doc, url);
    const main = adapter.mainContent(doc);
    const analysis = analyze(main ? blockText(main, adapter.skip) : '', meta);
    const isStatement = analysis.statement.isStatement && main !== null;
    return {
      analysis,
      report: {
        status: isStatement ? 'annotated' : 'not-statement',
        url: href,
        adapter: adapterId,
        statement: analysis.statement,
        counts: isStatement
          ? { commitments: analysis.commitments.length, entities: analysis.entities.length }
          : { commitments: 0, entities: 0 },
      },
    };
  } catch (error) {
    return {
      analysis: null,
      report: {
        status: 'error',
        url: href,
        adapter: adapterId,
        statement: null,
        counts: { commitments: 0, entities: 0 },
        error: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
