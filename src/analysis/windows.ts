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

/** How many windows' length a window may run on to keep a paragraph with the one it goes on from. */
export const RUN_ON_WINDOWS = 4;

/**
 * Whether a window may end at the paragraph break at `index`: not before a
 * paragraph that goes on from the one before it (a list's item in lower case,
 * "support ...;" after "the United States will:"), which the commitments
 * read together, and not where what follows is still unread.
 */
const endsWindow = (text: string, index: number): boolean => index + 2 < text.length && !/[a-z]/.test(text.charAt(index + 2));

/** The end of the last paragraph break in `text` at or before `limit` a window may end at (with `anyBreak`, any one), or -1. */
export function lastBreak(text: string, limit: number, anyBreak = false): number {
  for (let index = text.lastIndexOf('\n\n', limit); index >= 0; index = index > 0 ? text.lastIndexOf('\n\n', index - 1) : -1) {
    if (anyBreak || endsWindow(text, index)) return index + 2;
  }
  return -1;
}

/** The end of the first paragraph break in `text` from `from` on a window may end at, or the text's end. */
function nextBreak(text: string, from: number): number {
  for (let index = text.indexOf('\n\n', from); index >= 0; index = text.indexOf('\n\n', index + 1)) {
    if (endsWindow(text, index)) return index + 2;
  }
  return text.length;
}

export function* windowsOf(text: string, size = WINDOW_CHARS): Generator<TextWindow> {
  let offset = 0;
  while (text.length - offset > size) {
    let end = lastBreak(text, offset + size);
    if (end <= offset) {
      end = nextBreak(text, offset + size);
      // A text whose paragraphs go on from one another for pages on end (a list of thousands) ends a
      // window at any break rather than grow one without bound.
      const any = text.indexOf('\n\n', offset + size);
      if (any >= 0 && end - any > RUN_ON_WINDOWS * size) end = any + 2;
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
