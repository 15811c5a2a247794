// The popup for an annotated statement: what it is, who the parties are,
// its summary, its commitments (the key ones first) and entities, each a
// click away from its place in the page; then the actions and the legend.

import { useCallback, useMemo, useState } from 'preact/hooks';
import type { PageReport } from '../messaging/messages';
import type { CategorySettings } from '../page/category-settings';
import { CommitmentSections } from './CommitmentSections';
import { EntityGroups } from './EntityGroups';
import { citationOf, longDate, markdownOf } from './export-text';
import { Legend } from './Legend';
import { NotesSection } from './NotesSection';
import { SinceSection } from './SinceSection';
import type { LibraryView } from '../library/since';
import type { PopupActions } from './Popup';

interface Props {
  report: PageReport & { statement: NonNullable<PageReport['statement']> };
  tabId: number;
  actions: PopupActions;
  inTab: boolean;
  categories: CategorySettings | null;
  /** The page in the reader's library (kept? what changed since the last round?), once read. */
  library?: LibraryView | null;
}

export function ReportView({ report, tabId, actions, inTab, categories, library }: Props) {
  const { statement, digest } = report;
  const [status, setStatus] = useState('');
  const facts = [longDate(statement.date), statement.office, statement.location].filter((fact): fact is string => !!fact);
  const copy = (what: string, text: string) => {
    actions.copy(text).then(
      () => setStatus(`${what} copied.`),
      (error: unknown) => setStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const reveal = useCallback(
    (id: string, note = false) => {
      actions.reveal(tabId, id, note).then(
        (found) => setStatus(found ? '' : 'That passage is no longer on the page.'),
        () => setStatus('The page did not answer; reload it and try again.'),
      );
    },
    [actions, tabId],
  );
  // The long lists, rendered again only when what they show changes (not for a status line, the toggles or the library).
  const lists = useMemo(
    () => (
      <>
        {digest && <CommitmentSections commitments={digest.commitments} omitted={digest.omitted.commitments} onReveal={reveal} />}
        {digest && <EntityGroups entities={digest.entities} onReveal={reveal} />}
        {report.notes && <NotesSection notes={report.notes} error={report.notesError} onReveal={(id) => reveal(id, true)} />}
      </>
    ),
    [digest, report.notes, report.notesError, reveal],
  );
  return (
    <article class="report" aria-labelledby="report-title">
      <p class="report__type">{statement.type ?? 'Statement'}</p>
      <h1 id="report-title" class="report__title">
        {statement.title}
      </h1>
      {facts.length > 0 && <p class="report__facts">{facts.join(' · ')}</p>}
      {digest && digest.parties.length > 0 && (
        <ul class="parties" aria-label="Parties">
          {digest.parties.map((party) => (
            <li key={party}>{party}</li>
          ))}
        </ul>
      )}
      <dl class="report__counts">
        <div>
          <dt>Commitments</dt>
          <dd data-testid="commitment-count">{report.counts.commitments}</dd>
        </div>
        <div>
          <dt>Entities</dt>
          <dd data-testid="entity-count">{report.counts.entities}</dd>
        </div>
      </dl>
      {digest && digest.summary.length > 0 && (
        <section class="section" aria-labelledby="summary-title" data-testid="summary">
          <h2 id="summary-title">Summary</h2>
          {digest.summary.map((sentence, index) => (
            <p key={index} class="summary__sentence">
              {sentence}
            </p>
          ))}
        </section>
      )}
      <div class="actions" role="group" aria-label="Actions">
        {digest && (
          <button type="button" onClick={() => copy('Markdown', markdownOf(statement, report.url, digest))}>
            Copy as Markdown
          </button>
        )}
        <button type="button" onClick={() => copy('Citation', citationOf(statement, report.url))}>
          Copy citation
        </button>
        {!inTab && (
          <button type="button" onClick={() => actions.openInTab(tabId)}>
            Open in a tab
          </button>
        )}
        {library?.kept && (
          <button
            type="button"
            onClick={() =>
              actions.forgetPage(report.url).then(
                () => setStatus('This page is no longer in your library.'),
                (error: unknown) => setStatus(`Could not forget this page: ${(error as Error).message}`),
              )
            }
          >
            Forget this page
          </button>
        )}
      </div>
      <p class="status" role="status" data-testid="status">
        {status}
      </p>
      {library?.since && <SinceSection since={library.since} />}
      {lists}
      {categories && <Legend settings={categories} onChange={actions.setCategories} />}
    </article>
  );
}
