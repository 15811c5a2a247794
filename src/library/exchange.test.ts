import { describe, expect, it } from 'vitest';
import { csvCell, exportLibraryCsv, exportLibraryJson, LibraryImportError, MAX_LIBRARY_IMPORT_BYTES, parseLibraryImport } from './exchange';
import type { StatementRecord } from './record';

const record: StatementRecord = {
  documentKey: 'state.gov/x',
  url: 'https://www.state.gov/x/',
  title: 'Joint Statement on "Trade"',
  type: 'Joint Statement',
  date: '2026-02-12',
  office: null,
  parties: ['United States', 'Paraguay'],
  series: 'united states paraguay strategic dialogue',
  commitments: [{ text: '=HYPERLINK("http://x") will provide $3 million', strength: 'firm', actors: ['United States'], time: 'by June 2026' }],
  countries: ['Paraguay'],
  entityKeys: ['Paraguay'],
  savedAt: '2026-02-12T10:00:00.000Z',
};

describe('library export and import', () => {
  it('round-trips JSON', () => {
    expect(parseLibraryImport(exportLibraryJson([record]))).toEqual([record]);
  });

  it('writes one CSV row per commitment, quoted, formulas defused', () => {
    const csv = exportLibraryCsv([record]);
    expect(csv.split('\r\n')[0]).toBe('date,title,type,office,series,url,strength,actors,time,commitment');
    expect(csv).toContain('"Joint Statement on ""Trade"""');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") will provide $3 million"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
  });

  it.each([
    ['neither JSON nor CSV', 'nope', /neither JSON nor CSV/],
    ['a CSV row with a bad strength', 'date,title,type,office,series,url,strength,actors,time,commitment\r\n"2026-01-01","t","","","","https://www.state.gov/x/","strong","","","x"\r\n', /CSV line 2: the strength/],
    ['a CSV row cut short', 'date,title,type,office,series,url,strength,actors,time,commitment\r\n"2026-01-01","t"\r\n', /CSV line 2 has 2 cells/],
    ['another format', '{"format": "something"}', /not a Diplomatic Lens library/],
    ['a later version', JSON.stringify({ format: 'diplomatic-lens-library', version: 2, statements: [] }), /version 2/],
    ['a broken statement', JSON.stringify({ format: 'diplomatic-lens-library', version: 1, statements: [{ ...record, commitments: [{ text: 1 }] }] }), /Statement 1 is not/],
    ['a repeated statement', JSON.stringify({ format: 'diplomatic-lens-library', version: 1, statements: [record, record] }), /Statement 2 repeats/],
  ])('names the problem of %s', (_name, text, message) => {
    expect(() => parseLibraryImport(text)).toThrow(LibraryImportError);
    expect(() => parseLibraryImport(text)).toThrow(message);
  });

  it('reads its own CSV back: commitments, and parties and countries from their actors', () => {
    const [back] = parseLibraryImport(exportLibraryCsv([record]));
    expect(back).toMatchObject({ documentKey: 'state.gov/x', title: record.title, date: record.date, series: record.series, parties: ['United States'], countries: ['United States'] });
    expect(back!.commitments).toEqual(record.commitments);
  });

  it('refuses an oversized file before reading it', () => {
    expect(() => parseLibraryImport('{}', MAX_LIBRARY_IMPORT_BYTES + 1)).toThrow(/at most 50 MB/);
  });
});
