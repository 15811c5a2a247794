// Long texts are analyzed a window at a time — in the CLI so memory stays
// bounded, in the page so no task runs long. Windows end at blank lines
// (paragraph breaks), so no sentence is cut; paragraphs that run on for
// RUN_ON_WINDOWS windows' length (a text with no blank lines, one endless
// line) are cut at a line break, else at a space, so that no window, and no
// memory, grows without bound. Offsets stay exact UTF-16 offsets into the
// whole text.

import type { Analysis } from './types';

export interface TextWindow {
  text: string;
  /** UTF-16 offset of the window's first character in the whole input. */
  offset: number;
}

/** About how long a window is; a paragraph longer than this is one window of its own, up to RUN_ON_WINDOWS windows' length. */
export const WINDOW_CHARS = 1 << 20;

/** How many windows' length a window may run on to keep a paragraph whole, or with the one it goes on from. */
export const RUN_ON_WINDOWS = 4;

/**
 * Whether a window may end at the paragraph break at `index`: not before a
 * paragraph that goes on from the one before it (a list's item in lower case,
 * "support ...;" after "the United States will:"), nor after one that ends in
 * a colon, whose list the commitments read from its first item on, whatever
 * its case ("Modernize the ports." after "The Department will:"), and not
 * where what follows is still unread.
 */
const endsWindow = (text: string, index: number): boolean =>
  index + 2 < text.length && !/[a-z]/.test(text.charAt(index + 2)) && text.charAt(index - 1) !== ':';

/** The end of the last paragraph break in `text` at or before `limit` a window may end at, or -1. */
export function lastBreak(text: string, limit: number): number {
  for (let index = text.lastIndexOf('\n\n', limit); index >= 0; index = index > 0 ? text.lastIndexOf('\n\n', index - 1) : -1) {
    if (endsWindow(text, index)) return index + 2;
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

/**
 * Where to end a window of `text` starting at `from` when no paragraph break
 * a window may end at comes within RUN_ON_WINDOWS windows' length: at a
 * paragraph break even inside a list, else at a line break (lines are hard
 * sentence boundaries too), each the first past the window's length `size`
 * within that limit, else the last before it; else at the last space before
 * it; else at `size` itself (never between the two halves of a surrogate
 * pair).
 */
export function forcedBreak(text: string, from: number, size: number): number {
  const end = from + size;
  for (const mark of ['\n\n', '\n']) {
    const after = text.indexOf(mark, end);
    if (after >= 0 && after + mark.length - from <= RUN_ON_WINDOWS * size) return after + mark.length;
    const before = text.lastIndexOf(mark, end - mark.length);
    if (before >= from) return before + mark.length;
  }
  const space = text.lastIndexOf(' ', end - 1);
  if (space >= from) return space + 1;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

export function* windowsOf(text: string, size = WINDOW_CHARS): Generator<TextWindow> {
  let offset = 0;
  while (text.length - offset > size) {
    let end = lastBreak(text, offset + size);
    if (end <= offset) {
      // The paragraph break after the window's length, unless the paragraph (or a list whose items go on
      // from one another) runs on for pages: then a break of any kind, rather than a window without bound.
      end = nextBreak(text, offset + size);
      if (end - offset > RUN_ON_WINDOWS * size) end = forcedBreak(text, offset, size);
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
