// Long inputs are analyzed a window at a time, so memory stays bounded
// whatever the input's size. Windows end at blank lines (paragraph breaks):
// no sentence is cut, and offsets stay exact UTF-16 offsets into the input.

import { createReadStream } from 'node:fs';

export interface TextWindow {
  text: string;
  /** UTF-16 offset of the window's first character in the whole input. */
  offset: number;
}

/** About how long a window is; a paragraph longer than this is one window of its own. */
export const WINDOW_CHARS = 1 << 20;

/** The end of the last paragraph break in `text` at or before `limit`, or -1. */
function lastBreak(text: string, limit: number): number {
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

/** The windows of a text file, read as a stream: never the whole file in memory. */
export async function* windowsOfFile(file: string, size = WINDOW_CHARS): AsyncGenerator<TextWindow> {
  let pending = '';
  let offset = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    pending += chunk as string;
    while (pending.length > size) {
      const end = lastBreak(pending, size);
      if (end <= 0) break; // one long paragraph: wait for its end
      yield { text: pending.slice(0, end), offset };
      offset += end;
      pending = pending.slice(end);
    }
  }
  if (pending.length > 0 || offset === 0) yield { text: pending, offset };
}
