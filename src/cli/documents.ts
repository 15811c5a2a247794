// Reading the CLI's inputs: corpus documents (JSON with url, title, text),
// JSON Lines of such documents (streamed, one at a time), HTML pages (main
// text found the way the page layer finds it) and plain text.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Window } from 'happy-dom';
import type { PageMeta } from '../analysis/types';
import { buildTextMap } from '../page/text-map';
import { adapterFor } from '../page/sites';
import { windowsOf, type TextWindow } from '../analysis/windows';
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
    throw new InputError(`${where}: expected a JSON object with "url", "title" and "text"`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') {
    throw new InputError(`${where}: the document has no "text"`);
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

function fromHtml(html: string, file: string): InputDocument {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  try {
    // Parsed, never run: DOMParser documents execute no script, and the
    // window would not run one anyway.
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const url = new URL(pageUrl(document, file));
    const adapter = adapterFor(url, document);
    const main = adapter.mainContent(document);
    const text = main ? buildTextMap(main, adapter.skip).text : '';
    if (!text.trim()) throw new InputError(`${file}: the page has no main text`);
    return { id: basename(file, extname(file)), windows: windowsOf(text), meta: adapter.meta(document, url) };
  } finally {
    void window.happyDOM.close();
  }
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
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
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
  if (extension === '.json') {
    yield fromJson(parseJson(await readFile(file, 'utf8'), file), id, file);
  } else if (extension === '.html' || extension === '.htm') {
    yield fromHtml(await readFile(file, 'utf8'), file);
  } else {
    // Plain text: streamed from the file a window at a time.
    if (info.size === 0) throw new InputError(`${file}: the file is empty`);
    yield { id, windows: windowsOfFile(file), meta: { url: '', title: '' } };
  }
}
