// The reader's notes on this page in the popup: each a click away from its
// passage; a note that could not be placed again is listed with its quote,
// marked "not found on this page", never hidden.

import type { NoteListing } from '../notes/note';

interface Props {
  notes: readonly NoteListing[];
  error?: string;
  onReveal(id: string): void;
}

export function NotesSection({ notes, error, onReveal }: Props) {
  return (
    <section class="section" aria-labelledby="notes-title" data-testid="page-notes">
      <h2 id="notes-title">Your notes ({notes.length})</h2>
      {error && <p class="section__empty">Notes could not be loaded: {error}</p>}
      {!error && notes.length === 0 && <p class="section__empty">None yet: select text in the page and choose “Note”.</p>}
      <ul class="commitments">
        {notes.map((note) => (
          <li key={note.id} class="commitment">
            {note.placed ? (
              <button type="button" class={`commitment__button note-item note-item--${note.color}`} data-note-id={note.id} onClick={() => onReveal(note.id)}>
                <span class="commitment__text">“{note.quote}”</span>
                {note.body && <span class="note-item__body">{note.body}</span>}
                {note.tags.length > 0 && <span class="commitment__facts">{note.tags.join(', ')}</span>}
              </button>
            ) : (
              <div class={`commitment__button note-item note-item--${note.color} note-item--missing`} data-note-id={note.id}>
                <span class="strength">Not found on this page</span>
                <span class="commitment__text">“{note.quote}”</span>
                {note.body && <span class="note-item__body">{note.body}</span>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
