// The statement library: every official statement read (unless the reader
// turned the library off), filtered by country, type, series and date; a
// search across their commitments (words, country, strength), each result
// opening the statement at the commitment; the commitments now due, and
// whether a later round followed them up; forget, clear, export, import.

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Strength } from '../analysis/types';
import { exportLibraryCsv, exportLibraryJson, parseLibraryImport } from '../library/exchange';
import { dueCommitments } from '../library/follow-ups';
import { filterStatements, searchCommitments, type LibraryQuery } from '../library/library-search';
import type { StatementRecord } from '../library/record';
import type { LibraryStore } from '../library/store';
import { longDate, STRENGTH_LABELS } from './export-text';
import { ImportButton, InputFilter, SelectFilter } from './PageFields';
import { Brand } from './Brand';
import { useStoredList, type FileImport } from './stored-list';
import { urlAtQuote } from './text-fragment';

const STRENGTH_OPTIONS = (['firm', 'intent', 'support'] as Strength[]).map((value) => ({ value, label: STRENGTH_LABELS[value] }));

export interface LibrarySetting {
  get(): Promise<boolean>;
  set(enabled: boolean): Promise<void>;
}

export interface LibraryPageProps {
  store: Promise<LibraryStore>;
  setting: LibrarySetting;
  download(name: string, type: string, text: string): void;
  now?: () => Date;
}

export function LibraryPage({ store, setting, download, now = () => new Date() }: LibraryPageProps) {
  const { items: records, loadError, status, act, importFile } = useStoredList(store, (s) => s.all());
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [query, setQuery] = useState<LibraryQuery>({});
  useEffect(() => void setting.get().then(setEnabled), []);

  const field = (name: keyof LibraryQuery) => (value: string | undefined) => setQuery((current) => ({ ...current, [name]: value }));
  const all = records ?? [];
  const countries = useMemo(() => [...new Set(all.flatMap((r) => r.countries))].sort(), [records]);
  const types = useMemo(() => [...new Set(all.map((r) => r.type).filter((t): t is string => !!t))].sort(), [records]);
  const series = useMemo(() => [...new Set(all.map((r) => r.series).filter(Boolean))].sort(), [records]);
  const statements = useMemo(() => filterStatements(all, query), [records, query]);
  const hits = useMemo(() => (query.text || query.strength ? searchCommitments(all, query, 200) : []), [records, query]);
  const today = now().toISOString().slice(0, 10);
  const due = useMemo(() => dueCommitments(all, today), [records, today]);

  const libraryImport: FileImport<StatementRecord> = {
    parse: parseLibraryImport,
    write: async (parsed) => (await store).importRecords(parsed),
    describe: (parsed, counts) => `Imported ${parsed.length} statements: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} kept as they were.`,
  };
  const stamp = today;

  return (
    <main class="notes-page" aria-labelledby="library-title">
      <Brand />
      <h1 id="library-title">Statement library</h1>
      <label class="setting">
        <input
          type="checkbox"
          checked={enabled ?? true}
          disabled={enabled === null}
          onChange={(event) => {
            const next = (event.currentTarget as HTMLInputElement).checked;
            setEnabled(next);
            void setting.set(next);
          }}
        />
        Keep the official statements I read (in this browser only)
      </label>

      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <InputFilter label="Commitments with" type="search" placeholder="words" value={query.text} onChange={field('text')} />
        <SelectFilter label="Strength" value={query.strength} options={STRENGTH_OPTIONS} onChange={field('strength')} />
        <SelectFilter label="Country" value={query.country} options={countries} onChange={field('country')} />
        <SelectFilter label="Type" value={query.type} options={types} onChange={field('type')} />
        <SelectFilter label="Series" value={query.series} options={series} onChange={field('series')} />
        <InputFilter label="From" value={query.from} onChange={field('from')} />
        <InputFilter label="To" value={query.to} onChange={field('to')} />
      </form>

      <div class="actions" role="group" aria-label="Export, import and clear">
        <button type="button" disabled={all.length === 0} onClick={() => download(`diplomatic-lens-library-${stamp}.json`, 'application/json', exportLibraryJson(statements, now()))}>
          Export JSON ({statements.length})
        </button>
        <button type="button" disabled={all.length === 0} onClick={() => download(`diplomatic-lens-library-${stamp}.csv`, 'text/csv', exportLibraryCsv(statements))}>
          Export CSV ({statements.length})
        </button>
        <ImportButton accept=".json,.csv,application/json,text/csv" onFile={(file) => void importFile(file, libraryImport)} />
        <button
          type="button"
          disabled={all.length === 0}
          onClick={() => {
            if (globalThis.confirm?.('Clear the library? Your notes stay.') ?? true) void act((s) => s.clear(), 'Library cleared.');
          }}
        >
          Clear library
        </button>
      </div>
      <p class={`status ${status?.kind === 'error' ? 'status--error' : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} data-testid="library-status">
        {status?.text}
      </p>
      {loadError && (
        <p class="status status--error" role="alert">
          {loadError}
        </p>
      )}

      {(query.text || query.strength) && (
        <section class="section" aria-labelledby="hits-title" data-testid="commitment-hits">
          <h2 id="hits-title">Commitments ({hits.length})</h2>
          <ul class="note-list">
            {hits.map(({ record, commitment, index }) => (
              <li key={`${record.documentKey}-${index}`} class={`note-card commitment__button--${commitment.strength}`}>
                <span class={`strength strength--${commitment.strength}`}>{STRENGTH_LABELS[commitment.strength]}</span>{' '}
                <a href={urlAtQuote(record.url, commitment.text)} target="_blank" rel="noopener noreferrer">
                  {commitment.text}
                </a>
                <p class="commitment__facts">
                  {[commitment.actors.join(', '), commitment.time, record.title, longDate(record.date)].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="section" aria-labelledby="due-title" data-testid="due">
        <h2 id="due-title">Due ({due.length})</h2>
        {due.length === 0 && <p class="section__empty">No commitment with a date has fallen due.</p>}
        <ul class="note-list">
          {due.map(({ record, commitment, due: date, followedUpBy }, index) => (
            <li key={index} class="note-card">
              <a href={urlAtQuote(record.url, commitment.text)} target="_blank" rel="noopener noreferrer">
                {commitment.text}
              </a>
              <p class="commitment__facts">
                Due {longDate(date)} · {followedUpBy ? `followed up in “${followedUpBy.title}” (${longDate(followedUpBy.date)})` : 'no follow-up in the library yet'}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section class="section" aria-labelledby="statements-title" data-testid="statements">
        <h2 id="statements-title">Statements ({statements.length})</h2>
        {records && records.length === 0 && <p class="section__empty">None yet: official statements you read are kept here.</p>}
        <ul class="note-list">
          {statements.map((record) => (
            <li key={record.documentKey} class="note-card" data-document-key={record.documentKey}>
              <a class="note-card__title" href={record.url} target="_blank" rel="noopener noreferrer">
                {record.title}
              </a>
              <p class="commitment__facts">
                {[record.type, longDate(record.date), record.series, `${record.commitments.length} commitments`].filter(Boolean).join(' · ')}
              </p>
              <div class="actions">
                <button type="button" onClick={() => void act((s) => s.delete(record.documentKey), 'Statement forgotten.')}>
                  Forget this page
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
