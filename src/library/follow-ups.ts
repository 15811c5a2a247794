// Commitments that have fallen due: a commitment with a time ("in 2025",
// "next year") is due once its date has passed; a later statement of the
// same series that speaks of the same action marks it as followed up.

import { wordingLikeness, type LibraryCommitment } from './compare';
import { dueDate } from './due';
import type { StatementRecord } from './record';

export interface DueCommitment {
  record: StatementRecord;
  commitment: LibraryCommitment;
  due: string;
  /** The later statement of the series that speaks of it again, if any. */
  followedUpBy: StatementRecord | null;
}

/** Speaking of the same action: looser than "repeated", since a follow-up reports rather than restates. */
export const SAME_ACTION = 0.5;

export function dueCommitments(records: readonly StatementRecord[], today: string): DueCommitment[] {
  const due: DueCommitment[] = [];
  for (const record of records) {
    for (const commitment of record.commitments) {
      if (!commitment.time) continue;
      const date = dueDate(commitment.time, record.date || null);
      if (!date || date >= today) continue;
      const later = record.series
        ? records
            .filter((other) => other.series === record.series && other.documentKey !== record.documentKey && other.date > record.date)
            .sort((a, b) => a.date.localeCompare(b.date))
        : [];
      const followedUpBy = later.find((other) => other.commitments.some((c) => wordingLikeness(c.text, commitment.text) >= SAME_ACTION)) ?? null;
      due.push({ record, commitment, due: date, followedUpBy });
    }
  }
  return due.sort((a, b) => a.due.localeCompare(b.due));
}
