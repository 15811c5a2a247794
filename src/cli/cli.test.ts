import { spawn, spawnSync } from 'node:child_process';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../../test/scratch-dir';
import { InputError, MAX_FRAGMENT_CHARS, MAX_HTML_BYTES, MAX_HTML_TAGS, MAX_PARSED_JSON_BYTES, readDocuments, stdinDocument } from './documents';
import { jsonTextWindows, readJsonHead } from './json-document';
import { surfaceOf } from '../analysis/entities/keys';

const dir = scratchDir('dl-cli-');
const STATEMENT = {
  id: 'sample',
  url: 'https://www.state.gov/releases/office-of-the-spokesperson/2026/02/joint-statement-on-trade/',
  title: 'Joint Statement on Trade',
  text: 'Office of the Spokesperson\n\nJoint Statement on Trade\n\nJoint Statement\n\nFebruary 2, 2026\n\nThe United States and Chile agreed to hold a trade dialogue in Santiago in 2027.',
};

beforeAll(async () => {
  await writeFile(join(dir, 'good.json'), JSON.stringify(STATEMENT));
  await writeFile(join(dir, 'bad.json'), '{"url": "x", ');
  await writeFile(join(dir, 'empty.json'), JSON.stringify({ url: 'x', title: 't', text: '  ' }));
  await writeFile(join(dir, 'notes.txt'), 'We will meet again.\n');
  await writeFile(join(dir, 'many.jsonl'), `${JSON.stringify(STATEMENT)}\nnot json\n${JSON.stringify({ ...STATEMENT, id: 'second' })}\n`);
  await writeFile(
    join(dir, 'page.html'),
    `<html><head><title>Joint Statement on Trade</title><link rel="canonical" href="${STATEMENT.url}"></head><body><nav>Menu</nav>` +
      '<main><article><div class="entry-content"><div class="wp-block-default-hero-container">' +
      '<h1 class="featured-content__headline">Joint Statement on Trade</h1><p class="article-meta doctype-meta">Joint Statement</p></div>' +
      '<div class="wp-block-paragraph"><p>The United States and Chile agreed to hold a trade dialogue.</p></div></div></article></main></body></html>',
  );
});

/** The documents of a file, each with its windows put back together as `text`. */
async function collect(file: string, maxParsedJsonBytes?: number) {
  const out: unknown[] = [];
  for await (const item of readDocuments(file, maxParsedJsonBytes)) {
    if (item instanceof InputError) {
      out.push(item);
      continue;
    }
    let text = '';
    for await (const window of item.windows) text += window.text;
    out.push({ id: item.id, meta: item.meta, text });
  }
  return out;
}

