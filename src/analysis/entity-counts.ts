// Entities counted by key: one row per named thing, with its longest written form and how often the page names it.
// Its own module, importing nothing but types, because the content script counts mentions too (the card, a page's
// summary after windowed analysis): a module of the analysis proper would bring its lexicons and patterns into every
// page the extension runs on.

import type { Entity, EntityCount } from './types';

export function countEntities(entities: readonly Entity[]): EntityCount[] {
  const byKey = new Map<string, EntityCount>();
  for (const entity of entities) {
    const count = byKey.get(entity.key);
    if (!count) byKey.set(entity.key, { key: entity.key, type: entity.type, text: entity.text, mentions: 1 });
    else {
      count.mentions++;
      if (entity.text.length > count.text.length) count.text = entity.text;
    }
  }
  // Ties in plain code-unit order, 1, -1 or 0 as the two comparisons give it: localeCompare would build a collator, ~20 ms
  // the first time in a page.
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions || +(a.text > b.text) - +(a.text < b.text));
}
