// Long texts are read as a stream, a window at a time (see
// analysis/windows.ts): a text file's, or a corpus JSON document's text as
// its string is decoded (json-document.ts); never the whole text in memory.

import { createReadStream } from 'node:fs';
import { decodedChunks } from './encoding';
import { forcedBreak, lastBreak, RUN_ON_WINDOWS, WINDOW_CHARS, type TextWindow } from '../analysis/windows';

/** The windows of a text file, read as a stream (encoding.ts decodes it): never the whole file in memory. */
export const windowsOfFile = (file: string, size = WINDOW_CHARS): AsyncGenerator<TextWindow> =>
  windowsOfChunks(decodedChunks(createReadStream(file, { highWaterMark: 1 << 16 })), size);

/** The windows of a text that arrives in pieces, however it is cut: the same windows for the same text. */
export async function* windowsOfChunks(chunks: AsyncIterable<string>, size = WINDOW_CHARS): AsyncGenerator<TextWindow> {
  let pending = '';
  let offset = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    // Past the window's length by two: a paragraph break at that length may end a window only when the
    // character after it is read (analysis/windows.ts), so deciding sooner would cut by how the text came.
    while (pending.length > size + 2) {
      let end = lastBreak(pending, size);
      if (end <= 0) {
        // One long paragraph, or every paragraph going on from the one before (a list's items, for pages on
        // end): wait for its end, though not past RUN_ON_WINDOWS windows' length; then end at a break of any
        // kind rather than let the window, and memory, grow.
        if (pending.length <= RUN_ON_WINDOWS * size) break;
        end = forcedBreak(pending, 0, size);
      }
      yield { text: pending.slice(0, end), offset };
      offset += end;
      pending = pending.slice(end);
    }
  }
  if (pending.length > 0 || offset === 0) yield { text: pending, offset };
}
