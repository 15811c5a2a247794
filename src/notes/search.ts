// Finding notes again: words matched in the note, its quote, the page title
// and its tags (every word must match somewhere, in any case and accent),
// filtered by tag, site and date. A linear pass over prepared lower-case
// text: 10,000 notes take a few milliseconds, no index to keep in sync.

import type { Note } from './note';

export interface NoteQuery {
  text?: string;
  tag?: string;
  /** A host, "www." ignored: "state.gov" matches its archives too. */
  site?: string;
  /** ISO dates (YYYY-MM-DD), inclusive, on the note's last change. */
  from?: string;
  to?: string;
}

/** Lower case without accents: "Münster" is found by "munster". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const haystacks = new WeakMap<Note, string>();

function haystackOf(note: Note): string {
  let haystack = haystacks.get(note);
  if (haystack === undefined) {
    haystack = fold([note.body, note.selectors.quote.exact, note.pageTitle, note.tags.join(' ')].join('\n'));
    haystacks.set(note, haystack);
  }
  return haystack;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function searchNotes(notes: readonly Note[], query: NoteQuery): Note[] {
  const words = fold(query.text ?? '').split(/\s+/).filter(Boolean);
  const site = query.site ? fold(query.site).replace(/^www\./, '') : '';
  return notes.filter((note) => {
    if (query.tag && !note.tags.includes(query.tag)) return false;
    if (site) {
      const host = hostOf(note.url);
      if (host !== site && !host.endsWith(`.${site}`)) return false;
    }
    const day = note.updated.slice(0, 10);
    if (query.from && day < query.from) return false;
    if (query.to && day > query.to) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(note);
    return words.every((word) => haystack.includes(word));
  });
}
