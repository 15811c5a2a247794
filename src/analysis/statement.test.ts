import { describe, expect, it } from 'vitest';
import { detectStatement, typeFromLabel, typeFromTitle } from './statement';

const RELEASE = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement-on-trade/';

describe('typeFromLabel', () => {
  it('maps the labels pages show to canonical types', () => {
    expect(typeFromLabel('Joint Statement')).toBe('Joint Statement');
    expect(typeFromLabel('  MEDIA   NOTE ')).toBe('Media Note');
    expect(typeFromLabel('Readout')).toBe('Readout');
    expect(typeFromLabel('Department Press Briefing')).toBe('Department Press Briefing');
  });

  it('knows no type for labels that are not statements', () => {
    expect(typeFromLabel('Travel Advisory')).toBeNull();
    expect(typeFromLabel(undefined)).toBeNull();
  });
});

describe('typeFromTitle', () => {
  it('reads a type the title opens with', () => {
    expect(typeFromTitle('Joint Statement on the Fifth Energy Dialogue')).toBe('Joint Statement');
    expect(typeFromTitle('Readout: Deputy Secretary call with a counterpart')).toBe('Readout');
  });

  it('does not take a word inside a longer one for a label', () => {
    expect(typeFromTitle('Remarksable progress')).toBeNull();
    expect(typeFromTitle('Statement of Work for Contractors')).toBeNull();
  });
});

describe('detectStatement', () => {
  it('takes type, date, office and location from an official page', () => {
    const info = detectStatement({
      url: RELEASE,
      title: ' Joint Statement on Trade ',
      docTypeLabel: 'Joint Statement',
      dateText: 'January 14, 2026',
      office: 'Office of the Spokesperson',
      location: 'Washington, DC',
    });
    expect(info).toEqual({
      isStatement: true,
      type: 'Joint Statement',
      date: '2026-01-14',
      office: 'Office of the Spokesperson',
      location: 'Washington, DC',
      title: 'Joint Statement on Trade',
    });
  });

  it('falls back to the month a release URL carries', () => {
    expect(detectStatement({ url: RELEASE, title: 'Joint Statement on Trade' }).date).toBe('2026-01');
  });

  it('never calls a page on another site a statement, whatever it says', () => {
    const info = detectStatement({ url: 'https://news.example.org/a/', title: 'x', docTypeLabel: 'Press Statement' });
    expect(info.isStatement).toBe(false);
    expect(info.type).toBe('Press Statement');
  });

  it('does not call an official page without a statement type a statement', () => {
    expect(detectStatement({ url: 'https://www.state.gov/countries-and-areas/mongolia/', title: 'Mongolia' }).isStatement).toBe(false);
  });
});
