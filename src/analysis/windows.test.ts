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
    const long = `${'x'.repeat(300)}\n\nshort`;
    expect([...windowsOf(long, 100)].map((w) => w.text)).toEqual([`${'x'.repeat(300)}\n\n`, 'short']);
    expect([...windowsOf('tiny', 100)]).toEqual([{ text: 'tiny', offset: 0 }]);
    expect([...windowsOf('', 100)]).toEqual([{ text: '', offset: 0 }]);
  });
});

describe('windowsOfFile', () => {
  it('streams the same windows from a file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'dl-windows-')), 'long.txt');
    await writeFile(file, paragraphs);
    const windows = [];
    for await (const window of windowsOfFile(file, 100)) windows.push(window);
    expect(windows.map((w) => w.text).join('')).toBe(paragraphs);
    for (const window of windows) expect(paragraphs.slice(window.offset, window.offset + window.text.length)).toBe(window.text);
  });
});
