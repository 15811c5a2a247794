import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../test/scratch-dir';
import { windowsOfChunks, windowsOfFile } from '../cli/windows';
import { RUN_ON_WINDOWS, windowsOf } from './windows';

const scratch = scratchDir('dl-windows-');
const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something’s here.`).join('\n\n');

describe('windowsOf', () => {
  it('cuts only at paragraph breaks, and the windows put together are the text', () => {
    const windows = [...windowsOf(paragraphs, 100)];
    expect(windows.length).toBeGreaterThan(5);
    expect(windows.map((w) => w.text).join('')).toBe(paragraphs);
    for (const window of windows) {
      expect(paragraphs.slice(window.offset, window.offset + window.text.length)).toBe(window.text);
      expect(window.offset === 0 || paragraphs.slice(window.offset - 2, window.offset) === '\n\n').toBe(true);
    }
  });

  it('keeps a paragraph longer than a window whole, and gives one window for short or empty text', () => {
    const long = `${'x'.repeat(300)}\n\nShort.`;
    expect([...windowsOf(long, 100)].map((w) => w.text)).toEqual([`${'x'.repeat(300)}\n\n`, 'Short.']);
    expect([...windowsOf('tiny', 100)]).toEqual([{ text: 'tiny', offset: 0 }]);
    expect([...windowsOf('', 100)]).toEqual([{ text: '', offset: 0 }]);
  });
});

describe('windows of text with no paragraph breaks', () => {
  const joinedAndBounded = (text: string, size: number): string[] => {
    const windows = [...windowsOf(text, size)];
    expect(windows.map((w) => w.text).join('')).toBe(text);
    for (const window of windows) expect(text.slice(window.offset, window.offset + window.text.length)).toBe(window.text);
    expect(Math.max(...windows.map((w) => w.text.length))).toBeLessThanOrEqual(RUN_ON_WINDOWS * size);
    return windows.map((w) => w.text);
  };

  it('cuts a paragraph running on past RUN_ON_WINDOWS windows at a line break, else at a space, else anywhere', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `Line ${i} of a text with no blank line.`).join('\n');
    for (const window of joinedAndBounded(lines, 100).slice(0, -1)) expect(window.endsWith('\n')).toBe(true);
    const line = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    for (const window of joinedAndBounded(line, 100).slice(0, -1)) expect(window.endsWith(' ')).toBe(true);
    expect(joinedAndBounded('x'.repeat(1000), 100).length).toBeGreaterThan(2);
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    const windows = joinedAndBounded('😀'.repeat(500), 99);
    for (const window of windows) expect(window.length % 2).toBe(0);
  });
});

describe('windows and lists', () => {
  it('still ends windows in a text whose every paragraph goes on from the one before', () => {
    const lower = Array.from({ length: 60 }, (_, i) => `item ${i} of a long list;`).join('\n\n');
    const windows = [...windowsOf(lower, 100)];
    expect(windows.length).toBeGreaterThan(3);
    expect(windows.map((w) => w.text).join('')).toBe(lower);
  });


  it('never ends a window before a paragraph that goes on from the one before it, as a list item does', () => {
    const list = `Intro paragraph.\n\nThe United States will:\n\nsupport partners;\n\ndevelop an agenda.\n\nClosing paragraph here.`;
    for (const size of [20, 30, 40, 50, 60]) {
      for (const window of windowsOf(list, size)) expect(/^[a-z]/.test(window.text)).toBe(false);
      expect([...windowsOf(list, size)].map((w) => w.text).join('')).toBe(list);
    }
  });

  it('never ends a window after a paragraph that ends in a colon: its list opens with a capital too', () => {
    const list = `Intro paragraph.\n\nThe Department will:\n\nModernize the ports.\n\nTrain the pilots.\n\nClosing paragraph here.`;
    for (const size of [20, 30, 40, 50, 60]) {
      for (const window of windowsOf(list, size)) expect(window.text.endsWith(':\n\n')).toBe(false);
      expect([...windowsOf(list, size)].map((w) => w.text).join('')).toBe(list);
    }
  });
});

describe('windowsOfFile', () => {
  it('ends a window at any break when every paragraph goes on from the one before, so memory stays bounded', async () => {
    const lower = Array.from({ length: 60 }, (_, i) => `item ${i} of a long list;`).join('\n\n');
    const file = join(scratch, 'lower.txt');
    await writeFile(file, lower);
    const windows = [];
    for await (const window of windowsOfFile(file, 100)) windows.push(window);
    expect(windows.length).toBeGreaterThan(3);
    expect(Math.max(...windows.map((w) => w.text.length))).toBeLessThanOrEqual(400);
    expect(windows.map((w) => w.text).join('')).toBe(lower);
  });

  it('streams a file with no blank line, or no line break at all, in bounded windows', async () => {
    for (const text of [Array.from({ length: 200 }, (_, i) => `Line ${i} has no blank line after it.`).join('\n'), 'one endless line '.repeat(300)]) {
      const file = join(scratch, 'flat.txt');
      await writeFile(file, text);
      const windows = [];
      for await (const window of windowsOfFile(file, 100)) windows.push(window);
      expect(windows.map((w) => w.text).join('')).toBe(text);
      expect(windows.length).toBeGreaterThan(10);
      expect(Math.max(...windows.map((w) => w.text.length))).toBeLessThanOrEqual(RUN_ON_WINDOWS * 100);
    }
  });

  it('gives the same windows however the text arrives in pieces', async () => {
    async function* piecesOf(text: string, cuts: number[]) {
      let from = 0;
      for (const cut of [...cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b), text.length]) {
        yield text.slice(from, cut);
        from = cut;
      }
    }
    const collect = async (pieces: AsyncIterable<string>) => {
      const windows = [];
      for await (const window of windowsOfChunks(pieces, 40)) windows.push(window);
      return windows;
    };
    const textArb = fc.array(fc.constantFrom('We will act. ', 'the list goes on; ', '\n', '\n\n', 'x'.repeat(30), ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(textArb, fc.array(fc.nat(), { maxLength: 20 }), async (text, cuts) => {
        expect(await collect(piecesOf(text, cuts))).toEqual(await collect(piecesOf(text, [])));
      }),
      // The example: a break right at the window's length, what follows it not yet read when a piece ends there.
      { numRuns: 3000, examples: [[' the list goes on; the list goes on; \n\n\n\nWe will act. ', [268617511]]] },
    );
  });

  it('streams the same windows from a file', async () => {
    const file = join(scratch, 'long.txt');
    await writeFile(file, paragraphs);
    const windows = [];
    for await (const window of windowsOfFile(file, 100)) windows.push(window);
    expect(windows.map((w) => w.text).join('')).toBe(paragraphs);
    for (const window of windows) expect(paragraphs.slice(window.offset, window.offset + window.text.length)).toBe(window.text);
  });
});
