// One commitment in the popup: a button that shows it in the page, with its
// strength (in the highlight's colour), its words, who commits and when.

import { specificsOf } from '../analysis/commitment-specifics';
import type { DigestCommitment } from '../analysis/digest';
import { STRENGTH_LABELS } from './export-text';

interface Props {
  commitment: DigestCommitment;
  onReveal(id: string): void;
}

export function CommitmentItem({ commitment, onReveal }: Props) {
  const facts = [
    ...(commitment.actors.length > 0 ? [`Who: ${commitment.actors.join(', ')}`] : []),
    ...specificsOf(commitment).map(([label, value]) => `${label}: ${value}`),
  ];
  return (
    <li class="commitment">
      <button
        type="button"
        class={`commitment__button commitment__button--${commitment.strength}`}
        data-commitment-id={commitment.id}
        aria-label={`${STRENGTH_LABELS[commitment.strength]} commitment: ${commitment.text}. Show in the page.`}
        onClick={() => onReveal(commitment.id)}
      >
        <span class={`strength strength--${commitment.strength}`}>{STRENGTH_LABELS[commitment.strength]}</span>
        <span class="commitment__text">{commitment.text}</span>
        {facts.length > 0 && <span class="commitment__facts">{facts.join(' · ')}</span>}
      </button>
    </li>
  );
}
