// Searching the library: statements by country, type, date and series, and
// their commitments by words, country and strength. In memory over the
// records (5,000 statements take a few milliseconds), so no index to keep in
// sync with the rules that made them.

import type { Strength } from '../analysis/types';
import { fold } from '../notes/search';
import type { LibraryCommitment } from './compare';
import type { StatementRecord } from './record';

export interface LibraryQuery {
  text?: string;
  country?: string;
  strength?: Strength;
  type?: string;
  series?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export interface CommitmentHit {
  record: StatementRecord;
  commitment: LibraryCommitment;
  index: number;
}

function matchesStatement(record: StatementRecord, query: LibraryQuery): boolean {
  if (query.country && !record.countries.includes(query.country) && !record.parties.includes(query.country)) return false;
  if (query.type && record.type !== query.type) return false;
  if (query.series && record.series !== query.series) return false;
  if (query.from && (!record.date || record.date < query.from)) return false;
  if (query.to && (!record.date || record.date > query.to)) return false;
  return true;
}

const folded = new WeakMap<LibraryCommitment, string>();
function haystack(commitment: LibraryCommitment): string {
  let text = folded.get(commitment);
  if (text === undefined) folded.set(commitment, (text = fold(`${commitment.text}\n${commitment.actors.join(' ')}`)));
  return text;
}

export function filterStatements(records: readonly StatementRecord[], query: LibraryQuery): StatementRecord[] {
  return records.filter((record) => matchesStatement(record, query));
}

/** The commitments matching every word (in their text or actors) and the strength, in statements matching the rest. */
export function searchCommitments(records: readonly StatementRecord[], query: LibraryQuery, limit = 500): CommitmentHit[] {
  const words = fold(query.text ?? '').split(/\s+/).filter(Boolean);
  const hits: CommitmentHit[] = [];
  for (const record of records) {
    if (!matchesStatement(record, query)) continue;
    record.commitments.forEach((commitment, index) => {
      if (hits.length >= limit) return;
      if (query.strength && commitment.strength !== query.strength) return;
      // The country filter also matches a commitment its country makes.
      if (words.length > 0 && !words.every((word) => haystack(commitment).includes(word))) return;
      hits.push({ record, commitment, index });
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
