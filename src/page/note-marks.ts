// A page's notes, placed in its text and painted, one highlight per colour
// (dl-note-yellow, ...), under the analysis's own. A note that cannot be
// placed is kept aside and listed, never dropped.

import { anchor, type AnchorMethod } from '../notes/anchor';
import { NOTE_COLORS, type Note, type NoteColor } from '../notes/note';
import type { HighlightLike, RegistryLike } from './highlights';
import { boundsFor, staticRangeMaker, type TextMap } from './text-map';

export interface PlacedNote {
  note: Note;
  start: number;
  end: number;
  method: AnchorMethod;
}

export const noteHighlightName = (color: NoteColor) => `dl-note-${color}`;

/** Placing stops after this long (approximate search is the slow part); the rest count as not found for now. */
export const PLACE_BUDGET_MS = 100;

export class NoteMarks {
  placed: PlacedNote[] = [];
  unplaced: Note[] = [];

  constructor(
    private readonly registry: RegistryLike | null,
    private readonly newHighlight: () => HighlightLike,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Places every note in `map`'s text and paints those found. */
  show(map: TextMap, doc: Document, notes: readonly Note[]): void {
    const started = this.now();
    this.placed = [];
    this.unplaced = [];
    for (const note of notes) {
      const found = this.now() - started < PLACE_BUDGET_MS ? anchor(map.text, note.selectors) : null;
      if (found) this.placed.push({ note, ...found });
      else this.unplaced.push(note);
    }
    this.paint(map, doc);
  }

  private paint(map: TextMap, doc: Document): void {
    if (!this.registry) return;
    const rangeOf = staticRangeMaker(doc);
    for (const color of NOTE_COLORS) {
      const highlight = this.newHighlight();
      // Under the analysis's highlights (priority 0 and 1): notes are the reader's background.
      highlight.priority = -1;
      for (const { note, start, end } of this.placed) {
        if (note.color !== color) continue;
        const bounds = boundsFor(map, start, end);
        if (bounds) highlight.add(rangeOf(bounds));
      }
      if (highlight.size > 0) this.registry.set(noteHighlightName(color), highlight as never);
      else this.registry.delete(noteHighlightName(color));
    }
  }

  /** The placed note whose passage holds text offset `offset`, the shortest first. */
  noteAt(offset: number): PlacedNote | null {
    let best: PlacedNote | null = null;
    for (const placed of this.placed) {
      if (offset >= placed.start && offset < placed.end && (!best || placed.end - placed.start < best.end - best.start)) best = placed;
    }
    return best;
  }

  clear(): void {
    this.placed = [];
    this.unplaced = [];
    for (const color of NOTE_COLORS) this.registry?.delete(noteHighlightName(color));
  }
}
