// The library in and out: JSON (every statement as kept) and CSV (one row
// per commitment, for a spreadsheet). Import reads our JSON, validated
// completely before anything is written, the first problem named.

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

export function parseLibraryImport(text: string, byteLength = new TextEncoder().encode(text).length): StatementRecord[] {
  if (byteLength > MAX_LIBRARY_IMPORT_BYTES) throw new LibraryImportError(`The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; library files are at most 50 MB.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LibraryImportError('The file is not JSON: import a library exported from Diplomatic Lens as JSON.');
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
