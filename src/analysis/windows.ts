// Long texts are analyzed a window at a time — in the CLI so memory stays
// bounded, in the page so no task runs long. Windows end at blank lines
// (paragraph breaks): no sentence is cut, and offsets stay exact UTF-16
// offsets into the whole text.

import type { Analysis } from './types';

export interface TextWindow {
  text: string;
  /** UTF-16 offset of the window's first character in the whole input. */
  offset: number;
}

/** About how long a window is; a paragraph longer than this is one window of its own. */
export const WINDOW_CHARS = 1 << 20;

/** The end of the last paragraph break in `text` at or before `limit`, or -1. */
export function lastBreak(text: string, limit: number): number {
  const index = text.lastIndexOf('\n\n', limit);
  return index < 0 ? -1 : index + 2;
}

export function* windowsOf(text: string, size = WINDOW_CHARS): Generator<TextWindow> {
  let offset = 0;
  while (text.length - offset > size) {
    let end = lastBreak(text, offset + size);
    if (end <= offset) {
      end = text.indexOf('\n\n', offset + size);
      end = end < 0 ? text.length : end + 2;
    }
    yield { text: text.slice(offset, end), offset };
    offset = end;
  }
  if (offset < text.length || offset === 0) yield { text: text.slice(offset), offset };
}

/** Shifts a window's analysis to offsets in the whole text, with ids unique across windows. */
export function shiftAnalysis(analysis: Analysis, window: TextWindow, index: number): Pick<Analysis, 'commitments' | 'entities'> {
  const prefix = index === 0 ? '' : `w${index}-`;
  return {
    commitments: analysis.commitments.map((c) => ({ ...c, id: prefix + c.id, start: c.start + window.offset, end: c.end + window.offset })),
    entities: analysis.entities.map((e) => ({ ...e, id: prefix + e.id, start: e.start + window.offset, end: e.end + window.offset })),
  };
}
