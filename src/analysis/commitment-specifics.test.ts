import { describe, expect, it } from 'vitest';
import { specificsOf } from './commitment-specifics';

describe('specificsOf', () => {
  it('labels when, where and through what, in that order', () => {
    expect(specificsOf({ time: 'by 2028', place: 'Darkhan', means: 'the Herders Fund' })).toEqual([
      ['When', 'by 2028'],
      ['Where', 'Darkhan'],
      ['Through', 'the Herders Fund'],
    ]);
  });

  it('leaves out what the text does not give', () => {
    expect(specificsOf({ time: null, place: 'Darkhan', means: null })).toEqual([['Where', 'Darkhan']]);
    expect(specificsOf({ time: null, place: null, means: null })).toEqual([]);
  });
});
