import { describe, expect, it } from 'vitest';
import { countries, instruments, list, organizations, places } from './parse';

describe('compact lexicon tables', () => {
  it('reads names, variants and flags, every list present though empty', () => {
    expect(countries('\nRuritania|Kingdom of Ruritania;Ruritanian;?\nBorduria\nZenda;;place\n')).toEqual([
      { name: 'Ruritania', variants: ['Kingdom of Ruritania'], demonyms: ['Ruritanian'], ambiguous: true, type: 'country' },
      { name: 'Borduria', variants: [], demonyms: [], type: 'country' },
      { name: 'Zenda', variants: [], demonyms: [], ambiguous: false, type: 'place' },
    ]);
    expect(places('Strelsau\nZenda;?')).toEqual([
      { name: 'Strelsau', variants: [] },
      { name: 'Zenda', variants: [], ambiguous: true },
    ]);
    expect(organizations('Ruritanian Guard|Royal Guard;RG\nZenda Guard')).toEqual([
      { name: 'Ruritanian Guard', acronyms: ['RG'], variants: ['Royal Guard'] },
      { name: 'Zenda Guard', variants: [], acronyms: [] },
    ]);
    expect(organizations('UN Harbor Agency;UNHA')).toEqual([
      { name: 'UN Harbor Agency', variants: ['United Nations Harbor Agency', 'U.N. Harbor Agency'], acronyms: ['UNHA'] },
    ]);
    expect(instruments('Treaty of Zenda|Zenda Treaty')).toEqual([{ name: 'Treaty of Zenda', variants: ['Zenda Treaty'] }]);
  });

  it('reads a variant "R" as the long form "Republic of" the name, "K" as "Kingdom of" it', () => {
    expect(countries('Ruritania|R|Kingdom of ~;~n')[0]).toMatchObject({ variants: ['Republic of Ruritania', 'Kingdom of Ruritania'], demonyms: ['Ruritanian'] });
    expect(countries('Ruritania|K|Grand Duchy of ~')[0]!.variants).toEqual(['Kingdom of Ruritania', 'Grand Duchy of Ruritania']);
  });

  it('adds the unaccented spelling of an accented form, each form once', () => {
    expect(list('Strelsaú|Zénda Lake|Zenda Lake|Borduria')).toEqual(['Strelsaú', 'Strelsau', 'Zénda Lake', 'Zenda Lake', 'Borduria']);
    // Two accents over one letter (comma below, cedilla) give one plain spelling.
    expect(list('Chișinău|Chişinău')).toEqual(['Chișinău', 'Chisinau', 'Chişinău']);
    expect(places('Zendá')).toEqual([{ name: 'Zendá', variants: ['Zenda'] }]);
    expect(countries('Ruritania;Ruritanián')[0]!.demonyms).toEqual(['Ruritanián', 'Ruritanian']);
    expect(list(undefined)).toEqual([]);
  });
});
