// The lines of a JSON Lines file, read as bytes. A line short enough comes
// as its text, for JSON.parse; a longer one only as where it lies in the
// file, so that its document is streamed from there as a large .json file
// is (json-document.ts) rather than held whole: read as text, one 112 MB line
// had run the CLI out of memory, and the lines and files after it were never
// read. JSON Lines are UTF-8 (jsonlines.org), which keeps a line break one
// byte, never part of a character; a UTF-8 byte order mark opening the file is
// no text.

import { createReadStream } from 'node:fs';
import type { ByteRange } from './json-document';
import { bomEncoding } from './encoding';

export interface JsonLine extends ByteRange {
  /** Its line number, from 1. */
  number: number;
  /** The line, less a carriage return ending it; null for a line longer than the caller parses whole. */
  text: string | null;
}

/** What a file a JSON Lines reader refuses is; null for one it reads. */
export function notJsonLines(head: Uint8Array): string | null {
  const encoding = bomEncoding(head);
  return encoding?.startsWith('utf-16') ? `${encoding.toUpperCase()}, where JSON Lines are UTF-8; save it as UTF-8` : null;
}

/** Every line of `file`, its text when it is `maxTextBytes` bytes or fewer. `chunkBytes`: bytes read at a time (tests pass few). */
export async function* jsonLinesOf(file: string, maxTextBytes: number, chunkBytes = 1 << 16): AsyncGenerator<JsonLine> {
  const decoder = new TextDecoder('utf-8');
  let number = 0;
  // The current line: where it starts in the file, and its bytes so far while it is short enough to be read as text.
  let start = 0;
  let pieces: Uint8Array[] = [];
  let size = 0;
  // Its last byte so far: a carriage return there (a CRLF line end) is no part of the line.
  let last = -1;
  const take = (bytes: Uint8Array): void => {
    size += bytes.length;
    if (bytes.length > 0) last = bytes[bytes.length - 1]!;
    if (size <= maxTextBytes) pieces.push(bytes);
    else pieces = [];
  };
  const line = (end: number): JsonLine => {
    // TextDecoder leaves out a UTF-8 byte order mark, which only the first line can open with.
    const cr = size > 0 && last === 13 ? 1 : 0;
    const text = size <= maxTextBytes ? decoder.decode(Buffer.concat(pieces)).slice(0, cr ? -1 : undefined) : null;
    [pieces, size, last] = [[], 0, -1];
    return { number: ++number, start, end: end - cr, text };
  };
  let offset = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, newline));
      yield line(offset + newline);
      from = newline + 1;
      start = offset + from;
    }
    take(chunk.subarray(from));
    offset += chunk.length;
  }
  if (start < offset) yield line(offset);
}
