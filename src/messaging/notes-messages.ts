// The messages about notes. Notes live in the extension's own IndexedDB
// (never the page's origin, where the page's scripts could read them): the
// content script asks the background for them and hands it what to save.

import { isNote, type Note } from '../notes/note';
import { isRecord } from '../guards';

/** Content script → background: the notes on the statement at this URL. */
export interface NotesForPage {
  type: 'dl/notes-for-page';
  url: string;
}

export interface SaveNote {
  type: 'dl/save-note';
  note: Note;
}

export interface DeleteNote {
  type: 'dl/delete-note';
  id: string;
}

/** Content script → background: every tag in use, for completion. */
export interface NoteTags {
  type: 'dl/note-tags';
}

/** Background (context menu, keyboard shortcut) → content script: open the note editor on the selection. */
export interface AddNoteHere {
  type: 'dl/add-note-here';
}

export type NotesResult = { ok: true; notes: Note[] } | { ok: false; error: string };
export type TagsResult = { ok: true; tags: string[] } | { ok: false; error: string };
export type WriteResult = { ok: true } | { ok: false; error: string };

export const notesForPage = (url: string): NotesForPage => ({ type: 'dl/notes-for-page', url });
export const saveNote = (note: Note): SaveNote => ({ type: 'dl/save-note', note });
export const deleteNote = (id: string): DeleteNote => ({ type: 'dl/delete-note', id });
export const ADD_NOTE_HERE: AddNoteHere = { type: 'dl/add-note-here' };
export const NOTE_TAGS: NoteTags = { type: 'dl/note-tags' };

export const isNotesForPage = (value: unknown): value is NotesForPage =>
  isRecord(value) && value.type === 'dl/notes-for-page' && typeof value.url === 'string' && value.url.length <= 4096;
export const isSaveNote = (value: unknown): value is SaveNote => isRecord(value) && value.type === 'dl/save-note' && isNote(value.note);
export const isDeleteNote = (value: unknown): value is DeleteNote =>
  isRecord(value) && value.type === 'dl/delete-note' && typeof value.id === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(value.id);
export const isNoteTags = (value: unknown): value is NoteTags => isRecord(value) && value.type === 'dl/note-tags';
export const isAddNoteHere = (value: unknown): value is AddNoteHere => isRecord(value) && value.type === 'dl/add-note-here';

export const isNotesResult = (value: unknown): value is NotesResult =>
  isRecord(value) && (value.ok === true ? Array.isArray(value.notes) && value.notes.every(isNote) : value.ok === false && typeof value.error === 'string');
export const isWriteResult = (value: unknown): value is WriteResult =>
  isRecord(value) && (value.ok === true || (value.ok === false && typeof value.error === 'string'));
export const isTagsResult = (value: unknown): value is TagsResult =>
  isRecord(value) &&
  (value.ok === true ? Array.isArray(value.tags) && value.tags.every((tag) => typeof tag === 'string') : value.ok === false && typeof value.error === 'string');
