// A corpus JSON document read as a stream (json-document.ts) reads as
// JSON.parse reads it, whatever its keys' order, repeats and other members,
// its white space, its escapes and non-ASCII text, and however the file's
// reads cut them: the same id, URL, title and text, or the same refusal.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonDocumentError, jsonTextWindows, readJsonHead } from './json-document';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dl-json-document-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** What the CLI takes from a document JSON.parse reads (documents.ts, fromJson), or why it refuses it. */
function parsedWhole(json: string) {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') return 'no text';
  return {
    id: typeof record.id === 'string' && record.id ? record.id : null,
    url: typeof record.url === 'string' ? record.url : '',
    title: typeof record.title === 'string' ? record.title : '',
    text: record.text,
  };
}

async function streamed(file: string, chunkBytes: number) {
  let head;
  try {
    head = await readJsonHead(file, chunkBytes);
  } catch (error) {
    if (!(error instanceof JsonDocumentError)) throw error;
    return /no "text"/.test(error.message) ? 'no text' : /expected a JSON object/.test(error.message) ? 'not an object' : error.message;
  }
  let text = '';
  for await (const window of jsonTextWindows(file, head, chunkBytes)) {
    expect(window.offset).toBe(text.length);
    text += window.text;
  }
  return { id: head.id, url: head.meta.url, title: head.meta.title, text };
}

// Strings of every kind: words and blanks, escapes JSON.stringify writes (quotes, backslashes, controls,
// lone surrogates), non-ASCII text written as UTF-8 (accents, right-to-left, astral).
const UNITS = ['a', 'Mongolia ', ' ', '\n', '\n\n', '\t', '"', '\\', '/', '\u0001', '\u001f', '\u00a0', 'é', 'ß', 'שלום', '😀', '\ud83d', '\ude00', '\u2028', '\ufeff'];
const stringArb = fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((units) => units.join(''));
const valueArb = fc.oneof(stringArb, fc.jsonValue({ maxDepth: 2 }));
const spaceArb = fc.constantFrom('', ' ', '\n', '\t ', '\r\n');
const memberArb = fc.tuple(fc.constantFrom('id', 'url', 'title', 'text', 'text', 'note'), valueArb, spaceArb);

/** A JSON object written member by member, so that keys can repeat (JSON.parse keeps the last). */
const documentArb = fc
  .tuple(fc.array(memberArb, { maxLength: 8 }), spaceArb)
  .map(([members, space]) => `${space}{${members.map(([key, value, gap]) => `${gap}${JSON.stringify(key)}${gap}:${gap}${JSON.stringify(value)}`).join(',')}}${space}`);

describe('a corpus JSON document, streamed', () => {
  it('reads as JSON.parse reads it, however the reads cut it', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documentArb, fc.integer({ min: 1, max: 64 }), async (json, chunkBytes) => {
        const file = join(dir, `doc-${n++}.json`);
        await writeFile(file, json);
        expect(await streamed(file, chunkBytes)).toEqual(parsedWhole(json));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what JSON.parse refuses, naming the problem', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"url": "x", ', /not valid JSON \(expected an object key\)/],
      ['{"url": "x", "text": "We will', /not valid JSON \(it ends early, expected a string value\)/],
      ['{"text": "We will meet."} trailing', /not valid JSON/],
      ['{"text": "We will\u0001 meet."}', /not valid JSON/],
      ['{"text": "\\x"}', /not valid JSON/],
      ['', /not valid JSON/],
      ['[{"text": "We will meet."}]', /expected a JSON object/],
      ['"We will meet."', /expected a JSON object/],
      ['{"url": "x", "title": "t"}', /no "text"/],
      ['{"text": 5}', /no "text"/],
      ['{"text": "We will meet.", "text": " \\n "}', /no "text"/],
    ];
    for (const [index, [json, message]] of cases.entries()) {
      const file = join(dir, `bad-${index}.json`);
      await writeFile(file, json);
      await expect(readJsonHead(file, 7), json).rejects.toThrow(message);
    }
  });

  it('cuts a long text into windows at paragraph breaks, offsets exact', async () => {
    const paragraphs = Array.from({ length: 25_000 }, (_, i) => `Paragraph ${i}: the United States will act, "now".`);
    const text = paragraphs.join('\n\n');
    const file = join(dir, 'long.json');
    await writeFile(file, JSON.stringify({ title: 'Remarks', text, url: 'https://www.state.gov/x/' }));
    const head = await readJsonHead(file);
    const windows = [];
    for await (const window of jsonTextWindows(file, head)) windows.push(window);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows.map((w) => w.text).join('')).toBe(text);
    for (const window of windows.slice(0, -1)) expect(window.text.endsWith('\n\n')).toBe(true);
    expect(head.meta).toEqual({ url: 'https://www.state.gov/x/', title: 'Remarks' });
  });
});
