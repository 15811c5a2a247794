// Notes in the page: placed and painted after every pass, a "Note" button
// beside a selection, the editor to write, change or delete one, and the
// list the popup shows (notes that could not be placed included).

import type { Note, NoteListing } from '../notes/note';
import { describeSpan } from '../notes/anchor';
import { documentKey } from '../notes/document-key';
import { positionBeside } from './card-position';
import { buildNoteButton, buildNoteEditor, showEditorError, type NoteDraft } from './note-editor';
import type { NoteMarks } from './note-marks';
import type { NotesClient } from './notes-client';
import type { PageResult } from './annotate-page';
import { spanOfRange } from './selection-span';
import { rangeFor } from './text-map';

export interface NoteHost {
  /** The shadow root's container, made on first use. */
  container(): Promise<HTMLElement>;
  newId(): string;
  now(): Date;
}

export class NoteController {
  private button: HTMLElement | null = null;
  private editor: HTMLElement | null = null;
  /** What the notes of the page could not be loaded for, if they could not. */
  loadError: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly result: () => Promise<PageResult>,
    private readonly client: NotesClient,
    private readonly marks: NoteMarks,
    private readonly host: NoteHost,
  ) {}

  /** Loads and places the page's notes again: after every pass. */
  async refresh(): Promise<void> {
    const { map, report } = await this.result();
    if (!map) {
      this.marks.clear();
      return;
    }
    try {
      const notes = await this.client.forPage(report.url);
      this.loadError = null;
      this.marks.show(map, this.doc, notes);
    } catch (error) {
      this.loadError = (error as Error).message;
    }
  }

  listing(): NoteListing[] {
    const entry = (note: Note, placed: boolean): NoteListing => ({
      id: note.id,
      quote: note.selectors.quote.exact,
      body: note.body,
      tags: note.tags,
      color: note.color,
      placed,
    });
    return [...this.marks.placed.map(({ note }) => entry(note, true)), ...this.marks.unplaced.map((note) => entry(note, false))];
  }

  /** The passage of a placed note, for the popup's "show me". */
  spanOf(id: string): { start: number; end: number } | null {
    return this.marks.placed.find((placed) => placed.note.id === id) ?? null;
  }

  /** After the reader selects (mouse up, key up): the "Note" button beside a selection in the text. */
  async onSelectionEnd(): Promise<void> {
    const selection = this.doc.defaultView?.getSelection();
    const { map } = await this.result();
    const span = selection && !selection.isCollapsed && selection.rangeCount > 0 && map ? spanOfRange(map, selection.getRangeAt(0), this.doc) : null;
    this.hideButton();
    if (!span || this.editor) return;
    const container = await this.host.container();
    const rect = selection!.getRangeAt(0).getBoundingClientRect();
    this.button = buildNoteButton(this.doc, () => void this.editSelection());
    container.append(this.button);
    positionBeside(this.button, rect, { width: 60, height: 28 });
  }

  /** Opens the editor on the selection: from the button, the context menu or the shortcut. */
  async editSelection(): Promise<void> {
    const selection = this.doc.defaultView?.getSelection();
    const { map } = await this.result();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !map) return;
    const span = spanOfRange(map, selection.getRangeAt(0), this.doc);
    if (span) await this.open(span, null);
  }

  /** Opens the editor on the note at a clicked text offset; false when there is none. */
  async editAt(offset: number): Promise<boolean> {
    const placed = this.marks.noteAt(offset);
    if (!placed) return false;
    await this.open(placed, placed.note);
    return true;
  }

  /** Opens the editor on a span (a commitment or entity from the card), or on the note already there. */
  async editSpan(span: { start: number; end: number }): Promise<void> {
    const existing = this.marks.placed.find((placed) => placed.start === span.start && placed.end === span.end);
    await this.open(existing ?? span, existing?.note ?? null);
  }

  close(): void {
    this.editor?.remove();
    this.editor = null;
    this.hideButton();
  }

  private hideButton(): void {
    this.button?.remove();
    this.button = null;
  }

  private async open(span: { start: number; end: number }, note: Note | null): Promise<void> {
    const { map, report } = await this.result();
    if (!map) return;
    const container = await this.host.container();
    this.close();
    const tags = await this.client.tags().catch(() => []);
    const initial: NoteDraft = note ? { body: note.body, tags: note.tags, color: note.color } : { body: '', tags: [], color: 'yellow' };
    const editor = buildNoteEditor(this.doc, map.text.slice(span.start, span.end), initial, tags, {
      save: (draft) => void this.save(editor, span, note, draft, report.url, report.statement?.title ?? this.doc.title),
      cancel: () => this.close(),
      ...(note ? { delete: () => void this.remove(editor, note) } : {}),
    });
    this.editor = editor;
    container.append(editor);
    const rect = rangeFor(map, span.start, span.end, this.doc)?.getBoundingClientRect();
    if (rect) positionBeside(editor, rect, { width: 320, height: 300 });
    editor.querySelector('textarea')?.focus();
  }

  private async save(editor: HTMLElement, span: { start: number; end: number }, note: Note | null, draft: NoteDraft, url: string, title: string): Promise<void> {
    const { map } = await this.result();
    if (!map) return;
    const time = this.host.now().toISOString();
    const saved: Note = note
      ? { ...note, ...draft, updated: time }
      : {
          id: this.host.newId(),
          documentKey: documentKey(url),
          url,
          pageTitle: title,
          selectors: describeSpan(map.text, span.start, span.end),
          ...draft,
          created: time,
          updated: time,
        };
    try {
      await this.client.save(saved);
    } catch (error) {
      showEditorError(editor, `Not saved: ${(error as Error).message}`);
      return;
    }
    this.close();
    await this.refresh();
  }

  private async remove(editor: HTMLElement, note: Note): Promise<void> {
    try {
      await this.client.delete(note.id);
    } catch (error) {
      showEditorError(editor, `Not deleted: ${(error as Error).message}`);
      return;
    }
    this.close();
    await this.refresh();
  }
}

