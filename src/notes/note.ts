// A reader's note, as stored and as exported: the passage it is on (W3C Web
// Annotation selectors), the note itself, tags and a colour.

import { isCount as isOffset, isRecord, isString, isStringArray } from '../guards';
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

/** A note as the popup lists it: found on the page (placed) or kept aside with its quote. */
export interface NoteListing {
  id: string;
  quote: string;
  body: string;
  tags: string[];
  color: NoteColor;
  placed: boolean;
}

export function isNoteListing(value: unknown): value is NoteListing {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.quote) &&
    isString(value.body) &&
    isStringArray(value.tags) &&
    NOTE_COLORS.includes(value.color as NoteColor) &&
    typeof value.placed === 'boolean'
  );
}

/** The newer of two versions of one note (same id): the one updated last, the stored one on a tie. */
export function newer(stored: Note, incoming: Note): Note {
  return Date.parse(incoming.updated) > Date.parse(stored.updated) ? incoming : stored;
}


/** A Note received from another context (a message), checked field by field. */
export function isNote(value: unknown): value is Note {
  if (!isRecord(value) || !isRecord(value.selectors)) return false;
  const { quote, position } = value.selectors;
  return (
    isString(value.id) &&
    /^[0-9A-Za-z_-]{1,64}$/.test(value.id) &&
    isString(value.documentKey) &&
    isString(value.url) &&
    isString(value.pageTitle) &&
    isRecord(quote) &&
    quote.type === 'TextQuoteSelector' &&
    isString(quote.exact) &&
    isString(quote.prefix) &&
    isString(quote.suffix) &&
    isRecord(position) &&
    position.type === 'TextPositionSelector' &&
    isOffset(position.start) &&
    isOffset(position.end) &&
    isString(value.body) &&
    isStringArray(value.tags) &&
    NOTE_COLORS.includes(value.color as NoteColor) &&
    isString(value.created) &&
    !Number.isNaN(Date.parse(value.created)) &&
    isString(value.updated) &&
    !Number.isNaN(Date.parse(value.updated))
  );
}

/** Tags as the reader typed them, separated by commas: trimmed, without repeats or empties. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((tag) => tag.trim()).filter(Boolean))];
}
