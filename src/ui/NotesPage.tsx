// The notes page: every note, newest first; search over note text, quotes,
// titles and tags; filters by tag, site and date; edit; delete with undo;
// open the statement at the note; export (Web Annotation JSON, Markdown) of
// all or of the filtered notes; import, validated before anything is written.

import { useMemo, useState } from 'preact/hooks';
import { exportJson, exportMarkdown, parseImport } from '../notes/exchange';
import { NOTE_COLORS, parseTags, type Note, type NoteColor } from '../notes/note';
import { searchNotes, type NoteQuery } from '../notes/search';
import type { NotesStore } from '../notes/store';
import { ImportButton, InputFilter, SelectFilter } from './PageFields';
import { Brand } from './Brand';
import { useStoredList, type FileImport } from './stored-list';
import { urlAtQuote } from './text-fragment';

export interface NotesPageProps {
  store: Promise<NotesStore>;
  /** Saves a file the reader asked for. */
  download(name: string, type: string, text: string): void;
  now?: () => Date;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function NotesPage({ store, download, now = () => new Date() }: NotesPageProps) {
  const { items: notes, loadError, status, act, importFile } = useStoredList(store, (s) => s.all());
  const [query, setQuery] = useState<NoteQuery>({});
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const filter = (field: keyof NoteQuery) => (value: string | undefined) => setQuery((current) => ({ ...current, [field]: value }));
  const shown = useMemo(() => (notes ? searchNotes(notes, query) : []), [notes, query]);
  const tags = useMemo(() => [...new Set((notes ?? []).flatMap((n) => n.tags))].sort(), [notes]);
  const sites = useMemo(() => [...new Set((notes ?? []).map((n) => hostOf(n.url)).filter(Boolean))].sort(), [notes]);

  const remove = (note: Note) => {
    setDeleted(note);
    void act((s) => s.delete(note.id), 'Note deleted.');
  };
  const undo = () => {
    if (!deleted) return;
    const note = deleted;
    setDeleted(null);
    void act((s) => s.put(note), 'Note restored.');
  };
  const save = (note: Note, draft: { body: string; tags: string[]; color: NoteColor }) => {
    setEditing(null);
    void act((s) => s.put({ ...note, ...draft, updated: now().toISOString() }), 'Note saved.');
  };
  const notesImport: FileImport<Note> = {
    parse: parseImport,
    write: async (parsed) => (await store).importNotes(parsed),
    describe: (parsed, counts) => `Imported ${parsed.length} notes: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} kept as they were (newer here).`,
  };
  const stamp = now().toISOString().slice(0, 10);

  return (
    <main class="notes-page" aria-labelledby="notes-title">
      <Brand />
      <h1 id="notes-title">Your notes</h1>
      <p class="section__empty">Kept in this browser only; nothing leaves your machine.</p>

      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <InputFilter label="Search" type="search" value={query.text} onChange={filter('text')} />
        <SelectFilter label="Tag" value={query.tag} options={tags} onChange={filter('tag')} />
        <SelectFilter label="Site" value={query.site} options={sites} onChange={filter('site')} />
        <InputFilter label="From" value={query.from} onChange={filter('from')} />
        <InputFilter label="To" value={query.to} onChange={filter('to')} />
      </form>

      <div class="actions" role="group" aria-label="Export and import">
        <button type="button" disabled={!notes?.length} onClick={() => download(`diplomatic-lens-notes-${stamp}.json`, 'application/ld+json', exportJson(shown, now()))}>
          Export JSON ({shown.length})
        </button>
        <button type="button" disabled={!notes?.length} onClick={() => download(`diplomatic-lens-notes-${stamp}.md`, 'text/markdown', exportMarkdown(shown))}>
          Export Markdown ({shown.length})
        </button>
        <ImportButton accept=".json,.jsonld,application/json,application/ld+json" onFile={(file) => void importFile(file, notesImport)} />
      </div>

      <p class={`status ${status?.kind === 'error' ? 'status--error' : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} data-testid="notes-status">
        {status?.text}
        {deleted && status?.text === 'Note deleted.' && (
          <button type="button" class="link-button" onClick={undo}>
            Undo
          </button>
        )}
      </p>

      {loadError && (
        <p class="status status--error" role="alert">
          {loadError}
        </p>
      )}
      {!notes && !loadError && <p class="section__empty">Loading your notes…</p>}
      {notes && notes.length === 0 && <p class="section__empty">No notes yet. Select text on a statement page and choose “Note”.</p>}
      {notes && notes.length > 0 && (
        <p class="section__empty" data-testid="notes-count">
          {shown.length === notes.length ? `${notes.length} notes` : `${shown.length} of ${notes.length} notes`}
        </p>
      )}
      <ul class="note-list">
        {shown.map((note) =>
          editing === note.id ? (
            <NoteEditorItem key={note.id} note={note} onSave={(draft) => save(note, draft)} onCancel={() => setEditing(null)} />
          ) : (
            <li key={note.id} class={`note-card note-item--${note.color}`} data-note-id={note.id}>
              <a class="note-card__title" href={urlAtQuote(note.url, note.selectors.quote.exact)} target="_blank" rel="noopener noreferrer">
                {note.pageTitle || note.url}
              </a>
              <blockquote>{note.selectors.quote.exact}</blockquote>
              {note.body && <p class="note-item__body">{note.body}</p>}
              <p class="commitment__facts">
                {[note.tags.join(', '), hostOf(note.url), note.updated.slice(0, 10)].filter(Boolean).join(' · ')}
              </p>
              <div class="actions">
                <button type="button" onClick={() => setEditing(note.id)}>
                  Edit
                </button>
                <button type="button" onClick={() => remove(note)}>
                  Delete
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </main>
  );
}

function NoteEditorItem({ note, onSave, onCancel }: { note: Note; onSave(draft: { body: string; tags: string[]; color: NoteColor }): void; onCancel(): void }) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [color, setColor] = useState<NoteColor>(note.color);
  return (
    <li class="note-card" data-note-id={note.id}>
      <form
        class="note-card__form"
        aria-label="Edit note"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ body, tags: parseTags(tags), color });
        }}
      >
        <blockquote>{note.selectors.quote.exact}</blockquote>
        <label>
          Note
          <textarea rows={4} value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label>
          Tags (separated by commas)
          <input value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Colour
          <select value={color} onChange={(e) => setColor((e.currentTarget as HTMLSelectElement).value as NoteColor)}>
            {NOTE_COLORS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="submit">Save</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </li>
  );
}
