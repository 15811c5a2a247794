// One statement as the library keeps it: what it is, who its parties are,
// its commitments (words, strength, actors, time), the entities it names,
// and the series it belongs to. Built from the page's analysis, pure.

import type { Analysis, Strength } from '../analysis/types';
import { isNullableString, isRecord, isString, isStringArray } from '../guards';
import { documentKey } from '../notes/document-key';
import type { LibraryCommitment } from './compare';
import { seriesOf } from './series';

export interface StatementRecord {
  documentKey: string;
  url: string;
  title: string;
  type: string | null;
  /** ISO date, or '' when unknown (so the date index keeps it). */
  date: string;
  office: string | null;
  parties: string[];
  /** Normalized series name, or '' when the statement belongs to none. */
  series: string;
  commitments: LibraryCommitment[];
  /** Canonical names of the countries it names (for filtering and search). */
  countries: string[];
  entityKeys: string[];
  savedAt: string;
}

const MAX_COMMITMENT_CHARS = 600;
const MAX_ENTITY_KEYS = 300;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_COMMITMENT_CHARS);

export function statementRecord(analysis: Analysis, text: string, url: string, savedAt: Date): StatementRecord {
  const statement = analysis.statement;
  const opening = text.slice(0, 600);
  const countries = [...new Set(analysis.entities.filter((e) => e.type === 'country').map((e) => e.key))];
  return {
    documentKey: documentKey(url),
    url,
    title: statement.title,
    type: statement.type,
    date: statement.date ?? '',
    office: statement.office,
    parties: analysis.parties,
    series: seriesOf(statement.title, opening) ?? '',
    commitments: analysis.commitments.map((c) => ({ text: clean(text.slice(c.start, c.end)), strength: c.strength as Strength, actors: c.actors, time: c.time })),
    countries,
    entityKeys: [...new Set(analysis.entities.map((e) => e.key))].slice(0, MAX_ENTITY_KEYS),
    savedAt: savedAt.toISOString(),
  };
}

const STRENGTHS: ReadonlySet<unknown> = new Set(['firm', 'intent', 'support']);

function isLibraryCommitment(value: unknown): value is LibraryCommitment {
  return isRecord(value) && isString(value.text) && STRENGTHS.has(value.strength) && isStringArray(value.actors) && isNullableString(value.time);
}

/** A StatementRecord received from another context or a file, checked field by field. */
export function isStatementRecord(value: unknown): value is StatementRecord {
  return (
    isRecord(value) &&
    isString(value.documentKey) &&
    value.documentKey.length > 0 &&
    isString(value.url) &&
    isString(value.title) &&
    isNullableString(value.type) &&
    isString(value.date) &&
    (value.date === '' || /^\d{4}-\d{2}(?:-\d{2})?$/.test(value.date)) &&
    isNullableString(value.office) &&
    isStringArray(value.parties) &&
    isString(value.series) &&
    Array.isArray(value.commitments) &&
    value.commitments.every(isLibraryCommitment) &&
    isStringArray(value.countries) &&
    isStringArray(value.entityKeys) &&
    isString(value.savedAt) &&
    !Number.isNaN(Date.parse(value.savedAt))
  );
}
