// What the popup shows of a page's analysis: the spans' own words (the popup
// has no access to the page's text), entities grouped by what they name, and
// the commitments that matter most first. Pure, and bounded in size: a huge
// page's digest still crosses the messaging boundary quickly.

import { countEntities } from './entity-counts';
import type { Analysis, Commitment, EntityType, Strength } from './types';

export interface DigestCommitment {
  id: string;
  strength: Strength;
  /** The commitment's words, cut at MAX_COMMITMENT_CHARS. */
  text: string;
  actors: string[];
  trigger: string;
  time: string | null;
  place: string | null;
  means: string | null;
}

export interface DigestEntity {
  key: string;
  type: EntityType;
  /** The longest surface form seen. */
  text: string;
  mentions: number;
  /** The ids of its mentions in text order (the first MAX_MENTION_IDS): a click steps through them. */
  ids: string[];
}

export interface PageDigest {
  parties: string[];
  /** The summary's sentences, as written. */
  summary: string[];
  /** In text order. */
  commitments: DigestCommitment[];
  /** Most mentioned first. */
  entities: DigestEntity[];
  /** How many were left out to keep the digest small (the report has the full counts). */
  omitted: { commitments: number; entities: number };
}

export const MAX_COMMITMENTS = 400;
export const MAX_ENTITIES = 300;
export const MAX_MENTION_IDS = 50;
export const MAX_COMMITMENT_CHARS = 600;

const STRENGTH_RANK: Record<Strength, number> = { firm: 0, intent: 1, support: 2 };

function cut(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function digestOf(analysis: Analysis, text: string): PageDigest {
  const commitments = analysis.commitments.slice(0, MAX_COMMITMENTS).map(
    (c): DigestCommitment => ({
      id: c.id,
      strength: c.strength,
      text: cut(text.slice(c.start, c.end), MAX_COMMITMENT_CHARS),
      actors: c.actors,
      trigger: c.trigger,
      time: c.time,
      place: c.place,
      means: c.means,
    }),
  );
  const ids = new Map<string, string[]>();
  for (const entity of analysis.entities) {
    let list = ids.get(entity.key);
    if (!list) ids.set(entity.key, (list = []));
    if (list.length < MAX_MENTION_IDS) list.push(entity.id);
  }
  const counts = countEntities(analysis.entities);
  const entities = counts.slice(0, MAX_ENTITIES).map((count): DigestEntity => ({ ...count, ids: ids.get(count.key) ?? [] }));
  return {
    parties: analysis.parties,
    summary: analysis.summary.sentences.map((s) => cut(text.slice(s.start, s.end), MAX_COMMITMENT_CHARS)),
    commitments,
    entities,
    omitted: { commitments: analysis.commitments.length - commitments.length, entities: counts.length - entities.length },
  };
}

/** How much a commitment pins down: named actors, a time, a place, a means. */
export function specificity(commitment: Pick<Commitment, 'actors' | 'time' | 'place' | 'means'>): number {
  return Math.min(commitment.actors.length, 2) + (commitment.time ? 2 : 0) + (commitment.place ? 1 : 0) + (commitment.means ? 1 : 0);
}

/** The commitments to read first: firm before intent before support, specific before vague, then in text order. */
export function keyCommitments<T extends DigestCommitment>(commitments: readonly T[], count = 3): T[] {
  return commitments
    .map((commitment, index) => ({ commitment, index }))
    .sort(
      (a, b) =>
        STRENGTH_RANK[a.commitment.strength] - STRENGTH_RANK[b.commitment.strength] ||
        specificity(b.commitment) - specificity(a.commitment) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map((entry) => entry.commitment);
}
