// Text files are read as a stream, a window at a time (see
// analysis/windows.ts): never the whole file in memory.

import { createReadStream } from 'node:fs';
import { lastBreak, RUN_ON_WINDOWS, WINDOW_CHARS, type TextWindow } from '../analysis/windows';

/** The windows of a text file, read as a stream: never the whole file in memory. */
export async function* windowsOfFile(file: string, size = WINDOW_CHARS): AsyncGenerator<TextWindow> {
  let pending = '';
  let offset = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    pending += chunk as string;
    while (pending.length > size) {
      let end = lastBreak(pending, size);
      // Every paragraph going on from the one before (lower case, a list's items, for pages on end): end at any
      // break rather than let the window, and memory, grow.
      if (end <= 0 && pending.length > RUN_ON_WINDOWS * size) end = lastBreak(pending, size, true);
      if (end <= 0) break; // one long paragraph: wait for its end
      yield { text: pending.slice(0, end), offset };
      offset += end;
      pending = pending.slice(end);
    }
  }
  if (pending.length > 0 || offset === 0) yield { text: pending, offset };
}
