import { describe, expect, it } from 'vitest';
import { findEntities } from './index';
import { found } from './test-helpers';

const people = (text: string): string[] => found(text).filter((e) => e.startsWith('person:'));

describe('people', () => {
  it('drops the title, chained titles and an initial', () => {
    expect(people('Secretary of State Jane Q. Doorn met Commandant Admiral Piet Vos today.')).toEqual([
      'person:Jane Q. Doorn', 'person:Piet Vos',
    ]);
  });

  it('skips a portfolio between the title and the name', () => {
    expect(people('Under Secretary for Arms Control and International Security Mira Talvik spoke.')).toEqual(['person:Mira Talvik']);
  });

  it('reads bylines, role nouns and nicknames', () => {
    expect(people('Karel "Kaj" Osterby, Spokesperson\n\nWe call for the release of journalist Anwen Brisk.')).toEqual([
      'person:Karel "Kaj" Osterby', 'person:Anwen Brisk',
    ]);
  });

  it('links a later surname to the full name', () => {
    const es = findEntities('Ambassador Tomas Vell arrived. Later, Vell left.', { title: '' }).filter((e) => e.type === 'person');
    expect(es.map((e) => [e.text, e.key])).toEqual([['Tomas Vell', 'Tomas Vell'], ['Vell', 'Tomas Vell']]);
  });

  it('reads speaker labels but not anonymous ones, and first names used in address', () => {
    const text = 'MS. HALVORSEN: Thank you.\n\nQUESTION: Yes.\n\nFOREIGN MINISTER KIRO: Ingrid, thank you.';
    expect(people(text)).toEqual(['person:HALVORSEN', 'person:KIRO', 'person:Ingrid']);
  });

  it('guesses a bare full name only where no capitalized phrase surrounds it', () => {
    expect(people('We welcome the release of Oskar Lindqvist after two years.')).toEqual(['person:Oskar Lindqvist']);
    expect(people('We honor the Gold Star families.')).toEqual([]);
  });

  it('keeps heading verbs out of names', () => {
    expect(people('Deputy Secretary Vell Travels to Lisbon\n\nDeputy Secretary Anna Vell will travel.')).toEqual([
      'person:Vell', 'person:Anna Vell',
    ]);
  });
});
