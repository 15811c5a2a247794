// "Since the last round": the comparison the popup shows for a statement
// whose series the library already holds an earlier statement of.

import { compareCommitments, type Comparison, type LibraryCommitment } from './compare';
import type { StatementRecord } from './record';

/** What the popup shows of the library for its page: whether the page is kept, and what changed since the last round. */
export interface LibraryView {
  kept: boolean;
  since: SinceView | null;
}

export interface SinceView {
  previous: { title: string; url: string; date: string };
  comparison: Comparison<LibraryCommitment>;
}

const RANK = { support: 0, intent: 1, firm: 2 } as const;

export function sinceView(previous: StatementRecord, current: StatementRecord): SinceView {
  return {
    previous: { title: previous.title, url: previous.url, date: previous.date },
    comparison: compareCommitments(previous.commitments, current.commitments),
  };
}

/** True when the commitment grew firmer (support → intent → firm). */
export const strengthened = (pair: { previous: LibraryCommitment; current: LibraryCommitment }) => RANK[pair.current.strength] > RANK[pair.previous.strength];
