// The library in and out: JSON (every statement as kept) and CSV (one row
// per commitment, for a spreadsheet). Import reads either, validated
// completely before anything is written, the first problem named. CSV holds
// less than JSON (no entity keys; a statement without commitments has no
// row), so a CSV import rebuilds what it can: parties and countries from the
// commitments' actors.

import { documentKey } from '../notes/document-key';
import type { LibraryCommitment } from './compare';
import { isStatementRecord, type StatementRecord } from './record';

/** 5,000 statements take about 15 MB of JSON; larger files are refused before they are read. */
export const MAX_LIBRARY_IMPORT_BYTES = 50 * 1024 * 1024;
const FORMAT = 'diplomatic-lens-library';

export class LibraryImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryImportError';
  }
}

export function exportLibraryJson(records: readonly StatementRecord[], now = new Date()): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, exported: now.toISOString(), statements: records })}\n`;
}

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const COLUMNS = ['date', 'title', 'type', 'office', 'series', 'url', 'strength', 'actors', 'time', 'commitment'];

export function exportLibraryCsv(records: readonly StatementRecord[]): string {
  const rows = [COLUMNS.join(',')];
  for (const record of records) {
    for (const commitment of record.commitments) {
      rows.push(
        [record.date, record.title, record.type ?? '', record.office ?? '', record.series, record.url, commitment.strength, commitment.actors.join('; '), commitment.time ?? '', commitment.text]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) throw new LibraryImportError('The CSV file ends inside a quoted cell.');
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Undoes csvCell's defusing of a leading = + - @. */
const undefuse = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

function parseLibraryCsv(text: string): StatementRecord[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).filter((row) => row.some((cell) => cell !== ''));
  if (!header || header.join(',') !== COLUMNS.join(',')) throw new LibraryImportError(`The CSV file's first line should be: ${COLUMNS.join(',')}`);
  const byUrl = new Map<string, StatementRecord>();
  rows.forEach((cells, index) => {
    const line = `CSV line ${index + 2}`;
    if (cells.length !== COLUMNS.length) throw new LibraryImportError(`${line} has ${cells.length} cells, not ${COLUMNS.length}.`);
    const [date, title, type, office, series, url, strength, actors, time, text] = cells.map(undefuse) as string[] & { length: 10 };
    if (date !== '' && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date!)) throw new LibraryImportError(`${line}: the date should be YYYY-MM-DD.`);
    if (!/^https?:\/\//.test(url!)) throw new LibraryImportError(`${line}: the url is not a web address.`);
    if (strength !== 'firm' && strength !== 'intent' && strength !== 'support') throw new LibraryImportError(`${line}: the strength should be firm, intent or support.`);
    const commitment: LibraryCommitment = { text: text!, strength, actors: actors ? actors.split('; ') : [], time: time || null };
    let record = byUrl.get(url!);
    if (!record) {
      record = { documentKey: documentKey(url!), url: url!, title: title!, type: type || null, date: date!, office: office || null, parties: [], series: series!, commitments: [], countries: [], entityKeys: [], savedAt: new Date(0).toISOString() };
      byUrl.set(url!, record);
    }
    record.commitments.push(commitment);
    for (const actor of commitment.actors) if (!record.parties.includes(actor)) record.parties.push(actor);
    record.countries = [...record.parties];
  });
  return [...byUrl.values()];
}

export function parseLibraryImport(text: string, byteLength = new TextEncoder().encode(text).length): StatementRecord[] {
  if (byteLength > MAX_LIBRARY_IMPORT_BYTES) throw new LibraryImportError(`The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; library files are at most 50 MB.`);
  if (/^\uFEFF?date,/.test(text)) return parseLibraryCsv(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LibraryImportError('The file is neither JSON nor CSV: import a library exported from Diplomatic Lens.');
  }
  const container = data as { format?: unknown; version?: unknown; statements?: unknown };
  if (typeof data !== 'object' || data === null || container.format !== FORMAT) throw new LibraryImportError('The file is JSON, but not a Diplomatic Lens library export.');
  if (container.version !== 1) throw new LibraryImportError(`The file is a library export of version ${String(container.version)}, which this version cannot read.`);
  if (!Array.isArray(container.statements)) throw new LibraryImportError('The file has no list of statements.');
  const keys = new Set<string>();
  container.statements.forEach((record, index) => {
    if (!isStatementRecord(record)) throw new LibraryImportError(`Statement ${index + 1} is not a statement as the library keeps them (a field is missing or of the wrong kind).`);
    if (keys.has(record.documentKey)) throw new LibraryImportError(`Statement ${index + 1} repeats an earlier statement (${record.documentKey}).`);
    keys.add(record.documentKey);
  });
  return container.statements as StatementRecord[];
}
