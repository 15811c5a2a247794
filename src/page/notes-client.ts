// The content script's way to the notes, which the background keeps: every
// answer checked, every failure an Error with the store's message.

import type { Note } from '../notes/note';
import {
  deleteNote,
  isNotesResult,
  isTagsResult,
  isWriteResult,
  NOTE_TAGS,
  notesForPage,
  saveNote,
} from '../messaging/notes-messages';

export interface NotesClient {
  forPage(url: string): Promise<Note[]>;
  save(note: Note): Promise<void>;
  delete(id: string): Promise<void>;
  tags(): Promise<string[]>;
}

const NO_ANSWER = 'the extension’s background did not answer (reload the page after an update)';

export function backgroundNotesClient(send: (message: unknown) => Promise<unknown>): NotesClient {
  const write = async (message: unknown) => {
    const answer = await send(message);
    if (!isWriteResult(answer)) throw new Error(NO_ANSWER);
    if (!answer.ok) throw new Error(answer.error);
  };
  return {
    async forPage(url) {
      const answer = await send(notesForPage(url));
      if (!isNotesResult(answer)) throw new Error(NO_ANSWER);
      if (!answer.ok) throw new Error(answer.error);
      return answer.notes;
    },
    save: (note) => write(saveNote(note)),
    delete: (id) => write(deleteNote(id)),
    async tags() {
      const answer = await send(NOTE_TAGS);
      if (!isTagsResult(answer)) throw new Error(NO_ANSWER);
      if (!answer.ok) throw new Error(answer.error);
      return answer.tags;
    },
  };
}
