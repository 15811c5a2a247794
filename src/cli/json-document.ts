// One corpus JSON document ({"url", "title", "text"}) read without holding
// its text whole. JSON.parse held a 56 MB document in 445 MB resident; the
// same text read from a .txt file took 235 MB, and read from the JSON this
// way 232 MB (documents.ts still leaves documents up to 8 MB to JSON.parse,
// which is quicker on small ones). The file is read twice by stream-json's
// streaming parser, whose strings come in pieces as they are decoded: first
// to check all of it and take its small fields, so that no analysis starts
// on a file that turns out bad halfway (the report is written as the
// analysis goes); then for the text, which reaches the analysis a window at
// a time as the second pass decodes it.

import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import parser from 'stream-json/parser.js';
import type { PageMeta } from '../analysis/types';
import type { TextWindow } from '../analysis/windows';
import { decodedChunks } from './encoding';
import { windowsOfChunks } from './windows';

type Token = parser.Token;

/** What is wrong with a document, for documents.ts to report with the file's name. */
export class JsonDocumentError extends Error {}

/** Why a document is refused, whether it is streamed or parsed whole (documents.ts): the same words either way. */
export const NOT_A_DOCUMENT = 'expected a JSON object with "url", "title" and "text" (many documents go in a .jsonl file, one on each line)';
export const NO_TEXT = 'the document has no "text"';

/** A document's small fields, checked, and where its text is. */
export interface JsonDocumentHead {
  /** The "id" field when it is a non-empty string. */
  id: string | null;
  meta: PageMeta;
  /** Which of the top-level "text" keys holds the text: the last, as JSON.parse keeps the last of a repeated key. */
  textKey: number;
}

/** Bytes read at a time; tests pass small ones, so that strings and escapes fall across reads. */
const CHUNK_BYTES = 1 << 16;

/** Where in a file a document lies, in bytes, `end` excluded: a line of a JSON Lines file. None: the whole file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The tokens of `file` (of its `range`), streamed: keys whole, strings in pieces, numbers whole. A syntax error is a JsonDocumentError. */
async function* tokensOf(file: string, chunkBytes: number, range?: ByteRange): AsyncGenerator<Token> {
  const tokens = parser.asStream({ packKeys: true, streamKeys: false, packStrings: false, packNumbers: true, streamNumbers: false });
  // Decoded as encoding.ts decodes a file (a byte order mark, which JSON.parse would refuse, names the encoding and is no
  // text). A stream's `end` is the last byte read, not the one after it.
  const bytes = createReadStream(file, { highWaterMark: chunkBytes, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  pipeline(Readable.from(decodedChunks(bytes)), tokens, () => {});
  try {
    for await (const token of tokens) yield token as Token;
  } catch (error) {
    // The parser's words, less its name: "cannot parse input: expected ','" mid-file, "has expected a value" at its end.
    const reason = (error as Error).message.replace(/^Parser cannot parse input: /, '').replace(/^Parser has (expected .*)$/, 'it ends early, $1');
    throw new JsonDocumentError(`not valid JSON (${reason})`);
  } finally {
    // A caller that stops early (the text read) closes the file: pipeline() takes the reader down with the parser.
    tokens.destroy();
  }
}

/** A token of a value of the root object: which key it is the value of, that key's how-manieth time, and whether it is the value itself (not inside it). */
interface FieldToken {
  key: string;
  occurrence: number;
  token: Token;
  /** The value is a string, number, true, false or null, and this is one of its tokens. */
  scalar: boolean;
}

/** The values of a document's root object, token by token; a root of any other kind is refused. */
async function* fieldsOf(tokens: AsyncIterable<Token>): AsyncGenerator<FieldToken> {
  let depth = 0;
  let key = '';
  const seen = new Map<string, number>();
  for await (const token of tokens) {
    if (depth === 0) {
      if (token.name !== 'startObject') throw new JsonDocumentError(NOT_A_DOCUMENT);
      depth = 1;
    } else if (depth === 1 && token.name === 'keyValue') {
      key = token.value;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    } else if (depth === 1 && token.name === 'endObject') {
      depth = 0;
    } else {
      const opens = token.name === 'startObject' || token.name === 'startArray';
      const closes = token.name === 'endObject' || token.name === 'endArray';
      yield { key, occurrence: seen.get(key)! - 1, token, scalar: depth === 1 && !opens && !closes };
      if (opens) depth++;
      else if (closes) depth--;
    }
  }
}

/**
 * The first pass: all of `file` checked, its id, URL and title taken (each when its last value is a
 * string), and which "text" key holds the text, whose last value must be a string with more than white space.
 */
export async function readJsonHead(file: string, chunkBytes = CHUNK_BYTES, range?: ByteRange): Promise<JsonDocumentHead> {
  const small: Record<string, string | null> = {};
  let collecting: string[] = [];
  let text = { key: -1, isString: false, hasWords: false };
  for await (const { key, occurrence, token, scalar } of fieldsOf(tokensOf(file, chunkBytes, range))) {
    if (key === 'text') {
      if (scalar && token.name === 'startString') text = { key: occurrence, isString: true, hasWords: false };
      else if (scalar && token.name === 'stringChunk') text.hasWords ||= /\S/.test(token.value);
      else if (!scalar || token.name !== 'endString') text = { key: occurrence, isString: false, hasWords: false };
    } else if (key === 'id' || key === 'url' || key === 'title') {
      if (scalar && token.name === 'startString') collecting = [];
      else if (scalar && token.name === 'stringChunk') collecting.push(token.value);
      else if (scalar && token.name === 'endString') small[key] = collecting.join('');
      else small[key] = null;
    }
  }
  if (!text.isString || !text.hasWords) throw new JsonDocumentError(NO_TEXT);
  return { id: small.id || null, meta: { url: small.url ?? '', title: small.title ?? '' }, textKey: text.key };
}

/**
 * The second pass: the text, in pieces of about `chunkBytes` characters as they are decoded (the parser's
 * own pieces end at every escape, a line's "\n" among them: a few characters each); what follows the text
 * in the file is not read.
 */
async function* textOf(file: string, textKey: number, chunkBytes: number, range?: ByteRange): AsyncGenerator<string> {
  let pieces: string[] = [];
  let size = 0;
  for await (const { key, occurrence, token, scalar } of fieldsOf(tokensOf(file, chunkBytes, range))) {
    if (key !== 'text' || occurrence !== textKey || !scalar) continue;
    if (token.name === 'stringChunk') {
      pieces.push(token.value);
      size += token.value.length;
      if (size < chunkBytes) continue;
    } else if (token.name !== 'endString') continue;
    yield pieces.join('');
    [pieces, size] = [[], 0];
    if (token.name === 'endString') return;
  }
}

/** The windows of the text `head` found in `file` (in its `range`, where `head` was read), streamed. */
export const jsonTextWindows = (file: string, head: JsonDocumentHead, chunkBytes = CHUNK_BYTES, range?: ByteRange): AsyncGenerator<TextWindow> =>
  windowsOfChunks(textOf(file, head.textKey, chunkBytes, range));
