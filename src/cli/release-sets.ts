// The sets of releases labeled blind (eval/holdout.json; eval/transcripts.json,
// eval/fresh.json and eval/unread.json, commitments only), stored as labels only. Each text is rebuilt here from the
// corpus's releases exactly as the benches read them (release-text.ts), and
// checked against the hash the labels were made on, so offsets can never
// silently drift.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { htmlToText } from './release-text';

/**
 * A set of releases labeled blind: its labels file in eval/, its floors, and what was labeled besides whether each is
 * a statement: its sentences' commitment strengths, its entities, and each commitment's actors. A sealed set is one no
 * rule may be read from, so that its figure stays a fair measure of unseen releases: scored, never studied.
 */
export interface ReleaseSet {
  labels: string;
  floors: string;
  commitments: boolean;
  entities: boolean;
  actors: boolean;
  sealed: boolean;
}

/** The release sets, by the name (and eval.ts option) that picks one. */
export const RELEASE_SETS = {
  holdout: { labels: 'holdout.json', floors: 'eval-floors-holdout.json', commitments: true, entities: true, actors: true, sealed: false },
  transcripts: { labels: 'transcripts.json', floors: 'eval-floors-transcripts.json', commitments: true, entities: false, actors: false, sealed: false },
  fresh: { labels: 'fresh.json', floors: 'eval-floors-fresh.json', commitments: true, entities: false, actors: false, sealed: false },
  unread: { labels: 'unread.json', floors: 'eval-floors-unread.json', commitments: true, entities: false, actors: false, sealed: true },
  long: { labels: 'long.json', floors: 'eval-floors-long.json', commitments: true, entities: false, actors: false, sealed: false },
  entities: { labels: 'entities.json', floors: 'eval-floors-entities.json', commitments: false, entities: true, actors: false, sealed: false },
} satisfies Record<string, ReleaseSet>;

export interface ReleaseSetDocument {
  id: string;
  url: string;
  title: string;
  text: string;
  gold: { isStatement: boolean; sentences: { start: number; end: number; commitment: string | null }[]; entities: { text: string; type: string }[] };
}

interface ReleaseSetLabels {
  id: string;
  link: string;
  textSha1: string;
  gold: ReleaseSetDocument['gold'];
}

/** A labels file's labels, checked field by field: a hand-edited file fails here, not in the scorer. `name` names the file in errors. */
function parseLabels(file: unknown, name: string): ReleaseSetLabels[] {
  const documents = (file as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) throw new Error(`${name}: no "documents" array`);
  return documents.map((doc: any, k) => {
    const ok =
      typeof doc?.id === 'string' &&
      typeof doc.link === 'string' &&
      /^[0-9a-f]{40}$/.test(doc.textSha1) &&
      typeof doc.gold?.isStatement === 'boolean' &&
      Array.isArray(doc.gold.sentences) &&
      Array.isArray(doc.gold.entities);
    if (!ok) throw new Error(`${name}: document ${k} lacks an id, link, textSha1 or gold`);
    return doc as ReleaseSetLabels;
  });
}

const sha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex');

/** A labeled set's documents with their texts, from its labels file's JSON (named `name`) and the releases (JSON lines with title, link, content). */
export function releaseSetDocuments(file: unknown, releasesPath: string, name: string): ReleaseSetDocument[] {
  const labels = parseLabels(file, name);
  const wanted = new Set(labels.map((doc) => doc.link));
  const releases = new Map<string, { title: string; content: string }>();
  for (const line of readFileSync(releasesPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { title: string; link: string; content: string };
    if (wanted.has(record.link)) releases.set(record.link, record);
  }
  return labels.map((doc) => {
    const release = releases.get(doc.link);
    if (!release) throw new Error(`${name}: ${doc.id}: no release ${doc.link} in ${releasesPath}`);
    const text = htmlToText(release.content);
    if (sha1(text) !== doc.textSha1) throw new Error(`${name}: ${doc.id}: the rebuilt text differs from the one labeled (htmlToText changed?)`);
    return { id: doc.id, url: doc.link, title: release.title, text, gold: doc.gold };
  });
}
