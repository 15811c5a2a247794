import { describe, expect, it } from 'vitest';
import { actorsFor as actorsForNamed, documentParties, namedParties } from './parties';
import type { Entity } from './types';

describe('namedParties', () => {
  it('finds countries by name, long form, abbreviation and demonym, in order', () => {
    expect(namedParties('The Republic of Korea and the U.S. met Japanese officials in Ulaanbaatar.')).toEqual([
      'Republic of Korea',
      'United States',
      'Japan',
    ]);
  });
  it('names no party in a meeting, forum or conference: parties meet there, it signs nothing', () => {
    expect(namedParties('Leaders met at the Negev Forum and the Munich Security Conference.')).toEqual([]);
    expect(namedParties('NATO Allies met.')).toEqual(['North Atlantic Treaty Organization']);
    // Wherever the name holds its kind: "the Summit of the Americas" and "the Summit for Democracy" are events too.
    expect(namedParties('The ministers will plan for the Summit of the Americas and the Summit for Democracy.')).toEqual([]);
  });
  it('matches short capital forms only in capitals', () => {
    expect(namedParties('The US and UK')).toEqual(['United States', 'United Kingdom']);
    expect(namedParties('let us talk')).toEqual([]);
  });
});

describe('documentParties', () => {
  const entity = (key: string, type: Entity['type'], start: number): Entity => ({ id: key, key, type, text: key, start, end: start + key.length });
  /** Entities for the names of `text`, where it writes them. */
  const entitiesOf = (text: string, names: readonly [string, Entity['type']][]): Entity[] =>
    names.map(([key, type]) => entity(key, type, text.indexOf(key))).sort((a, b) => a.start - b.start);

  it('takes the signers a joint statement lists in its opening, not the countries it speaks of', () => {
    const text =
      'The following statement was released by the Governments of France, Ruritania, Japan, and the United Kingdom.\n\nWe condemn the violence in Chile and call on all parties in Chile to talk.';
    const entities = entitiesOf(text, [['France', 'country'], ['Japan', 'country'], ['United Kingdom', 'country'], ['Chile', 'country']]);
    // "Ruritania", no entity, stays a list item: the list runs on past it.
    expect(documentParties('Joint Statement on the Situation in Chile', entities, 'Joint Statement', text)).toEqual(['United States', 'France', 'Japan', 'United Kingdom']);
  });

  it('takes a group\'s members, listed, for the group, and a list to its end past the lede', () => {
    const text = `The text of the following statement was released by the Governments of the United States, Canada, France, Germany, Italy, Japan, and the United Kingdom, and the High Representative of the European Union.${' '.repeat(200)}`;
    const entities = entitiesOf(text, [
      ['United States', 'country'], ['Canada', 'country'], ['France', 'country'], ['Germany', 'country'],
      ['Italy', 'country'], ['Japan', 'country'], ['United Kingdom', 'country'], ['European Union', 'organization'],
    ]);
    expect(documentParties('G7 Foreign Ministers’ Statement on Ruritania', entities, 'Joint Statement', text)).toEqual([
      'United States', 'Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'European Union',
    ]);
  });

  it('keeps a name joined to the United States in a title: the other side, not a topic', () => {
    const text = `The United States and Mongolia held the dialogue.${' '.repeat(800)}Japan and the United Nations attended.`;
    const entities = entitiesOf(text, [['Mongolia', 'country'], ['Japan', 'country'], ['United Nations', 'organization']]);
    expect(documentParties('Joint Statement on the United States-Mongolia Strategic Dialogue', entities, 'Joint Statement', text)).toEqual(['United States', 'Mongolia']);
  });

  it('takes the lede\'s parties when the opening lists none', () => {
    const text = `Secretary Roe met officials of Mongolia today.${' '.repeat(800)}She spoke of Japan.`;
    const entities = entitiesOf(text, [['Mongolia', 'country'], ['Japan', 'country']]);
    expect(documentParties('Readout of the Secretary’s Meeting', entities, 'Readout', text)).toEqual(['United States', 'Mongolia']);
  });

  it('takes from the lede of a readout whose title names the other side only those named with their officials', () => {
    const text =
      'Secretary Roe spoke today with Mongolian Foreign Minister Bat and Republic of Korea Foreign Minister Kim in Darkhan, Mongolia. ' +
      'They discussed Russia’s war against Ukraine and met Japan (Tokyo) envoys.';
    const entities = entitiesOf(text, [['Republic of Korea', 'country'], ['Mongolia', 'country'], ['Russia', 'country'], ['Ukraine', 'country'], ['Japan', 'country']]);
    // "Mongolia" after "Darkhan," is where they met, "Russia" and "Ukraine" what they spoke of; an acronym's parenthesis
    // after a name, as a title after it, makes it a counterpart's.
    expect(documentParties('Secretary Roe’s Call with Mongolian Foreign Minister Bat', entities, 'Readout', text)).toEqual([
      'United States', 'Mongolia', 'Republic of Korea', 'Japan',
    ]);
  });

  it('takes a list in a statement in the United States\' own voice for its parties only when the United States is among them', () => {
    const topics = 'We are alarmed by the conflicts in Chile, Japan, and Mongolia, and call for calm.';
    const topicEntities = entitiesOf(topics, [['Chile', 'country'], ['Japan', 'country'], ['Mongolia', 'country']]);
    expect(documentParties('Conflicts in Three Countries', topicEntities, 'Press Statement', topics)).toEqual(['United States']);
    const signers = 'The United States, Japan, and Mongolia condemn the attack in Chile.';
    const signerEntities = entitiesOf(signers, [['United States', 'country'], ['Japan', 'country'], ['Mongolia', 'country'], ['Chile', 'country']]);
    expect(documentParties('Statement on the Attack', signerEntities, 'Press Statement', signers)).toEqual(['United States', 'Japan', 'Mongolia']);
  });

  it('takes no country the lede speaks about for a party: "on", "about" or "regarding" opens its topic', () => {
    const text = `Secretary Roe spoke with Mongolian Foreign Minister Bat today on Chile and the crisis in Japan.${' '.repeat(800)}`;
    const entities = entitiesOf(text, [['Mongolia', 'country'], ['Chile', 'country'], ['Japan', 'country']]);
    entities[0]!.start = text.indexOf('Mongolian');
    expect(documentParties('Secretary Roe’s Call with Foreign Minister Bat', entities, 'Readout', text)).toEqual(['United States', 'Mongolia']);
  });

  it('takes a transcript’s parties from its title alone: the opening’s countries are topics', () => {
    const entities = [entity('Chile', 'country', 40), entity('Japan', 'country', 300)];
    expect(documentParties('Department Press Briefing – May 4, 2026', entities, 'Department Press Briefing', '')).toEqual(['United States']);
    expect(documentParties('Secretary Roe With Mongolian Foreign Minister Bat Before Their Meeting', entities, 'Remarks', '')).toEqual(['United States', 'Mongolia']);
  });

  it('takes a press statement\'s party to be the United States alone: the countries it names are what it speaks of', () => {
    expect(documentParties('Chile’s Actions Against Japanese Vessels', [entity('Chile', 'country', 20)], 'Press Statement', '')).toEqual(['United States']);
    expect(documentParties('On the Anniversary', [entity('Japan', 'country', 20)], 'Statement by the Secretary', '')).toEqual(['United States']);
    // Unless its opening lists the other side with the United States.
    const text = 'The United States and Mongolia signed a memorandum today.';
    const listed = entitiesOf(text, [['United States', 'country'], ['Mongolia', 'country']]);
    expect(documentParties('Chile’s Actions Against Japanese Vessels', listed, 'Press Statement', text)).toEqual(['United States', 'Mongolia']);
  });

  it('takes no venue, destination or topic in a title for a party, but a counterpart after "with"', () => {
    expect(documentParties('Remarks at a UN Security Council Briefing on the Situation in Chile', [], 'Remarks', '')).toEqual(['United States']);
    expect(documentParties('Secretary Roe Remarks to the Press With Japanese Foreign Minister Sato', [], 'Remarks', '')).toEqual(['United States', 'Japan']);
    expect(documentParties('Joint Statement on Chile and Japan', [], 'Joint Statement', '')).toEqual(['United States']);
    expect(documentParties('Under Secretary Roe’s Travel to Chile', [], 'Media Note', '')).toEqual(['United States']);
  });
});

