import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowsOfFile } from '../cli/windows';
import { windowsOf } from './windows';

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
});

describe('windowsOfFile', () => {
  it('ends a window at any break when every paragraph goes on from the one before, so memory stays bounded', async () => {
    const lower = Array.from({ length: 60 }, (_, i) => `item ${i} of a long list;`).join('\n\n');
    const file = join(await mkdtemp(join(tmpdir(), 'dl-windows-')), 'lower.txt');
    await writeFile(file, lower);
    const windows = [];
    for await (const window of windowsOfFile(file, 100)) windows.push(window);
    expect(windows.length).toBeGreaterThan(3);
    expect(Math.max(...windows.map((w) => w.text.length))).toBeLessThanOrEqual(400);
    expect(windows.map((w) => w.text).join('')).toBe(lower);
  });

  it('streams the same windows from a file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'dl-windows-')), 'long.txt');
    await writeFile(file, paragraphs);
    const windows = [];
    for await (const window of windowsOfFile(file, 100)) windows.push(window);
    expect(windows.map((w) => w.text).join('')).toBe(paragraphs);
    for (const window of windows) expect(paragraphs.slice(window.offset, window.offset + window.text.length)).toBe(window.text);
  });
});
