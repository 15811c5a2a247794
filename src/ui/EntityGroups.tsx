// The page's entities in the popup, grouped by type, most mentioned first,
// with mention counts. A click shows the next mention in the page; long
// groups fold to their first few.

import { useState } from 'preact/hooks';
import type { DigestEntity } from '../analysis/digest';
import type { EntityType } from '../analysis/types';
import { ENTITY_LABELS } from './export-text';

/** Entities shown per type before "Show all". */
export const FOLDED_COUNT = 6;

const TYPES = Object.keys(ENTITY_LABELS) as EntityType[];

interface Props {
  entities: readonly DigestEntity[];
  onReveal(id: string): void;
}

export function EntityGroups({ entities, onReveal }: Props) {
  // Which mention of each entity the next click shows.
  const [next, setNext] = useState<Record<string, number>>({});
  const [unfolded, setUnfolded] = useState<Partial<Record<EntityType, boolean>>>({});
  if (entities.length === 0) return null;
  const reveal = (entity: DigestEntity) => {
    if (entity.ids.length === 0) return;
    const index = (next[entity.key] ?? 0) % entity.ids.length;
    onReveal(entity.ids[index]!);
    setNext({ ...next, [entity.key]: index + 1 });
  };
  return (
    <section class="section" aria-labelledby="entities-title">
      <h2 id="entities-title">Entities</h2>
      {TYPES.map((type) => {
        const group = entities.filter((entity) => entity.type === type);
        if (group.length === 0) return null;
        const shown = unfolded[type] ? group : group.slice(0, FOLDED_COUNT);
        return (
          <div key={type} class="entities" data-testid={`entities-${type}`}>
            <h3 class={`entities__type entities__type--${type}`}>
              {ENTITY_LABELS[type]} ({group.length})
            </h3>
            <ul class="entities__list">
              {shown.map((entity) => (
                <li key={entity.key}>
                  <button
                    type="button"
                    class="entity"
                    aria-label={`${entity.text}, ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}. Show the next in the page.`}
                    onClick={() => reveal(entity)}
                  >
                    {entity.text} <span class="entity__count">{entity.mentions}</span>
                  </button>
                </li>
              ))}
            </ul>
            {group.length > FOLDED_COUNT && (
              <button type="button" class="link-button" aria-expanded={!!unfolded[type]} onClick={() => setUnfolded({ ...unfolded, [type]: !unfolded[type] })}>
                {unfolded[type] ? 'Show fewer' : `Show all ${group.length}`}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
