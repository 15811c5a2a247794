// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../notes/anchor';
import type { Note } from '../notes/note';
import type { PageResult } from './annotate-page';
import { NoteController } from './note-controller';
import { NoteMarks, noteHighlightName } from './note-marks';
import type { NotesClient } from './notes-client';
import { spanOfRange } from './selection-span';
import { RecordingHighlight, rangeText } from './test-helpers';
import { buildTextMap } from './text-map';

const URL_OF_PAGE = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/joint-statement/';

function setup(stored: Note[] = [], failSave = false) {
  document.body.innerHTML = '<main><p>The two sides <b>agreed</b> to meet in Santiago.</p><p>They welcomed the new air link.</p></main>'; // test-only markup
  const main = document.querySelector('main')!;
  const map = buildTextMap(main);
  const result = { report: { status: 'annotated', url: URL_OF_PAGE, adapter: 'state-gov', statement: null, counts: { commitments: 0, entities: 0 } }, analysis: null, map, main, timing: { page: 0, analysis: 0 } } as PageResult;
  const notes = [...stored];
  const client: NotesClient = {
    forPage: async () => [...notes],
    save: async (note) => {
      if (failSave) throw new Error('Your browser is out of storage space for notes');
      const at = notes.findIndex((n) => n.id === note.id);
      if (at >= 0) notes[at] = note;
      else notes.push(note);
    },
    delete: async (id) => void notes.splice(notes.findIndex((n) => n.id === id), 1),
    tags: async () => ['trade'],
  };
  const registry = new Map<string, RecordingHighlight>();
  const marks = new NoteMarks(registry as never, () => new RecordingHighlight());
  const container = document.createElement('div');
  document.body.append(container);
  let ids = 0;
  const controller = new NoteController(document, async () => result, client, marks, {
    container: async () => container,
    newId: () => `id-${++ids}`,
    now: () => new Date('2026-02-03T10:00:00Z'),
  });
  return { map, main, controller, marks, registry, container, notes };
}

function select(node: Node, start: number, endNode: Node, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

describe('spanOfRange', () => {
  it('maps a selection across inline tags to its text span, without edge spaces', () => {
    const { map, main } = setup();
    const first = main.querySelector('p')!;
    const range = select(first.firstChild!, 3, first.lastChild!, 12);
    expect(map.text.slice(...Object.values(spanOfRange(map, range, document)!) as [number, number])).toBe('two sides agreed to meet in');
  });

  it('is null for a selection outside the text', () => {
    const { map } = setup();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.prepend(outside);
    expect(spanOfRange(map, select(outside.firstChild!, 0, outside.firstChild!, 4), document)).toBeNull();
  });
});

describe('NoteController', () => {
  it('saves a note on the selection with its selectors, then places and paints it', async () => {
    const { map, main, controller, registry, container, notes } = setup();
    const second = main.querySelectorAll('p')[1]!;
    select(second.firstChild!, 5, second.firstChild!, 30);
    await controller.onSelectionEnd();
    const noteButton = container.querySelector('.note-button') as HTMLButtonElement;
    expect(noteButton.textContent).toBe('Note');
    noteButton.click();
    await vi_wait(() => container.querySelector('.note-editor'));
    const editor = container.querySelector('.note-editor')!;
    expect(editor.querySelector('blockquote')?.textContent).toBe('welcomed the new air link');
    (editor.querySelector('textarea') as HTMLTextAreaElement).value = 'A <b>first</b> note';
    (editor.querySelector('input[name="tags"]') as HTMLInputElement).value = 'aviation, trade, aviation';
    (editor.querySelector('input[value="blue"]') as HTMLInputElement).checked = true;
    (editor.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await vi_wait(() => (notes.length === 1 && registry.get(noteHighlightName('blue')) ? true : null));
    const [note] = notes;
    expect(note).toMatchObject({ id: 'id-1', documentKey: 'state.gov/joint-statement', body: 'A <b>first</b> note', tags: ['aviation', 'trade'], color: 'blue', created: '2026-02-03T10:00:00.000Z' });
    expect(note!.selectors).toEqual(describeSpan(map.text, map.text.indexOf('welcomed'), map.text.indexOf('welcomed') + 25));
    expect(rangeText(registry.get(noteHighlightName('blue'))!.ranges[0]!)).toBe('welcomed the new air link');
    expect(controller.listing()).toEqual([{ id: 'id-1', quote: 'welcomed the new air link', body: 'A <b>first</b> note', tags: ['aviation', 'trade'], color: 'blue', placed: true }]);
    expect(container.querySelector('.note-editor')).toBeNull();
  });

  it('keeps a note it cannot place, listed as not placed', async () => {
    const gone: Note = {
      id: 'old', documentKey: 'state.gov/joint-statement', url: URL_OF_PAGE, pageTitle: 't',
      selectors: describeSpan('A passage that is no longer there at all.', 2, 30), body: '', tags: [], color: 'yellow',
      created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
    };
    const { controller } = setup([gone]);
    await controller.refresh();
    expect(controller.listing()).toEqual([{ id: 'old', quote: gone.selectors.quote.exact, body: '', tags: [], color: 'yellow', placed: false }]);
  });

  it('edits and deletes a note clicked in the text', async () => {
    const { map, controller, notes, container } = setup();
    const start = map.text.indexOf('Santiago');
    notes.push({
      id: 'n', documentKey: 'state.gov/joint-statement', url: URL_OF_PAGE, pageTitle: 't', selectors: describeSpan(map.text, start, start + 8),
      body: 'City', tags: [], color: 'pink', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
    });
    await controller.refresh();
    expect(await controller.editAt(start + 2)).toBe(true);
    expect(await controller.editAt(0)).toBe(false);
    await controller.editAt(start + 2);
    const editor = container.querySelector('.note-editor')!;
    expect((editor.querySelector('textarea') as HTMLTextAreaElement).value).toBe('City');
    [...editor.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click();
    await vi_wait(() => (notes.length === 0 ? true : null));
    await vi_wait(() => (controller.listing().length === 0 ? true : null));
  });

  it('shows why a note was not saved, and keeps the editor open', async () => {
    const { main, controller, container } = setup([], true);
    const first = main.querySelector('p')!;
    select(first.firstChild!, 0, first.firstChild!, 7);
    await controller.editSelection();
    (container.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await vi_wait(() => container.querySelector('.note-editor__error')?.textContent || null);
    expect(container.querySelector('.note-editor__error')?.textContent).toBe('Not saved: Your browser is out of storage space for notes');
  });
});

/** Waits for `found` to return something truthy (the controller works asynchronously). */
async function vi_wait<T>(found: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = found();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('timed out waiting');
}
