// The statement as text to paste elsewhere: a Markdown brief (title, type,
// date, URL, every commitment with its strength, actors, time, place and
// means, the entities)
// and a citation. Pure. Page text goes into Markdown escaped, so a title
// or a quote cannot turn into links, images or markup where it is pasted.

import { specificsOf } from '../analysis/commitment-specifics';
import { MONTH_NAMES } from '../analysis/dates';
import type { PageDigest } from '../analysis/digest';
import type { EntityType, StatementInfo, Strength } from '../analysis/types';

const MONTHS = MONTH_NAMES.map((name) => name[0]!.toUpperCase() + name.slice(1));

/** "2026-01-14" → "January 14, 2026"; "2026-01" → "January 2026"; anything else as it is. */
export function longDate(iso: string | null): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return match[3] ? `${month} ${Number(match[3])}, ${match[1]}` : `${month} ${match[1]}`;
}

/** Escapes the characters Markdown gives a meaning to. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`).replace(/^(\s*)([-=>]|\d+\.)/gm, '$1\\$2');
}

export const STRENGTH_LABELS: Record<Strength, string> = { firm: 'Firm', intent: 'Intent', support: 'Support' };
export const ENTITY_LABELS: Record<EntityType, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organizations',
  place: 'Places',
  date: 'Dates',
  instrument: 'Instruments',
};
const STRENGTHS: readonly Strength[] = ['firm', 'intent', 'support'];
const ENTITY_TYPES = Object.keys(ENTITY_LABELS) as EntityType[];

export function markdownOf(statement: StatementInfo, url: string, digest: PageDigest): string {
  const lines = [`# ${escapeMarkdown(statement.title)}`, ''];
  const facts = [statement.type ?? 'Statement', longDate(statement.date), statement.office, statement.location].filter(Boolean);
  lines.push(`${facts.map((fact) => escapeMarkdown(fact!)).join(' · ')}  `, `<${url.replace(/>/g, '%3E')}>`, '');
  if (digest.parties.length > 0) lines.push(`**Parties:** ${digest.parties.map(escapeMarkdown).join(', ')}`, '');
  if (digest.summary.length > 0) lines.push('## Summary', '', ...digest.summary.map(escapeMarkdown), '');
  lines.push(`## Commitments (${digest.commitments.length + digest.omitted.commitments})`, '');
  for (const strength of STRENGTHS) {
    const group = digest.commitments.filter((c) => c.strength === strength);
    if (group.length === 0) continue;
    lines.push(`### ${STRENGTH_LABELS[strength]} (${group.length})`, '');
    for (const c of group) {
      const who = c.actors.length > 0 ? ` — ${c.actors.map(escapeMarkdown).join(', ')}` : '';
      // When, where and through what, labeled as the popup's item labels them.
      const details = specificsOf(c).map(([label, value]) => `${label.toLowerCase()}: ${escapeMarkdown(value)}`);
      const specifics = details.length > 0 ? ` (${details.join('; ')})` : '';
      lines.push(`- **${STRENGTH_LABELS[strength]}**${who}${specifics}: ${escapeMarkdown(c.text)}`);
    }
    lines.push('');
  }
  if (digest.omitted.commitments > 0) lines.push(`(${digest.omitted.commitments} more on the page)`, '');
  if (digest.entities.length > 0) {
    lines.push('## Entities', '');
    for (const type of ENTITY_TYPES) {
      const group = digest.entities.filter((e) => e.type === type);
      if (group.length > 0) lines.push(`- **${ENTITY_LABELS[type]}:** ${group.map((e) => `${escapeMarkdown(e.text)} (${e.mentions})`).join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** "Title." Type, Office, U.S. Department of State, January 14, 2026. URL */
export function citationOf(statement: StatementInfo, url: string): string {
  const title = statement.title.trim().replace(/[.]$/, '');
  const parts = [statement.type ?? 'Statement', statement.office, 'U.S. Department of State', longDate(statement.date)].filter(Boolean);
  return `“${title}.” ${parts.join(', ')}. ${url}`;
}
