// A reader's note, as stored and as exported: the passage it is on (W3C Web
// Annotation selectors), the note itself, tags and a colour.

import type { NoteSelectors } from './anchor';

export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

export interface Note {
  /** A random UUID. */
  id: string;
  /** documentKey(url): the same statement on every host and path it is published under. */
  documentKey: string;
  url: string;
  pageTitle: string;
  selectors: NoteSelectors;
  /** Plain text (Markdown shown as text, never as HTML). */
  body: string;
  tags: string[];
  color: NoteColor;
  /** ISO 8601 times. */
  created: string;
  updated: string;
}

/** The newer of two versions of one note (same id): the one updated last, the stored one on a tie. */
export function newer(stored: Note, incoming: Note): Note {
  return Date.parse(incoming.updated) > Date.parse(stored.updated) ? incoming : stored;
}
