// Reading the CLI's inputs: corpus documents (JSON with url, title, text;
// a large one's text streamed, json-document.ts), JSON Lines of such documents
// (one at a time, a long line streamed as a large .json file is,
// json-lines.ts), HTML pages (main text found the way the page layer finds
// it) and plain text (streamed), a file's or standard input's; a file that
// is not text (a PDF, a .docx) is refused by its first bytes.

import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DOMParser } from 'linkedom';
import { parse, serialize } from 'parse5';
import type { PageMeta } from '../analysis/types';
import { buildTextMap } from '../page/text-map';
import { adapterFor } from '../page/sites';
import { windowsOf, type TextWindow } from '../analysis/windows';
import { binaryKind, decodedChunks, decodePage, decodeText, SNIFF_BYTES } from './encoding';
import { JsonDocumentError, jsonTextWindows, NO_TEXT, NOT_A_DOCUMENT, readJsonHead } from './json-document';
import { jsonLinesOf, notJsonLines } from './json-lines';
import { windowsOfChunks, windowsOfFile } from './windows';

export interface InputDocument {
  id: string;
  meta: PageMeta;
  /** The text, a window at a time: files are streamed, nothing long is held whole. */
  windows: Iterable<TextWindow> | AsyncIterable<TextWindow>;
}

/** A problem with one input, reported with the file it came from. */
export class InputError extends Error {}

function fromJson(value: unknown, fallbackId: string, where: string): InputDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: ${NOT_A_DOCUMENT}`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') {
    throw new InputError(`${where}: ${NO_TEXT}`);
  }
  const id = typeof record.id === 'string' && record.id ? record.id : fallbackId;
  return {
    id,
    windows: windowsOf(record.text),
    meta: {
      url: typeof record.url === 'string' ? record.url : '',
      title: typeof record.title === 'string' ? record.title : '',
    },
  };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not valid JSON (${(error as Error).message})`);
  }
}

/** The page's own URL, as its canonical link or og:url says, else the file's. */
function pageUrl(document: Document, file: string): string {
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (canonical) return new URL(canonical).href;
  } catch {
    // fall through to the file's own URL
  }
  return `file://${file}`;
}

const parseTree = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html') as unknown as Document;

/** Whether linkedom found the html root and its body. */
function hasBody(document: Document): boolean {
  const root = document.documentElement;
  return root?.localName === 'html' && Array.from(root.children).some((child) => child.localName === 'body');
}

/**
 * Markup without its html and body elements is given them by parse5 up to this many characters: its tree and then
 * linkedom's come to about 440 MB resident for 8 MB of paragraphs, and 22 MB ran the CLI's heap out of memory.
 */
export const MAX_FRAGMENT_CHARS = 8 * 1024 * 1024;

/**
 * A page's tree, with its html, head and body elements. HTML lets markup leave them out (an article saved on its own,
 * a page that opens with its <title>), and a browser then makes them; linkedom does not: it took the first element for
 * the root and found no body, so such a page had "no main text", or failed inside linkedom. Markup without them is
 * given them first by parse5, which builds the tree as the HTML standard says, and is parsed again; a whole page, as
 * every saved statement page is, is parsed once.
 */
function pageTree(html: string, file: string): Document {
  const document = parseTree(html);
  if (hasBody(document)) return document;
  if (html.length > MAX_FRAGMENT_CHARS) {
    throw new InputError(`${file}: markup without the <html> and <body> a page opens with, too long to read as one (at most ${MAX_FRAGMENT_CHARS / 1048576} MB); save its text as a .txt file, which is read at any size`);
  }
  return parseTree(serialize(parse(html)));
}

/**
 * A page is parsed whole (its main text is found in its tree), by linkedom:
 * a DOM that runs no script and loads nothing, and holds a page in about a
 * ninth of happy-dom's memory (2 MB of paragraphs: 21 MB of heap against
 * 177; happy-dom ran the CLI out of memory on a 5 MB page). Every page of
 * the site fixtures and all 2,025 releases map to the same text and
 * metadata in both.
 */
function fromHtml(html: string, file: string): InputDocument {
  const document = pageTree(html, file);
  const url = new URL(pageUrl(document, file));
  const adapter = adapterFor(url, document);
  const main = adapter.mainContent(document);
  const text = main ? buildTextMap(main, adapter.skip).text : '';
  if (!text.trim()) throw new InputError(`${file}: the page has no main text`);
  return { id: basename(file, extname(file)), windows: windowsOf(text), meta: adapter.meta(document, url) };
}

/**
 * Larger pages are refused with a message rather than parsed, as the CLI's
 * heap is capped at 384 MB (package.json): a page's tree takes about 500
 * bytes a node (800,000 tags of 15 bytes, 6 MB, ran it out of memory; a 20
 * MB page of 400,000 tags needs 470 MB resident in all), and a page's text
 * twice its size and more. A statement page has a few thousand tags. Text
 * files and JSON Lines stream at any size.
 */
export const MAX_HTML_BYTES = 24 * 1024 * 1024;
export const MAX_HTML_TAGS = 500_000;

