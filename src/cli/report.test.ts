import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { writeReport } from './report';
import { surfaceOf } from '../analysis/entities/keys';
import { windowsOf } from '../analysis/windows';

const META = { url: 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/joint-statement/', title: 'Joint Statement on Chile' };
const PARAGRAPH = 'The United States and Chile agreed to expand trade with Peru and Brazil in 2027.';
const TEXT = ['Office of the Spokesperson', 'Joint Statement', ...Array.from({ length: 30 }, () => PARAGRAPH)].join('\n\n');

async function report(windowChars: number, spoolChars?: number): Promise<string> {
  let out = '';
  await writeReport((text) => (out += text), 'doc', META, windowsOf(TEXT, windowChars), 'json', spoolChars);
  return out;
}

describe('writeReport', () => {
  it('writes one JSON line whose offsets point into the input', async () => {
    const line = await report(1 << 20);
    expect(line.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({ id: 'doc', isStatement: true, type: 'Joint Statement' });
    expect(parsed.commitments).toHaveLength(30);
    for (const c of parsed.commitments) expect(TEXT.slice(c.start, c.end)).toBe(PARAGRAPH);
    for (const e of parsed.entities) expect(surfaceOf(TEXT.slice(e.start, e.end))).toBe(e.text);
    expect(parsed.summary.commitments).toEqual({ firm: 30, intent: 0, support: 0 });
  });

  it('gives the same report a window at a time, with entities spooled to a file', async () => {
    const whole = JSON.parse(await report(1 << 20));
    const windowed = JSON.parse(await report(300, 200));
    expect(windowed.commitments).toEqual(whole.commitments);
    expect(windowed.entities).toEqual(whole.entities);
    expect(windowed.summary.topEntities).toEqual(whole.summary.topEntities);
  });

  it("keys a name across windows as the whole text does: a later window's surname under the first's full name", async () => {
    const turn = 'MR ROE: The United States will continue to support Mongolia. Thank you.';
    const text = ['Jane Roe, Department Spokesperson', ...Array.from({ length: 20 }, () => turn)].join('\n\n');
    const run = async (windowChars: number, spoolChars?: number) => {
      let out = '';
      await writeReport((t) => (out += t), 'doc', META, windowsOf(text, windowChars), 'json', spoolChars);
      return JSON.parse(out);
    };
    const whole = await run(1 << 20);
    expect(whole.entities.filter((e: { key: string }) => e.key === 'Jane Roe').length).toBeGreaterThan(20);
    for (const spool of [undefined, 200]) {
      const windowed = await run(300, spool);
      expect(windowed.entities).toEqual(whole.entities);
      expect(windowed.summary.topEntities).toEqual(whole.summary.topEntities);
    }
  });

  it('keeps nothing of a window once it is reported: memory stays flat however many windows', async () => {
    // A collection on demand: the flag exposes gc() to contexts made after it is set.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const WINDOWS = 24;
    const WINDOW = 1 << 20;
    let before = 0;
    let after = 0;
    // Each window names someone no other window names, so each adds a row to the entity tally; the rest is one long
    // word, cheap to analyze. Made as they are read, as the CLI reads a file, and the heap measured once the report has
    // read the last, while it still holds all it keeps.
    function* windows() {
      collect();
      before = process.memoryUsage().heapUsed;
      for (let i = 0; i < WINDOWS; i++) {
        const text = `Ambassador Jane Quill${String.fromCharCode(97 + i)}son met officials.\n\n${'x'.repeat(WINDOW)}`;
        yield { text, offset: i * text.length };
      }
      collect();
      after = process.memoryUsage().heapUsed;
    }
    let out = '';
    await writeReport((text) => (out += text), 'doc', META, windows(), 'json');
    expect(JSON.parse(out).entities).toHaveLength(WINDOWS);
    // Each window kept would hold 1 MB: kept by the tally's names, they had grown the heap by 24 MB.
    expect(after - before).toBeLessThan(6 * WINDOW);
  });

  it('writes a Markdown report', async () => {
    let out = '';
    await writeReport((text) => (out += text), 'doc', META, windowsOf(TEXT), 'md');
    expect(out).toContain('# Joint Statement on Chile');
    expect(out).toContain('30 firm, 0 intent, 0 support.');
    expect(out).toContain('- **firm** (United States, Chile): ' + PARAGRAPH + ' — when: in 2027\n');
  });

  it('gives a commitment\'s place and means in the Markdown report', async () => {
    const text = 'Joint Statement\n\nThe United States and Mongolia will open a trade office in Ulaanbaatar through the Third Neighbor Trade Initiative in 2027.';
    let out = '';
    await writeReport((chunk) => (out += chunk), 'doc', { url: META.url, title: 'Joint Statement on Mongolia' }, windowsOf(text), 'md');
    expect(out).toContain(' — when: in 2027 · where: Ulaanbaatar · through: Third Neighbor Trade Initiative\n');
  });
});
