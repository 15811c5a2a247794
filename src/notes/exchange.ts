// Notes in and out of the extension. Export: W3C Web Annotation JSON-LD (an
// AnnotationCollection, the selectors as saved) and Markdown grouped by
// statement with citations. Import: that JSON (ours, with our few extra
// fields) and Web Annotation JSON from other tools, validated completely
// before anything is written; the first problem is named, with where it is.

import { describeSpan, type NoteSelectors, type TextPositionSelector, type TextQuoteSelector } from './anchor';
import { isRecord } from '../guards';
import { documentKey } from './document-key';
import { NOTE_COLORS, type Note, type NoteColor } from './note';

/** Larger files are refused before they are read: no reader's notes come near it. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_BODY_CHARS = 100_000;
const MAX_TAGS = 50;

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our fields beside the standard ones: kept on a round trip, optional from other tools. */
const OURS = { documentKey: 'dl:documentKey', pageTitle: 'dl:pageTitle', color: 'dl:color' } as const;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  body: Array<{ type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: string }>;
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  [OURS.documentKey]: string;
  [OURS.pageTitle]: string;
  [OURS.color]: NoteColor;
}

function toAnnotation(note: Note): WebAnnotation {
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    created: note.created,
    modified: note.updated,
    body: [
      { type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' },
      ...note.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
    ],
    target: { source: note.url, selector: [note.selectors.quote, note.selectors.position] },
    [OURS.documentKey]: note.documentKey,
    [OURS.pageTitle]: note.pageTitle,
    [OURS.color]: note.color,
  };
}

export function exportJson(notes: readonly Note[], now = new Date()): string {
  const collection = {
    '@context': [CONTEXT, { dl: 'https://diplomatic-lens.dev/ns#' }],
    type: 'AnnotationCollection',
    label: 'Diplomatic Lens notes',
    generated: now.toISOString(),
    total: notes.length,
    items: notes.map(toAnnotation),
  };
  // Compact: 10,000 notes stay well under the 10 MB import limit (indented, they would not).
  return `${JSON.stringify(collection)}\n`;
}

