// Is this page a statement, and of what type, date and office? Decided from
// what the page says about itself: its type label first, then its title and
// URL. The full rules (text cues, transcripts) grow in the analysis issue.

import { parseDate } from './dates';
import { STATEMENT_TYPES } from './document-types';
import { isOfficialUrl } from './official-sites';
import type { PageMeta, StatementInfo } from './types';

function normalizeLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The canonical type for a page's own type label ("Joint Statement"). */
export function typeFromLabel(label: string | undefined): string | null {
  if (!label) return null;
  const key = normalizeLabel(label);
  return STATEMENT_TYPES.find((entry) => entry.labels.includes(key))?.type ?? null;
}

/** The type a title announces by its first words ("Joint Statement on ..."). */
export function typeFromTitle(title: string): string | null {
  const key = normalizeLabel(title);
  for (const entry of STATEMENT_TYPES) {
    for (const label of entry.labels) {
      // "Statement" alone is too common in titles to mean anything; a title
      // has to open with a specific label, followed by a word boundary.
      if (label === 'statement' || label === 'address' || label === 'briefing') continue;
      if (key.startsWith(label) && /^(\s|:|$|\W)/.test(key.slice(label.length))) return entry.type;
    }
  }
  return null;
}

/** The year and month a release URL carries (/releases/<office>/2026/01/...). */
function dateFromUrl(url: string): string | null {
  const match = /\/(20\d\d)\/(0[1-9]|1[0-2])\//.exec(url);
  return match ? `${match[1]}-${match[2]}` : null;
}

export function detectStatement(meta: PageMeta): StatementInfo {
  const official = isOfficialUrl(meta.url);
  const type = typeFromLabel(meta.docTypeLabel) ?? typeFromTitle(meta.title);
  return {
    isStatement: official && type !== null,
    type,
    date: (meta.dateText ? parseDate(meta.dateText) : null) ?? dateFromUrl(meta.url),
    office: meta.office?.trim() || null,
    location: meta.location?.trim() || null,
    title: meta.title.trim(),
  };
}
