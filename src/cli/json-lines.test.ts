import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLinesOf, notJsonLines } from './json-lines';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dl-json-lines-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function linesOf(bytes: Buffer, maxTextBytes: number, chunkBytes: number) {
  const file = join(dir, 'lines.jsonl');
  await writeFile(file, bytes);
  const out = [];
  for await (const line of jsonLinesOf(file, maxTextBytes, chunkBytes)) out.push(line);
  return out;
}

describe('jsonLinesOf', () => {
  it('gives each line its number, its bytes in the file less a CRLF end, and its text when short, however the reads cut it', async () => {
    const lineArb = fc.array(fc.constantFrom('a', '{', '"', ' ', 'é', '’', '😀', '\r', 'Darkhan'), { maxLength: 12 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 30 }), async (lines, finalBreak, chunkBytes, maxTextBytes) => {
        const bytes = Buffer.from(lines.join('\n') + (finalBreak ? '\n' : ''));
        const found = await linesOf(bytes, maxTextBytes, chunkBytes);
        // What follows the last line break is a line only when it holds something.
        const kept = finalBreak || lines.at(-1) !== '' ? lines : lines.slice(0, -1);
        expect(found.map((l) => l.number)).toEqual(kept.map((_, i) => i + 1));
        found.forEach((line, i) => {
          const written = kept[i]!.replace(/\r$/, '');
          expect(bytes.subarray(line.start, line.end).toString()).toBe(written);
          expect(line.text).toBe(Buffer.byteLength(kept[i]!) <= maxTextBytes ? written : null);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out a UTF-8 byte order mark opening the file', async () => {
    const [line] = await linesOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text": "x"}')]), 100, 2);
    expect(line).toMatchObject({ number: 1, start: 0, text: '{"text": "x"}' });
  });
});

describe('notJsonLines', () => {
  it('refuses UTF-16, reads UTF-8 with or without its byte order mark', () => {
    expect(notJsonLines(Buffer.from([0xfe, 0xff, 0, 0x7b]))).toMatch(/^UTF-16BE, where JSON Lines are UTF-8/);
    expect(notJsonLines(Buffer.from([0xef, 0xbb, 0xbf, 0x7b]))).toBeNull();
    expect(notJsonLines(Buffer.from('{"text"'))).toBeNull();
  });
});
