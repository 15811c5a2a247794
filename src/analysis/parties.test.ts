import { describe, expect, it } from 'vitest';
import { actorsFor, documentParties, namedParties } from './parties';
import type { Entity } from './types';

describe('namedParties', () => {
  it('finds countries by name, long form, abbreviation and demonym, in order', () => {
    expect(namedParties('The Republic of Korea and the U.S. met Japanese officials in Ulaanbaatar.')).toEqual([
      'Republic of Korea',
      'United States',
      'Japan',
    ]);
  });
  it('matches short capital forms only in capitals', () => {
    expect(namedParties('The US and UK')).toEqual(['United States', 'United Kingdom']);
    expect(namedParties('let us talk')).toEqual([]);
  });
});

describe('documentParties', () => {
  it('puts the United States first, then who the title and opening name', () => {
    // Opening entities count; one far into the text does not.
    const entity = (key: string, type: Entity['type'], start: number): Entity => ({ id: key, key, type, text: key, start, end: start + key.length });
    const entities = [entity('Japan', 'country', 13), entity('European Union', 'organization', 27), entity('Chile', 'country', 2000)];
    expect(documentParties('Joint Statement on the Mongolia-United States Dialogue', entities)).toEqual([
      'United States',
      'Mongolia',
      'Japan',
      'European Union',
    ]);
  });

  it('takes only the lede’s parties when the title names the other side, and the opening’s otherwise', () => {
    const entity = (key: string, type: Entity['type'], start: number): Entity => ({ id: key, key, type, text: key, start, end: start + key.length });
    const entities = [entity('Mongolia', 'country', 40), entity('United Nations', 'organization', 700), entity('Japan', 'country', 900)];
    expect(documentParties('Joint Statement on the United States-Mongolia Strategic Dialogue', entities)).toEqual(['United States', 'Mongolia']);
    expect(documentParties('Readout of the Secretary’s Meeting', entities)).toEqual(['United States', 'Mongolia', 'United Nations', 'Japan']);
  });

  it('takes a transcript’s parties from its title alone: the opening’s countries are topics', () => {
    const entity = (key: string, type: Entity['type'], start: number): Entity => ({ id: key, key, type, text: key, start, end: start + key.length });
    const entities = [entity('Chile', 'country', 40), entity('Japan', 'country', 300)];
    expect(documentParties('Department Press Briefing – May 4, 2026', entities, 'Department Press Briefing')).toEqual(['United States']);
    expect(documentParties('Secretary Roe With Mongolian Foreign Minister Bat Before Their Meeting', entities, 'Remarks')).toEqual(['United States', 'Mongolia']);
  });

  it('takes a press statement\'s party to be the United States alone: the countries it names are what it speaks of', () => {
    const entity = (key: string, type: Entity['type'], start: number): Entity => ({ id: key, key, type, text: key, start, end: start + key.length });
    expect(documentParties('Chile’s Actions Against Japanese Vessels', [entity('Chile', 'country', 20)], 'Press Statement')).toEqual(['United States']);
    expect(documentParties('On the Anniversary', [entity('Japan', 'country', 20)], 'Statement by the Secretary')).toEqual(['United States']);
  });

  it('takes no venue or topic in a spoken document\'s title for a party, but a counterpart after "with"', () => {
    expect(documentParties('Remarks at a UN Security Council Briefing on the Situation in Chile', [], 'Remarks')).toEqual(['United States']);
    expect(documentParties('Secretary Roe Remarks to the Press With Japanese Foreign Minister Sato', [], 'Remarks')).toEqual(['United States', 'Japan']);
    expect(documentParties('Joint Statement on Chile and Japan', [], 'Joint Statement')).toEqual(['United States', 'Chile', 'Japan']);
  });
});

describe('actorsFor', () => {
  const parties = ['United States', 'Mongolia', 'Japan'];
  it('turns words for everyone into the parties', () => {
    for (const subject of ['The two sides', 'All\u00a0parties', 'Participants', 'We', 'Both delegations']) {
      expect(actorsFor(subject, parties)).toEqual(parties);
    }
  });
  it('keeps names and U.S. officials to themselves', () => {
    expect(actorsFor('Mongolia', parties)).toEqual(['Mongolia']);
    expect(actorsFor('The Secretary', parties)).toEqual(['United States']);
    expect(actorsFor('Japanese Foreign Minister Sato', parties)).toEqual(['Japan']);
  });
});