/**
 * A corpus JSON document (a .json file, or a line of a JSON Lines file) up to this size is parsed whole, JSON.parse
 * being quicker on the many small ones (1,020 releases in 2.7 s, against 4.0 s streamed); a larger one has its text
 * streamed (json-document.ts), as JSON.parse held a 56 MB document in 445 MB resident.
 */
export const MAX_PARSED_JSON_BYTES = 8 * 1024 * 1024;

/** How many tags (a "<" each) `html` holds, counted up to `limit` + 1. */
function tagCount(html: string, limit: number): number {
  let count = 0;
  for (let index = html.indexOf('<'); index >= 0 && count <= limit; index = html.indexOf('<', index + 1)) count++;
  return count;
}

/**
 * Every document in `file`, one at a time; JSON Lines files are streamed, and so is a document larger than
 * `maxParsedJsonBytes` (tests pass small ones). A bad line of a JSON Lines file comes as an InputError in its place, so
 * the lines after it are still read; a bad file throws.
 */
export async function* readDocuments(file: string, maxParsedJsonBytes = MAX_PARSED_JSON_BYTES): AsyncGenerator<InputDocument | InputError> {
  const extension = extname(file).toLowerCase();
  const id = basename(file, extname(file));
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (info.isDirectory()) throw new InputError(`${file}: is a directory; give the files in it (${join(file, '*.json')})`);
  if (extension === '.jsonl' || extension === '.ndjson') {
    yield* jsonLinesDocuments(file, id, maxParsedJsonBytes);
  } else if (extension === '.json' && info.size <= maxParsedJsonBytes) {
    yield fromJson(parseJson(decodeText(await readFile(file)), file), id, file);
  } else if (extension === '.json') {
    const head = await readJsonHead(file).catch((error: unknown) => {
      throw error instanceof JsonDocumentError ? new InputError(`${file}: ${error.message}`) : error;
    });
    yield { id: head.id ?? id, meta: head.meta, windows: jsonTextWindows(file, head) };
  } else if (extension === '.html' || extension === '.htm') {
    if (info.size > MAX_HTML_BYTES) {
      throw new InputError(`${file}: ${(info.size / 1048576).toFixed(1)} MB, too large to read as a page (at most ${MAX_HTML_BYTES / 1048576} MB); save its text as a .txt file, which is read at any size`);
    }
    const html = decodePage(await readFile(file));
    if (tagCount(html, MAX_HTML_TAGS) > MAX_HTML_TAGS) {
      throw new InputError(`${file}: more than ${MAX_HTML_TAGS.toLocaleString('en-US')} tags, too many to read as a page; save its text as a .txt file, which is read at any size`);
    }
    yield fromHtml(html, file);
  } else {
    // Plain text: streamed from the file a window at a time, once its first bytes show it is text.
    if (info.size === 0) throw new InputError(`${file}: the file is empty`);
    const kind = binaryKind(await headOf(file));
    if (kind) throw new InputError(`${file}: ${kind}, not text; the CLI reads .json, .jsonl, .html and text files (save the document's text as a .txt file, or give it on standard input as -)`);
    yield { id, windows: windowsOfFile(file), meta: { url: '', title: '' } };
  }
}

/**
 * The documents of a JSON Lines file, one a line: a line up to `maxParsedBytes` parsed whole, a longer one streamed
 * from where it lies in the file, as a large .json file is. A bad line comes as an InputError in its place.
 */
async function* jsonLinesDocuments(file: string, id: string, maxParsedBytes: number): AsyncGenerator<InputDocument | InputError> {
  const refused = notJsonLines(await headOf(file));
  if (refused) throw new InputError(`${file}: ${refused}`);
  for await (const line of jsonLinesOf(file, maxParsedBytes)) {
    const where = `${file}:${line.number}`;
    try {
      if (line.text !== null) {
        if (line.text.trim()) yield fromJson(parseJson(line.text, where), `${id}:${line.number}`, where);
        continue;
      }
      const head = await readJsonHead(file, undefined, line).catch((error: unknown) => {
        throw error instanceof JsonDocumentError ? new InputError(`${where}: ${error.message}`) : error;
      });
      yield { id: head.id ?? `${id}:${line.number}`, meta: head.meta, windows: jsonTextWindows(file, head, undefined, line) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield error;
    }
  }
}

/** The first SNIFF_BYTES bytes of a file (all of a shorter one). */
async function headOf(file: string): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Standard input, read as a text file is ("-" among the files): streamed, a window at a time. */
export const STDIN = '-';

/** The document standard input holds, read from `input` (process.stdin): text, as a text file is read. */
export function stdinDocument(input: AsyncIterable<Uint8Array>): InputDocument {
  return { id: 'stdin', windows: nonEmpty(windowsOfChunks(decodedChunks(input))), meta: { url: '', title: '' } };
}

/** The windows, refused as an empty file is when there is no text at all (only then is the one window empty). */
async function* nonEmpty(windows: AsyncIterable<TextWindow>): AsyncGenerator<TextWindow> {
  for await (const window of windows) {
    if (window.text === '' && window.offset === 0) throw new InputError(`${STDIN}: standard input is empty`);
    yield window;
  }
}