describe('readDocuments', () => {
  it('reads corpus JSON, text, and HTML through the site adapters', async () => {
    expect(await collect(join(dir, 'good.json'))).toMatchObject([{ id: 'sample', text: STATEMENT.text, meta: { url: STATEMENT.url } }]);
    expect(await collect(join(dir, 'notes.txt'))).toMatchObject([{ id: 'notes', text: 'We will meet again.\n' }]);
    const [page] = (await collect(join(dir, 'page.html'))) as Array<{ text: string; meta: { docTypeLabel: string; url: string } }>;
    expect(page?.text).toBe('The United States and Chile agreed to hold a trade dialogue.');
    expect(page?.meta).toMatchObject({ docTypeLabel: 'Joint Statement', url: STATEMENT.url });
  });

  it('streams the text of a corpus JSON document too large to parse whole, after checking all of it', async () => {
    const text = `${STATEMENT.text}\n\n${'The two sides will meet again in Santiago. '.repeat(Math.ceil(MAX_PARSED_JSON_BYTES / 43))}`;
    const file = join(dir, 'large.json');
    // The text first, its page's fields after it: they are read before the analysis starts.
    await writeFile(file, JSON.stringify({ text, url: STATEMENT.url, title: STATEMENT.title, id: 'large' }));
    expect(await collect(file)).toMatchObject([{ id: 'large', text, meta: { url: STATEMENT.url, title: STATEMENT.title } }]);
    await writeFile(file, `${JSON.stringify({ text, url: STATEMENT.url })}}`);
    await expect(collect(file)).rejects.toThrow(/large\.json: not valid JSON \(unexpected characters\)/);
  });

  it('names the file and the problem for bad inputs', async () => {
    await expect(collect(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(collect(join(dir, 'empty.json'))).rejects.toThrow(/empty\.json: the document has no "text"/);
    await expect(collect(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: no such file/);
    await expect(collect(dir)).rejects.toThrow(`${dir}: is a directory; give the files in it (${join(dir, '*.json')})`);
    // An array of documents says where many documents go.
    await writeFile(join(dir, 'array.json'), JSON.stringify([STATEMENT, STATEMENT]));
    await expect(collect(join(dir, 'array.json'))).rejects.toThrow(/array\.json: expected a JSON object with "url", "title" and "text" \(many documents go in a \.jsonl file, one on each line\)/);
  });

  it('refuses, with a message, a page too large or with too many tags to parse within the heap', async () => {
    const huge = join(dir, 'huge.html');
    await writeFile(huge, '');
    await truncate(huge, MAX_HTML_BYTES + 1); // sparse: never written, only its size is read
    await expect(collect(huge)).rejects.toThrow(/huge\.html: 24\.0 MB, too large to read as a page \(at most 24 MB\); save its text as a \.txt file/);
    const tags = join(dir, 'tags.html');
    await writeFile(tags, `<main>${'<b>'.repeat(MAX_HTML_TAGS)}</main>`);
    await expect(collect(tags)).rejects.toThrow(/tags\.html: more than 500,000 tags, too many to read as a page/);
  });

  it('reads each kind of file in the encoding its bytes name, a byte order mark left out of the text', async () => {
    const bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const text = 'We will meet in Darkhan’s new hall.\n';
    await writeFile(join(dir, 'bom.txt'), bom(text));
    await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    for (const name of ['bom.txt', 'utf16.txt']) expect(await collect(join(dir, name))).toMatchObject([{ text }]);
    // JSON.parse refuses a byte order mark; the streamed reader of a large document reads past it too.
    await writeFile(join(dir, 'bom.json'), bom(JSON.stringify(STATEMENT)));
    expect(await collect(join(dir, 'bom.json'))).toMatchObject([{ id: 'sample', text: STATEMENT.text }]);
    const head = await readJsonHead(join(dir, 'bom.json'), 7);
    let streamed = '';
    for await (const window of jsonTextWindows(join(dir, 'bom.json'), head, 7)) streamed += window.text;
    expect([head.id, streamed]).toEqual(['sample', STATEMENT.text]);
    await writeFile(join(dir, 'bom.jsonl'), bom(`${JSON.stringify(STATEMENT)}\n${JSON.stringify({ ...STATEMENT, id: 'second' })}\n`));
    expect(await collect(join(dir, 'bom.jsonl'))).toMatchObject([{ id: 'sample' }, { id: 'second' }]);
  });

  it('reads markup that leaves out its html, head and body elements, as a browser does', async () => {
    // linkedom alone took the first element for the root: no main text, or (for text alone) a failure inside it.
    await writeFile(join(dir, 'article.html'), '<p>The two sides will meet in Darkhan.</p>\n<p>Mongolia will host the talks.</p>');
    expect(await collect(join(dir, 'article.html'))).toMatchObject([{ text: 'The two sides will meet in Darkhan.\n\nMongolia will host the talks.' }]);
    await writeFile(join(dir, 'short.html'), '<!DOCTYPE html><title>Readout of a Call</title><main><p>The Secretary will travel to Darkhan.</p></main>');
    expect(await collect(join(dir, 'short.html'))).toMatchObject([{ text: 'The Secretary will travel to Darkhan.', meta: { title: 'Readout of a Call' } }]);
    await writeFile(join(dir, 'plain.htm'), 'The United States will provide $5 million.');
    expect(await collect(join(dir, 'plain.htm'))).toMatchObject([{ text: 'The United States will provide $5 million.' }]);
    await writeFile(join(dir, 'long-article.html'), `<p>${'a'.repeat(MAX_FRAGMENT_CHARS)}</p>`);
    await expect(collect(join(dir, 'long-article.html'))).rejects.toThrow(/long-article\.html: markup without the <html> and <body> a page opens with, too long to read as one \(at most 8 MB\); save its text as a \.txt file/);
  });

  it('refuses a PDF, a zip archive or other binary data given as text, naming what it is', async () => {
    await writeFile(join(dir, 'statement.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'));
    await expect(collect(join(dir, 'statement.pdf'))).rejects.toThrow(/statement\.pdf: a PDF, not text; the CLI reads \.json, \.jsonl, \.html and text files/);
    await writeFile(join(dir, 'statement.docx'), Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'));
    await expect(collect(join(dir, 'statement.docx'))).rejects.toThrow(/statement\.docx: a zip archive/);
    // Any other name is read as text, as a .txt file is.
    await writeFile(join(dir, 'statement.md'), '# Readout\n\nWe will meet again.\n');
    expect(await collect(join(dir, 'statement.md'))).toMatchObject([{ id: 'statement', text: '# Readout\n\nWe will meet again.\n' }]);
  });

  it('reads standard input as text, and refuses it empty as it refuses an empty file', async () => {
    async function* bytes(...pieces: string[]): AsyncGenerator<Uint8Array> {
      for (const piece of pieces) yield Buffer.from(piece);
    }
    const read = async (input: AsyncIterable<Uint8Array>) => {
      let text = '';
      for await (const window of stdinDocument(input).windows) text += window.text;
      return text;
    };
    expect(await read(bytes('We will meet ', 'in Darkhan.'))).toBe('We will meet in Darkhan.');
    await expect(read(bytes())).rejects.toThrow(new InputError('-: standard input is empty'));
  });

  it('reads a page in the charset it declares', async () => {
    // windows-1252, as pages saved from the older archives may be: its curly apostrophe is the byte 0x92.
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Joint Statement on Trade</title></head><body><main><p>The Ministers’ talks will resume.</p></main></body></html>`;
    await writeFile(join(dir, 'cp1252.html'), Buffer.from(page.replace('’', '\x92'), 'latin1'));
    expect(await collect(join(dir, 'cp1252.html'))).toMatchObject([{ text: 'The Ministers’ talks will resume.' }]);
  });

  it('streams a line of JSON Lines too long to parse whole, as a large .json file is, and reads the lines after it', async () => {
    const second = { ...STATEMENT, id: 'second', text: `${STATEMENT.text} The two sides will meet again in Santiago.` };
    const lines = [JSON.stringify(STATEMENT), JSON.stringify(second), '{"url": "x", "title": "A line cut short", "text": "The two sides will', '', JSON.stringify({ url: 'y', title: 'z', text: 'No id.' })];
    // CRLF line ends and a byte order mark, as a Windows tool writes them.
    await writeFile(join(dir, 'long-lines.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'))]));
    const whole = await collect(join(dir, 'long-lines.jsonl'));
    // Every line over 40 bytes streamed: the same documents, and the bad line's error names it.
    const streamed = await collect(join(dir, 'long-lines.jsonl'), 40);
    expect(streamed.slice(0, 2)).toEqual(whole.slice(0, 2));
    expect(streamed.slice(0, 2)).toMatchObject([{ id: 'sample', text: STATEMENT.text }, { id: 'second', text: second.text, meta: { url: STATEMENT.url } }]);
    expect((streamed[2] as Error).message).toMatch(/long-lines\.jsonl:3: not valid JSON \(it ends early/);
    expect((whole[2] as Error).message).toMatch(/long-lines\.jsonl:3: not valid JSON/);
    expect(streamed[3]).toEqual({ id: 'long-lines:5', meta: { url: 'y', title: 'z' }, text: 'No id.' });
    expect(whole[3]).toEqual(streamed[3]);
  });

  it('refuses JSON Lines in UTF-16, which are UTF-8 by their definition, saying so', async () => {
    await writeFile(join(dir, 'utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(STATEMENT), 'utf16le')]));
    await expect(collect(join(dir, 'utf16.jsonl'))).rejects.toThrow(/utf16\.jsonl: UTF-16LE, where JSON Lines are UTF-8; save it as UTF-8/);
  });

  it('streams JSON Lines, reporting a bad line in its place', async () => {
    const items = await collect(join(dir, 'many.jsonl'));
    expect(items).toHaveLength(3);
    expect(items[1]).toBeInstanceOf(InputError);
    expect((items[1] as Error).message).toMatch(/many\.jsonl:2: not valid JSON/);
    expect(items[2]).toMatchObject({ id: 'second' });
  });
});

// Each run starts Node with tsx: seconds, not milliseconds.
describe('npm run analyze', { timeout: 30_000 }, () => {
  const runWithInput = (input: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join('src', 'cli', 'analyze.ts'), ...args], { encoding: 'utf8', input });
  const run = (...args: string[]) => runWithInput('', ...args);

  it('prints one JSON line per document and goes on past bad files, exiting 1', () => {
    const result = run(join(dir, 'good.json'), join(dir, 'bad.json'), join(dir, 'many.jsonl'));
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['sample', 'sample', 'second']);
    expect(lines[0]).toMatchObject({ isStatement: true, type: 'Joint Statement', date: '2026-02-02' });
    const [commitment] = lines[0].commitments;
    expect(STATEMENT.text.slice(commitment.start, commitment.end)).toBe(
      'The United States and Chile agreed to hold a trade dialogue in Santiago in 2027.',
    );
    expect(commitment).toMatchObject({ strength: 'firm', actors: ['United States', 'Chile'], trigger: 'agreed to', time: 'in 2027' });
    for (const entity of lines[0].entities) expect(surfaceOf(STATEMENT.text.slice(entity.start, entity.end))).toBe(entity.text);
    expect(result.stderr).toContain('bad.json: not valid JSON');
    expect(result.stderr).toContain('many.jsonl:2: not valid JSON');
  });

  it('reads standard input given as "-"', () => {
    const result = runWithInput('The two sides agreed to meet in 2027.', '-');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'stdin', commitments: [{ start: 0, end: 37, strength: 'firm', trigger: 'agreed to', time: 'in 2027' }] });
  });

  it('stops quietly when the reader closes the pipe early, as `| head` does', async () => {
    // Enough output to fill the pipe's buffer, so that the CLI is still writing when its reader goes.
    await writeFile(join(dir, 'long.jsonl'), `${JSON.stringify(STATEMENT)}\n`.repeat(400));
    const runClosedEarly = async (...files: string[]): Promise<[number | null, string]> => {
      const child = spawn(process.execPath, ['--import', 'tsx', join('src', 'cli', 'analyze.ts'), ...files]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      return [await new Promise<number | null>((resolve) => child.on('close', resolve)), stderr];
    };
    expect(await runClosedEarly(join(dir, 'long.jsonl'))).toEqual([0, '']);
    // A bad input before the pipe closed still makes the status 1.
    const [status, stderr] = await runClosedEarly(join(dir, 'bad.json'), join(dir, 'long.jsonl'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^analyze: \S*bad\.json: not valid JSON[^\n]*\n$/);
  });

  it('prints a Markdown report with --format md, and refuses unknown formats', () => {
    const md = run('--format', 'md', join(dir, 'good.json'));
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('# Joint Statement on Trade');
    expect(md.stdout).toContain('**firm** (United States, Chile)');
    expect(run('--format', 'xml', join(dir, 'good.json')).status).toBe(2);
    expect(run().status).toBe(2);
  });
});
