// What the reader clicked: the entity or commitment at a text offset.
// Entities are checked first (they are the more specific mark where a
// commitment's tint and an entity's underline overlap).

import type { Analysis, Commitment, Entity } from '../analysis/types';

export type Mark = { kind: 'entity'; entity: Entity } | { kind: 'commitment'; commitment: Commitment };

/** The span of a sorted, non-overlapping list that holds `offset`, by binary search. */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return span;
  }
  return null;
}

export function markAt(analysis: Pick<Analysis, 'commitments' | 'entities'>, offset: number): Mark | null {
  const entity = spanAt(analysis.entities, offset);
  if (entity) return { kind: 'entity', entity };
  const commitment = spanAt(analysis.commitments, offset);
  return commitment ? { kind: 'commitment', commitment } : null;
}

/** The commitment after (step 1) or before (step -1) the one at `current`, wrapping around. */
export function stepCommitment(commitments: readonly Commitment[], current: Commitment | null, step: 1 | -1): Commitment | null {
  if (commitments.length === 0) return null;
  const index = current ? commitments.findIndex((c) => c.id === current.id) : -1;
  if (index < 0) return step === 1 ? commitments[0]! : commitments[commitments.length - 1]!;
  return commitments[(index + step + commitments.length) % commitments.length]!;
}