describe('actorsFor', () => {
  const parties = ['United States', 'Mongolia', 'Japan'];
  // As commitments.ts calls it: the subject's names and the issuers (by default the first party) passed in.
  const actorsFor = (subject: string, all: readonly string[], named = namedParties(subject), issuers: readonly string[] = all.slice(0, 1)): string[] =>
    actorsForNamed(subject, all, named, issuers);
  it('turns words for everyone into the parties', () => {
    for (const subject of ['The two sides', 'All\u00a0parties', 'Participants', 'Both delegations']) {
      expect(actorsFor(subject, parties)).toEqual(parties);
    }
  });
  it('turns "we" into the issuers: a joint statement\'s parties, another document\'s government', () => {
    expect(actorsFor('We', parties)).toEqual(['United States']);
    expect(actorsFor('We', parties, undefined, parties)).toEqual(parties);
  });
  it('keeps names and U.S. officials to themselves', () => {
    expect(actorsFor('Mongolia', parties)).toEqual(['Mongolia']);
    expect(actorsFor('The Secretary', parties)).toEqual(['United States']);
    expect(actorsFor('Japanese Foreign Minister Sato', parties)).toEqual(['Japan']);
  });
  it('keeps a U.S. post to the United States, though it is named for its host country', () => {
    expect(actorsFor('The U.S. Embassy in Mongolia today', parties)).toEqual(['United States']);
    expect(actorsFor('U.S. Mission to Japan officials', parties)).toEqual(['United States']);
  });
  it('turns a U.S. official and the counterpart into the two sides, not every country the text speaks of', () => {
    expect(actorsFor('The Secretary and Foreign Minister', parties)).toEqual(['United States', 'Mongolia']);
    expect(actorsFor('Deputy Secretary Roe and the Prime Minister', parties)).toEqual(['United States', 'Mongolia']);
    // Whatever the counterpart's title: a president, a chancellor, a secretary general, a high representative.
    for (const subject of ['The Secretary and President', 'Secretary Roe and Secretary General Bat', 'The Deputy Secretary and the Vice Foreign Minister', 'The Secretary and the High Representative', 'The Deputy Secretary and her counterpart']) {
      expect(actorsFor(subject, parties)).toEqual(['United States', 'Mongolia']);
    }
    // Any title the titles lexicon knows: a chairperson, a king, a chief of staff, a national security advisor.
    for (const subject of ['Secretary Roe and Chairperson Bat', 'The Secretary and King Khan II', 'The Deputy Secretary and Chief of Staff', 'The Secretary and the National Security Advisor', 'Secretary Roe and State Secretary Bat']) {
      expect(actorsFor(subject, parties)).toEqual(['United States', 'Mongolia']);
    }
    // But for a title only a U.S. colleague holds beside the Secretary in a readout.
    for (const subject of ['Secretary Roe and Secretary Doe', 'President Doe and Secretary Roe', 'The Secretary and the Deputy Secretary', 'The Secretary and Under Secretary Doe']) {
      expect(actorsFor(subject, parties)).toEqual(['United States']);
    }
    // A sentence opening with "And" names one side, not two.
    expect(actorsFor('And President Roe', parties)).toEqual(['United States']);
  });
});
