import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

const dates = (text: string): string[] => found(text).filter((e) => e.startsWith('date:'));

describe('dates', () => {
  it('reads month-day-year, day-month and numeric dates', () => {
    expect(dates('Signed on March 3, 2031 and again on 9 June 2032, filed 11/02/2033.')).toEqual([
      'date:March 3, 2031', 'date:9 June 2032', 'date:11/02/2033',
    ]);
  });

  it('reads a three-letter month abbreviation with its period and a day, but not a given name', () => {
    expect(dates('Talks on Jan. 5 and Oct. 12, 2027 followed Sept. 3.')).toEqual(['date:Jan. 5', 'date:Oct. 12, 2027', 'date:Sept. 3']);
    expect(dates('Jan Roe met Dec Ivo on the 5th.')).toEqual([]);
  });

  it('keeps a range inside one month as one date, and one across months written tight, but splits a spaced or "to" one across months', () => {
    expect(dates('Talks run June 4-9, 2031 and from May 30 to June 2.')).toEqual(['date:June 4-9, 2031', 'date:May 30', 'date:June 2']);
    expect(dates('The visit runs April 3 to 7.')).toEqual(['date:April 3 to 7']);
    expect(dates('The talks are on March 11th and 12th, 2031.')).toEqual(['date:March 11th and 12th, 2031']);
    expect(dates('Sessions run July 30-August 2, 2031, then August 30 – September 2.')).toEqual([
      'date:July 30-August 2, 2031', 'date:August 30', 'date:September 2',
    ]);
  });

  it('takes a weekday that leads a full date, ordinal days and "of"', () => {
    expect(dates('Doors open Monday, July 7, 2031 and close on the 5th of August or in May of 2032.')).toEqual([
      'date:Monday, July 7, 2031', 'date:5th of August', 'date:May of 2032',
    ]);
  });

  it('takes a month or year alone, but not the verb "may" nor a phone number', () => {
    expect(dates('In September the envoy returned, as in 2030. May I ask? Call 1-800-555-2030.')).toEqual(['date:September', 'date:2030']);
    expect(dates('They met in May.')).toEqual(['date:May']);
  });

  it('keeps a span of years as one date, as written, but no phone number\'s or list number\'s digits', () => {
    expect(dates('The plan for 2031-2035 follows the 2029–30 term and the war of 1939-45.')).toEqual(['date:2031-2035', 'date:2029–30', 'date:1939-45']);
    expect(dates('Call 202-555-2030 or 1-2030-2031-4 for item 2031-2032-7.')).toEqual([]);
  });

  it('keeps a fiscal year with its year, as written', () => {
    expect(dates('Funds for Fiscal Year 2031 and FY 2032 follow those of fiscal year 2030, not the year 2029.')).toEqual([
      'date:Fiscal Year 2031', 'date:FY 2032', 'date:fiscal year 2030', 'date:2029',
    ]);
  });
});
