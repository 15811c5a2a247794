// The note editor and the small "Note" button shown beside a selection,
// built with the DOM API and textContent only (the quote and the note are
// never parsed as markup), for the shadow root the content script owns.

import { NOTE_COLORS, parseTags, type NoteColor } from '../notes/note';

export interface NoteDraft {
  body: string;
  tags: string[];
  color: NoteColor;
}

export interface EditorActions {
  save(draft: NoteDraft): void;
  cancel(): void;
  /** Only for a note already saved. */
  delete?(): void;
}

const COLOR_LABELS: Record<NoteColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' };

function button(doc: Document, label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  element.addEventListener('click', onClick);
  return element;
}

/** The "Note" button shown beside a selection. */
export function buildNoteButton(doc: Document, onClick: () => void): HTMLButtonElement {
  const element = button(doc, 'Note', onClick, 'note-button');
  element.setAttribute('aria-label', 'Add a note to the selected text');
  return element;
}

/** The editor for a new note (no `delete` action) or a saved one. */
export function buildNoteEditor(doc: Document, quote: string, initial: NoteDraft, knownTags: readonly string[], actions: EditorActions): HTMLElement {
  const editor = doc.createElement('form');
  editor.className = 'note-editor';
  editor.setAttribute('role', 'dialog');
  editor.setAttribute('aria-label', actions.delete ? 'Edit note' : 'New note');

  const passage = doc.createElement('blockquote');
  passage.className = 'note-editor__quote';
  passage.textContent = quote.length > 280 ? `${quote.slice(0, 279)}…` : quote;

  const bodyLabel = doc.createElement('label');
  bodyLabel.textContent = 'Note';
  const body = doc.createElement('textarea');
  body.name = 'body';
  body.rows = 4;
  body.value = initial.body;
  bodyLabel.append(body);

  const tagsLabel = doc.createElement('label');
  tagsLabel.textContent = 'Tags (separated by commas)';
  const tags = doc.createElement('input');
  tags.name = 'tags';
  tags.value = initial.tags.join(', ');
  tags.setAttribute('list', 'dl-note-tags');
  tags.autocomplete = 'off';
  const list = doc.createElement('datalist');
  list.id = 'dl-note-tags';
  for (const tag of knownTags) {
    const option = doc.createElement('option');
    option.value = tag;
    list.append(option);
  }
  tagsLabel.append(tags, list);

  const colors = doc.createElement('fieldset');
  colors.className = 'note-editor__colors';
  const legend = doc.createElement('legend');
  legend.textContent = 'Colour';
  colors.append(legend);
  for (const color of NOTE_COLORS) {
    const label = doc.createElement('label');
    const radio = doc.createElement('input');
    radio.type = 'radio';
    radio.name = 'color';
    radio.value = color;
    radio.checked = color === initial.color;
    const swatch = doc.createElement('span');
    swatch.className = `swatch swatch--${color}`;
    swatch.setAttribute('aria-hidden', 'true');
    const name = doc.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = COLOR_LABELS[color];
    label.append(radio, swatch, name);
    colors.append(label);
  }

  const draft = (): NoteDraft => ({
    body: body.value,
    tags: parseTags(tags.value),
    color: (colors.querySelector<HTMLInputElement>('input[name="color"]:checked')?.value as NoteColor | undefined) ?? initial.color,
  });
  const buttons = doc.createElement('div');
  buttons.className = 'buttons';
  const save = button(doc, 'Save', () => actions.save(draft()));
  save.type = 'submit';
  buttons.append(save, button(doc, 'Cancel', () => actions.cancel()));
  if (actions.delete) buttons.append(button(doc, 'Delete', () => actions.delete!(), 'danger'));
  editor.addEventListener('submit', (event) => event.preventDefault());
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.cancel();
    // Ctrl/Cmd+Enter saves from the text area.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) actions.save(draft());
  });

  const error = doc.createElement('p');
  error.className = 'note-editor__error';
  error.setAttribute('role', 'alert');

  editor.append(passage, bodyLabel, tagsLabel, colors, buttons, error);
  return editor;
}

/** Shows a problem (a failed save) in the editor, as text. */
export function showEditorError(editor: HTMLElement, message: string): void {
  const error = editor.querySelector('.note-editor__error');
  if (error) error.textContent = message;
}

export const NOTE_EDITOR_CSS = `
.note-button { position: fixed; z-index: 2147483647; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; }
.note-editor { position: fixed; z-index: 2147483647; width: 320px; box-sizing: border-box; padding: 12px 14px; display: grid; gap: 8px;
  font: 13px/1.45 system-ui, sans-serif; color: #1a1d23; background: #fff; border: 1px solid #c8ccd4; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.note-editor__quote { margin: 0; padding-left: 8px; border-left: 3px solid #c8ccd4; color: #4a5261; max-height: 6em; overflow: auto; }
.note-editor label { display: grid; gap: 2px; color: #4a5261; }
.note-editor textarea, .note-editor input:not([type="radio"]) { font: inherit; color: inherit; background: transparent; border: 1px solid #8a909c; border-radius: 6px; padding: 4px 6px; }
.note-editor__colors { display: flex; gap: 8px; border: 0; padding: 0; margin: 0; }
.note-editor__colors legend { color: #4a5261; padding: 0; margin-bottom: 2px; }
.note-editor__colors label { display: flex; align-items: center; gap: 2px; }
.swatch { width: 16px; height: 16px; border-radius: 50%; border: 1px solid #8a909c; }
.swatch--yellow { background: #ffd600; } .swatch--green { background: #66bb6a; } .swatch--blue { background: #42a5f5; }
.swatch--pink { background: #f06292; } .swatch--purple { background: #9575cd; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.note-editor .danger { background: #b3261e; border-color: #b3261e; }
.note-editor__error { margin: 0; color: #b3261e; }
.note-editor__error:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .note-editor { color: #e8eaee; background: #1d2128; border-color: #3a404c; }
  .note-editor label, .note-editor__quote, .note-editor__colors legend { color: #aab1bd; }
  .note-editor .danger { background: #ffb4ab; border-color: #ffb4ab; color: #1a1d23; }
  .note-editor__error { color: #ffb4ab; }
}`;
