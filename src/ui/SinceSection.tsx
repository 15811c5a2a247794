// The popup's "Since <date of the previous round>": commitments new in this
// statement, repeated, strengthened or weakened, and dropped since the
// previous statement of the same series in the reader's library.

import type { LibraryCommitment } from '../library/compare';
import { strengthened, type SinceView } from '../library/since';
import { longDate, STRENGTH_LABELS } from './export-text';

function Group({ title, items, testId, open = false }: { title: string; items: Array<{ text: string; note?: string }>; testId: string; open?: boolean }) {
  if (items.length === 0) return null;
  return (
    <details class="group" open={open} data-testid={testId}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul class="since__list">
        {items.map((item, index) => (
          <li key={index}>
            {item.note && <span class="strength">{item.note}</span>} {item.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

const plain = (c: LibraryCommitment) => ({ text: c.text, note: STRENGTH_LABELS[c.strength] });

export function SinceSection({ since }: { since: SinceView }) {
  const { comparison, previous } = since;
  const up = comparison.strengthChanged.filter(strengthened);
  const down = comparison.strengthChanged.filter((pair) => !strengthened(pair));
  const change = (pair: { previous: LibraryCommitment; current: LibraryCommitment }) => ({
    text: pair.current.text,
    note: `${STRENGTH_LABELS[pair.previous.strength]} → ${STRENGTH_LABELS[pair.current.strength]}`,
  });
  return (
    <section class="section" aria-labelledby="since-title" data-testid="since">
      <h2 id="since-title">Since {longDate(previous.date) ?? 'the previous round'}</h2>
      <p class="section__empty">
        Compared with{' '}
        <a href={previous.url} target="_blank" rel="noopener noreferrer">
          {previous.title}
        </a>
        : {comparison.added.length} new, {comparison.repeated.length} repeated, {up.length} strengthened, {down.length} weakened, {comparison.dropped.length} dropped.
      </p>
      <Group title="New" items={comparison.added.map(plain)} testId="since-added" open />
      <Group title="Strengthened" items={up.map(change)} testId="since-strengthened" open />
      <Group title="Weakened" items={down.map(change)} testId="since-weakened" />
      <Group title="Repeated" items={comparison.repeated.map((pair) => plain(pair.current))} testId="since-repeated" />
      <Group title="Dropped" items={comparison.dropped.map(plain)} testId="since-dropped" />
    </section>
  );
}
