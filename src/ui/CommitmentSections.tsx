// The page's commitments in the popup: the few to read first, then every
// one grouped by strength (each group folds).

import { keyCommitments, type DigestCommitment } from '../analysis/digest';
import type { Strength } from '../analysis/types';
import { CommitmentItem } from './CommitmentItem';
import { STRENGTH_LABELS } from './export-text';

const STRENGTHS: readonly Strength[] = ['firm', 'intent', 'support'];

interface Props {
  commitments: readonly DigestCommitment[];
  /** Left out of the digest on a very long page. */
  omitted: number;
  onReveal(id: string): void;
}

export function CommitmentSections({ commitments, omitted, onReveal }: Props) {
  if (commitments.length === 0) {
    return (
      <section class="section" aria-labelledby="commitments-title">
        <h2 id="commitments-title">Commitments</h2>
        <p class="section__empty">No commitments found in this text.</p>
      </section>
    );
  }
  const key = keyCommitments(commitments);
  return (
    <>
      <section class="section" aria-labelledby="key-title">
        <h2 id="key-title">Key commitments</h2>
        <ul class="commitments" data-testid="key-commitments">
          {key.map((commitment) => (
            <CommitmentItem key={commitment.id} commitment={commitment} onReveal={onReveal} />
          ))}
        </ul>
      </section>
      <section class="section" aria-labelledby="all-title">
        <h2 id="all-title">All commitments ({commitments.length + omitted})</h2>
        {STRENGTHS.map((strength) => {
          const group = commitments.filter((c) => c.strength === strength);
          if (group.length === 0) return null;
          return (
            <details key={strength} class="group" open={strength === 'firm'}>
              <summary>
                {STRENGTH_LABELS[strength]} ({group.length})
              </summary>
              <ul class="commitments" data-testid={`commitments-${strength}`}>
                {group.map((commitment) => (
                  <CommitmentItem key={commitment.id} commitment={commitment} onReveal={onReveal} />
                ))}
              </ul>
            </details>
          );
        })}
        {omitted > 0 && <p class="section__empty">{omitted} more on the page (the popup lists the first {commitments.length}).</p>}
      </section>
    </>
  );
}
