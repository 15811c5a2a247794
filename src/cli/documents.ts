// Reading the CLI's inputs: corpus documents (JSON with url, title, text;
// a large one's text streamed, json-document.ts), JSON Lines of such documents
// (streamed, one at a time), HTML pages (main text found the way the page
// layer finds it) and plain text (streamed).

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { DOMParser } from 'linkedom';
import type { PageMeta } from '../analysis/types';
import { buildTextMap } from '../page/text-map';
import { adapterFor } from '../page/sites';
import { windowsOf, type TextWindow } from '../analysis/windows';
import { decodedChunks, decodePage, decodeText } from './encoding';
import { JsonDocumentError, jsonTextWindows, NO_TEXT, NOT_A_DOCUMENT, readJsonHead } from './json-document';
import { windowsOfFile } from './windows';

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

/**
 * A page is parsed whole (its main text is found in its tree), by linkedom:
 * a DOM that runs no script and loads nothing, and holds a page in about a
 * ninth of happy-dom's memory (2 MB of paragraphs: 21 MB of heap against
 * 177; happy-dom ran the CLI out of memory on a 5 MB page). Every page of
 * the site fixtures and all 2,025 releases map to the same text and
 * metadata in both.
 */
function fromHtml(html: string, file: string): InputDocument {
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
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
 * A corpus JSON document up to this size is parsed whole, JSON.parse being quicker on the many small ones
 * (1,020 releases in 2.7 s, against 4.0 s streamed); a larger one has its text streamed (json-document.ts),
 * as JSON.parse held a 56 MB document in 445 MB resident.
 */
export const MAX_PARSED_JSON_BYTES = 8 * 1024 * 1024;

/** How many tags (a "<" each) `html` holds, counted up to `limit` + 1. */
function tagCount(html: string, limit: number): number {
  let count = 0;
  for (let index = html.indexOf('<'); index >= 0 && count <= limit; index = html.indexOf('<', index + 1)) count++;
  return count;
}

/**
 * Every document in `file`, one at a time; JSON Lines files are streamed. A
 * bad line of a JSON Lines file comes as an InputError in its place, so the
 * lines after it are still read; a bad file throws.
 */
export async function* readDocuments(file: string): AsyncGenerator<InputDocument | InputError> {
  const extension = extname(file).toLowerCase();
  const id = basename(file, extname(file));
  if (extension === '.jsonl' || extension === '.ndjson') {
    const lines = createInterface({ input: Readable.from(decodedChunks(createReadStream(file))), crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number++;
      if (!line.trim()) continue;
      try {
        yield fromJson(parseJson(line, `${file}:${number}`), `${id}:${number}`, `${file}:${number}`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield error;
      }
    }
    return;
  }
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (info.isDirectory()) throw new InputError(`${file}: is a directory`);
  if (extension === '.json' && info.size <= MAX_PARSED_JSON_BYTES) {
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
    // Plain text: streamed from the file a window at a time.
    if (info.size === 0) throw new InputError(`${file}: the file is empty`);
    yield { id, windows: windowsOfFile(file), meta: { url: '', title: '' } };
  }
}