const quoteBlock = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line.replace(/^([#>*+-]|\d+\.)/, '\\$1')}`)
    .join('\n');

/** Markdown, one section per statement (in the order given), each with its citation. */
export function exportMarkdown(notes: readonly Note[]): string {
  const byDocument = new Map<string, Note[]>();
  for (const note of notes) {
    const group = byDocument.get(note.documentKey);
    if (group) group.push(note);
    else byDocument.set(note.documentKey, [note]);
  }
  const lines = ['# Notes from Diplomatic Lens', ''];
  for (const group of byDocument.values()) {
    const first = group[0]!;
    const title = first.pageTitle.trim() || first.url;
    lines.push(`## ${title.replace(/[\\`*_[\]<>#]/g, (char) => `\\${char}`)}`, '', `“${title}.” U.S. Department of State. <${first.url.replace(/>/g, '%3E')}>`, '');
    for (const note of group) {
      lines.push(quoteBlock(note.selectors.quote.exact), '');
      if (note.body.trim()) lines.push(note.body.trim(), '');
      const tags = note.tags.length > 0 ? `Tags: ${note.tags.join(', ')} · ` : '';
      lines.push(`*${tags}${note.updated.slice(0, 10)}*`, '');
    }
  }
  return lines.join('\n');
}

// ——— import ———

type Json = unknown;

const isTime = (value: Json): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

function fail(where: string, problem: string): never {
  throw new ImportError(`${where}: ${problem}`);
}

function readString(value: Json, where: string, max: number): string {
  if (typeof value !== 'string') fail(where, 'should be text');
  if (value.length > max) fail(where, `is longer than ${max} characters`);
  return value;
}

function readSelectors(value: Json, where: string): NoteSelectors {
  const list = Array.isArray(value) ? value : [value];
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const [index, selector] of list.entries()) {
    const at = `${where}[${index}]`;
    if (!isRecord(selector)) fail(at, 'is not a selector');
    if (selector.type === 'TextQuoteSelector') {
      const exact = readString(selector.exact, `${at}.exact`, MAX_BODY_CHARS);
      if (exact === '') fail(`${at}.exact`, 'is empty');
      quote = {
        type: 'TextQuoteSelector',
        exact,
        prefix: selector.prefix === undefined ? '' : readString(selector.prefix, `${at}.prefix`, 1000),
        suffix: selector.suffix === undefined ? '' : readString(selector.suffix, `${at}.suffix`, 1000),
      };
    } else if (selector.type === 'TextPositionSelector') {
      const { start, end } = selector;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) fail(at, 'has no valid start and end');
      position = { type: 'TextPositionSelector', start: start as number, end: end as number };
    } else {
      fail(at, `is a ${typeof selector.type === 'string' ? JSON.stringify(selector.type.slice(0, 40)) : 'selector without a type'}, which Diplomatic Lens cannot place (it reads TextQuoteSelector and TextPositionSelector)`);
    }
  }
  if (!quote) fail(where, 'has no TextQuoteSelector (the quoted passage)');
  // Without a saved position the quote alone places the note; [0, length) only matches a quote that opens the text.
  return { quote, position: position ?? describeSpan(quote.exact, 0, quote.exact.length).position };
}

const UUID_URN = /^urn:uuid:(.+)$/i;
/** Ids kept as they are (ours are UUIDs); anything else is refused rather than trusted as a key. */
const PLAIN_ID = /^[0-9A-Za-z_-]{1,64}$/;

function readAnnotation(value: Json, where: string): Note {
  if (!isRecord(value)) fail(where, 'is not an annotation object');
  if (value.type !== 'Annotation') fail(`${where}.type`, 'should be "Annotation"');
  const rawId = readString(value.id, `${where}.id`, 200);
  const id = UUID_URN.exec(rawId)?.[1] ?? rawId;
  if (!PLAIN_ID.test(id)) fail(`${where}.id`, 'is not an id Diplomatic Lens can keep');
  if (!isRecord(value.target)) fail(`${where}.target`, 'is missing');
  const url = readString(value.target.source, `${where}.target.source`, 2000);
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'https:' && protocol !== 'http:') fail(`${where}.target.source`, 'is not a web address');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    fail(`${where}.target.source`, 'is not a web address');
  }
  const selectors = readSelectors(value.target.selector, `${where}.target.selector`);
  const bodies = value.body === undefined ? [] : Array.isArray(value.body) ? value.body : [value.body];
  let body = '';
  const tags: string[] = [];
  for (const [index, item] of bodies.entries()) {
    const at = `${where}.body[${index}]`;
    if (!isRecord(item) || (item.type !== undefined && item.type !== 'TextualBody')) fail(at, 'should be a TextualBody');
    const text = readString(item.value, `${at}.value`, MAX_BODY_CHARS);
    if (item.purpose === 'tagging') {
      if (!tags.includes(text.trim()) && text.trim()) tags.push(text.trim());
    } else body = body ? `${body}\n\n${text}` : text;
  }
  if (tags.length > MAX_TAGS) fail(`${where}.body`, `has more than ${MAX_TAGS} tags`);
  const created = value.created === undefined ? null : isTime(value.created) ? value.created : fail(`${where}.created`, 'is not a date and time');
  const modified = value.modified === undefined ? created : isTime(value.modified) ? value.modified : fail(`${where}.modified`, 'is not a date and time');
  const color = value[OURS.color] === undefined ? 'yellow' : NOTE_COLORS.includes(value[OURS.color] as NoteColor) ? (value[OURS.color] as NoteColor) : fail(`${where}.${OURS.color}`, 'is not one of the note colours');
  const pageTitle = value[OURS.pageTitle] === undefined ? '' : readString(value[OURS.pageTitle], `${where}.${OURS.pageTitle}`, 1000);
  const time = created ?? modified ?? new Date(0).toISOString();
  return {
    id,
    documentKey: documentKey(url),
    url,
    pageTitle,
    selectors,
    body,
    tags,
    color,
    created: new Date(time).toISOString(),
    updated: new Date(modified ?? time).toISOString(),
  };
}

/** The notes in an export file's text, all checked; an ImportError naming the first problem otherwise. */
export function parseImport(text: string, byteLength = new TextEncoder().encode(text).length): Note[] {
  if (byteLength > MAX_IMPORT_BYTES) throw new ImportError(`The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; notes files are at most 10 MB.`);
  let data: Json;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not JSON: export notes from Diplomatic Lens (or another Web Annotation tool) as JSON.');
  }
  const items = Array.isArray(data)
    ? data
    : isRecord(data) && data.type === 'AnnotationCollection'
      ? Array.isArray(data.items)
        ? data.items
        : isRecord(data.first) && Array.isArray(data.first.items)
          ? data.first.items
          : fail('The collection', 'has no items')
      : isRecord(data) && data.type === 'Annotation'
        ? [data]
        : fail('The file', 'is JSON, but neither a Web Annotation, a list of them, nor an AnnotationCollection');
  const notes = items.map((item, index) => readAnnotation(item, `Annotation ${index + 1}`));
  const ids = new Set<string>();
  for (const [index, note] of notes.entries()) {
    if (ids.has(note.id)) fail(`Annotation ${index + 1}.id`, 'repeats an earlier annotation’s id');
    ids.add(note.id);
  }
  return notes;
}
