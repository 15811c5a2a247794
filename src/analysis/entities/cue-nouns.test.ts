import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

describe('names typed by a generic noun beside them', () => {
  it('reads places before "provinces", "region" and after "the port of"', () => {
    expect(found('Storms struck Nampula and Niassa provinces, the Lindi region and the port of Mtwara.')).toEqual([
      'place:Nampula', 'place:Niassa', 'place:Lindi', 'place:Mtwara',
    ]);
  });

  it('reads a name of two words joined by a tight hyphen whole, in a list too', () => {
    expect(found('Floods struck Darkhan-Uul and Selenge provinces and the Bayan-Ölgii region.')).toEqual([
      'place:Darkhan-Uul', 'place:Selenge', 'place:Bayan-Ölgii',
    ]);
    expect(found('Aid reached Selenge and Darkhan-Uul provinces, not Darkhan-based firms.')).toEqual(['place:Selenge', 'place:Darkhan-Uul']);
  });

  it('leaves a capitalized head noun to the name and a line start alone', () => {
    expect(found('Aid reached Rukwa Province.')).toEqual(['place:Rukwa Province']);
    expect(found('Region leaders met.')).toEqual([]);
  });

  it('takes no common word opening a sentence, nor a country\'s adjective, for a place', () => {
    expect(found('Next question. Different region, then. A different view. Rukwa region flooded in the Central African region.')).toEqual(['place:Rukwa']);
  });

  it('takes a region\'s adjective for no place, its name used as one still for a place', () => {
    expect(found('in the South Asian region, the Transnistrian region and the Francophone regions')).toEqual([]);
    expect(found('across the South and Central Asian region')).toEqual([]);
    expect(found('across the Arctic region')).toEqual(['place:Arctic']);
  });

  it('reads two regions joined by "and the" as two places, each a name of its own', () => {
    expect(found('partners in Latin America and the Caribbean')).toEqual(['place:Latin America', 'place:Caribbean']);
  });

  it('reads a named exercise as an organization, through a few modifiers', () => {
    expect(found('Troops joined the Steppe Shield multinational peacekeeping exercise.')).toEqual(['organization:Steppe Shield']);
  });
});
