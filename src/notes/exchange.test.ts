import { describe, expect, it } from 'vitest';
import { describeSpan } from './anchor';
import { exportJson, exportMarkdown, ImportError, MAX_IMPORT_BYTES, parseImport } from './exchange';
import type { Note } from './note';

const TEXT = 'The two sides agreed to meet again in 2027 in Ulaanbaatar.';
const notes: Note[] = [
  {
    id: '3f1c2a4e-1b2c-4d5e-8f90-123456789abc',
    documentKey: 'state.gov/joint-statement',
    url: 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement/',
    pageTitle: 'Joint Statement on the U.S.-Mongolia Dialogue',
    selectors: describeSpan(TEXT, 14, 42),
    body: 'Check the **date**.\n\n- first point',
    tags: ['mongolia', 'follow-up'],
    color: 'green',
    created: '2026-01-05T10:00:00.000Z',
    updated: '2026-01-06T11:00:00.000Z',
  },
  {
    id: 'b2',
    documentKey: 'state.gov/readout',
    url: 'https://www.state.gov/readout/',
    pageTitle: 'Readout <script>',
    selectors: describeSpan(TEXT, 0, 13),
    body: '',
    tags: [],
    color: 'yellow',
    created: '2026-02-01T00:00:00.000Z',
    updated: '2026-02-01T00:00:00.000Z',
  },
];

describe('JSON export and import', () => {
  it('round-trips every field through W3C Web Annotation JSON-LD', () => {
    const json = exportJson(notes, new Date('2026-03-01T00:00:00Z'));
    const data = JSON.parse(json);
    expect(data.type).toBe('AnnotationCollection');
    expect(data['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(data.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(data.items[0].id).toBe('urn:uuid:3f1c2a4e-1b2c-4d5e-8f90-123456789abc');
    expect(parseImport(json)).toEqual(notes);
  });

  it('reads annotations from other tools: one, a list, or a paged collection, with defaults for our fields', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0a0b0c0d-0000-4000-8000-000000000001',
      type: 'Annotation',
      created: '2025-12-01T08:00:00Z',
      body: { type: 'TextualBody', value: 'From another tool' },
      target: { source: 'https://2021-2025.state.gov/joint-statement/', selector: { type: 'TextQuoteSelector', exact: 'agreed to meet' } },
    };
    const [note] = parseImport(JSON.stringify(annotation));
    expect(note).toMatchObject({ documentKey: 'state.gov/joint-statement', body: 'From another tool', color: 'yellow', tags: [], updated: '2025-12-01T08:00:00.000Z' });
    expect(note!.selectors.quote).toEqual({ type: 'TextQuoteSelector', exact: 'agreed to meet', prefix: '', suffix: '' });
    expect(parseImport(JSON.stringify([annotation]))).toHaveLength(1);
    expect(parseImport(JSON.stringify({ type: 'AnnotationCollection', first: { items: [annotation] } }))).toHaveLength(1);
  });

  const valid = JSON.parse(exportJson(notes));
  const withItem = (change: (item: Record<string, unknown>) => void) => {
    const copy = structuredClone(valid);
    change(copy.items[1]);
    return JSON.stringify(copy);
  };
  it.each([
    ['text that is not JSON', '{"items": [', /not JSON/],
    ['JSON of another shape', '{"notes": []}', /neither a Web Annotation/],
    ['an unknown selector', withItem((i) => ((i.target as { selector: unknown[] }).selector = [{ type: 'XPathSelector', value: '/p[1]' }])), /Annotation 2\.target\.selector\[0\]: is a "XPathSelector"/],
    ['no quote', withItem((i) => ((i.target as { selector: unknown[] }).selector = [{ type: 'TextPositionSelector', start: 1, end: 4 }])), /no TextQuoteSelector/],
    ['a bad position', withItem((i) => ((i.target as { selector: unknown[] }).selector[1] = { type: 'TextPositionSelector', start: 5, end: 2 })), /no valid start and end/],
    ['a script URL', withItem((i) => ((i.target as { source: string }).source = 'javascript:alert(1)')), /not a web address/],
    ['a body that is not text', withItem((i) => ((i.body as unknown[])[0] = { type: 'TextualBody', value: { html: '<b>' } })), /body\[0\]\.value: should be text/],
    ['an unknown colour', withItem((i) => (i['dl:color'] = 'red')), /colours/],
    ['a bad date', withItem((i) => (i.modified = 'yesterday')), /modified: is not a date/],
    ['a repeated id', JSON.stringify({ ...valid, items: [valid.items[0], valid.items[0]] }), /repeats/],
  ])('names the problem of %s', (_name, text, message) => {
    expect(() => parseImport(text as string)).toThrow(ImportError);
    expect(() => parseImport(text as string)).toThrow(message as RegExp);
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(() => parseImport('[]', MAX_IMPORT_BYTES + 1)).toThrow(/at most 10 MB/);
  });

  it('keeps HTML and script in notes as the text they are', () => {
    const html = withItem((i) => ((i.body as Array<{ value: string }>)[0]!.value = '<img src=x onerror=alert(1)><script>alert(2)</script>'));
    expect(parseImport(html)[1]!.body).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });
});

describe('Markdown export', () => {
  it('groups notes by statement, each with its citation, quote, note and tags', () => {
    const markdown = exportMarkdown(notes);
    expect(markdown).toContain('## Joint Statement on the U.S.-Mongolia Dialogue');
    expect(markdown).toContain('“Joint Statement on the U.S.-Mongolia Dialogue.” U.S. Department of State. <https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement/>');
    expect(markdown).toContain('> agreed to meet again in 2027');
    expect(markdown).toContain('Check the **date**.');
    expect(markdown).toContain('*Tags: mongolia, follow-up · 2026-01-06*');
    expect(markdown).toContain('## Readout \\<script\\>');
  });
});
