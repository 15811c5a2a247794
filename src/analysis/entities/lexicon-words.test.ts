import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  FORMER_COUNTRIES,
  INSTRUMENT_HEAD_NOUNS,
  INSTRUMENTS,
  NUMBERED_INSTRUMENT_PREFIXES,
  ORG_HEAD_NOUNS,
  ORGANIZATIONS,
  PERSON_TITLES,
  PLACE_HEAD_NOUNS,
  PLACES,
} from '../lexicons';
import { MONTH_NAMES } from '../dates';
import { WEEKDAYS } from './dates';
import { lexiconWords } from './lexicon-words';
import { tokenize } from './tokenize';

const lexiconStrings = (): string[] => [
  ...[...COUNTRIES, ...FORMER_COUNTRIES].flatMap((c) => [c.name, ...(c.variants ?? []), ...(c.demonyms ?? [])]),
  ...PLACES.flatMap((p) => [p.name, ...(p.variants ?? [])]),
  ...ORGANIZATIONS.flatMap((o) => [o.name, ...(o.variants ?? []), ...(o.acronyms ?? [])]),
  ...INSTRUMENTS.flatMap((i) => [i.name, ...(i.variants ?? [])]),
  ...PERSON_TITLES,
  ...ORG_HEAD_NOUNS,
  ...INSTRUMENT_HEAD_NOUNS,
  ...PLACE_HEAD_NOUNS,
  ...NUMBERED_INSTRUMENT_PREFIXES,
  ...MONTH_NAMES,
  ...WEEKDAYS,
];

const asTokenized = (s: string) => tokenize(s).map(({ text, low }) => ({ text, low }));

describe('lexiconWords', () => {
  it('splits every lexicon string exactly as tokenize does', () => {
    for (const s of lexiconStrings()) expect(lexiconWords(s), s).toEqual(asTokenized(s));
  });

  it('follows tokenize on possessives, inner apostrophes, glued words and punctuation', () => {
    for (const s of ["Ruritania’s al-Qa’ida", "People's Republic", "Côte d'Ivoire", 'PresidentOffice McKeeby', 'U.S.-Serbia (C5+1)', "Charge d'Affaires, a.i."]) {
      expect(lexiconWords(s), s).toEqual(asTokenized(s));
    }
  });
});
