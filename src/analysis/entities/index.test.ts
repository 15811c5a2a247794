import { describe, expect, it } from 'vitest';
import { findEntities } from './index';
import { surfaceOf } from './keys';
import { found } from './test-helpers';

describe('findEntities contract', () => {
  const text = 'Office of the Spokesperson\n\nJoint Statement on the Ruritania-Borduria Trade Forum\n\nOn May 4, 2031, Minister Lea Hart said the Ruritania-Borduria Trade Forum will meet in Vienna.';
  const title = 'Joint Statement on the Ruritania-Borduria Trade Forum';
  const es = findEntities(text, { title });

  it('gives sorted, non-overlapping mentions whose text is their span\'s surface form', () => {
    for (const e of es) expect(surfaceOf(text.slice(e.start, e.end))).toBe(e.text);
    for (let i = 1; i < es.length; i++) expect(es[i]!.start).toBeGreaterThanOrEqual(es[i - 1]!.end);
    expect(new Set(es.map((e) => e.id)).size).toBe(es.length);
  });

  it('reads a repeated joint statement title as an instrument', () => {
    expect(es.map((e) => `${e.type}:${e.text}`)).toEqual([
      'organization:Office of the Spokesperson',
      'instrument:Joint Statement on the Ruritania-Borduria Trade Forum',
      'date:May 4, 2031',
      'person:Lea Hart',
      'organization:Ruritania-Borduria Trade Forum',
      'place:Vienna',
    ]);
  });

  it('reads the title with a no-break space as the same title', () => {
    const line = 'Office of the Spokesperson\n\nUnited States-Ruritania Joint Statement after the Talks\n\nThe sides met.';
    const spaced = findEntities(line, { title: 'United States-Ruritania Joint\u00a0Statement after the Talks' });
    expect(spaced.map((e) => `${e.type}:${e.text}`)).toContain('instrument:United States-Ruritania Joint Statement after the Talks');
  });

  it('ends a name at a sentence\'s end, though an initial or an abbreviation\'s period comes before the next "The"', () => {
    expect(found('We oppose all violence, including FGM/C. The Darkhan Strategy on Herders guides us.')).toEqual(['instrument:Darkhan Strategy on Herders']);
    expect(found('The grant came from the U.S. The Mongolian Government thanked us.')).toEqual(['country:U.S.', 'organization:Mongolian Government']);
  });

  it('reads no place in a greeting: "Nice to see you" names no city', () => {
    expect(found('SECRETARY ROE: Nice to see you. Nice to meet with you all in Darkhan.\n\nQUESTION: Thanks.')).toEqual(['person:ROE']);
  });

  it('returns nothing for empty text', () => {
    expect(findEntities('', { title: '' })).toEqual([]);
  });
});

describe('archive and mission pages', () => {
  const found = (text: string): string[] => findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`);

  it('ends a name at a heading’s verb', () => {
    expect(found('Secretary Welcomes Harbor Reform Agreement\n\nThe talks ended.')).toContain('instrument:Harbor Reform Agreement');
    expect(found('Ruritania Signs Harbor Reform Agreement\n\nThe talks ended.')).not.toContain('instrument:Ruritania Signs Harbor Reform Agreement');
  });

  it('ends a name at a title-case heading’s "Before" or "Their", as the archive titles its remarks', () => {
    expect(found('Remarks With Mongolian Foreign Minister Before Their Meeting\n\nThe talks ended.')).toEqual([]);
    expect(found('Remarks With Darkhan Mayor Bold After Their Meeting\n\nThe talks ended.').filter((e) => !e.startsWith('person:'))).toEqual([]);
  });

  it('reads no date in an archive’s release number', () => {
    expect(found('Washington, DC\nMarch 14, 2006\n\n2006/287\n\nThe talks ended.').filter((e) => e.startsWith('date:'))).toEqual(['date:March 14, 2006']);
    expect(found('The meeting will take place in winter 2026/2027.')).toContain('date:2026');
  });

  it('reads no person in a meeting’s procedure ("General Debate Item 4")', () => {
    expect(found('Human Rights Council 61st Session\nGeneral Debate Item 4\n\nThank you, Mr. President.').filter((e) => e.startsWith('person:'))).toEqual([]);
  });
});

describe('designated groups', () => {
  const found = (text: string): string[] => findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`);

  it('names groups the Department designates, with their acronyms, whatever words their names hold', () => {
    const text =
      'The designations cover Tren de Aragua (TdA), Carteles Unidos, Lashkar-e-Taiba and the Resistance Front (TRF). ' +
      "Al-Qa'ida in the Arabian Peninsula (AQAP) and Kata'ib Hizballah remain listed; AQAP is not a place.";
    const names = found(text);
    for (const name of ['Tren de Aragua', 'TdA', 'Carteles Unidos', 'Lashkar-e-Taiba', 'Resistance Front', 'TRF', "Al-Qa'ida in the Arabian Peninsula", 'AQAP', "Kata'ib Hizballah"]) {
      expect(names).toContain(`organization:${name}`);
    }
    expect(names.filter((e) => !e.startsWith('organization:'))).toEqual([]);
  });
});

describe('addresses', () => {
  it('finds a name its shape or a cue found once again where it recurs without them, never in an acronym\'s place', () => {
    const es = findEntities('They opened the Khaan Quest multinational peacekeeping exercise on Monday. Next year an expanded Khaan Quest will follow.', { title: '' });
    expect(es.map((e) => [e.type, e.text, e.key])).toEqual([
      ['organization', 'Khaan Quest', 'Khaan Quest'],
      ['organization', 'Khaan Quest', 'Khaan Quest'],
    ]);
    // A name that opens with a defined acronym leaves the acronym to be found alone.
    const acronymFirst = findEntities('The Energy Policy Coordination Council (EPCC) met. The EPCC Secretariat reported, and the EPCC agreed.', { title: '' });
    expect(acronymFirst.filter((e) => e.text === 'EPCC').map((e) => e.key)).toEqual(['Energy Policy Coordination Council', 'Energy Policy Coordination Council']);
  });

  it('reads the name listed next after a person\'s, or bracketed after it, as a person\'s, but not a known place nor a single word', () => {
    const names = (text: string): string[] => findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`);
    expect(names('Minister Vanna Kell, Drevak Ulmoss, and the Harbor Council met.')).toEqual([
      'person:Vanna Kell', 'person:Drevak Ulmoss', 'organization:Harbor Council',
    ]);
    expect(names('Minister Vanna Kell, Drevak Ulmoss, Pell Ardoq Surrin and Ixen Vo were designated.')).toEqual([
      'person:Vanna Kell', 'person:Drevak Ulmoss', 'person:Pell Ardoq Surrin', 'person:Ixen Vo',
    ]);
    expect(names('Minister Vanna Kell and Buenos Aires hosted it.')).toEqual(['person:Vanna Kell', 'place:Buenos Aires']);
    expect(names('Minister Vanna Kell and Drevak spoke.')).toEqual(['person:Vanna Kell']);
    // A comma alone before words that end the sentence or run on into a longer name: a caller's outlet, a body.
    expect(names('MR ROE: Minister Vanna Kell, Strelsau Daily.')).toEqual(['person:ROE', 'person:Vanna Kell']);
    expect(names('Minister Vanna Kell, Refugee Intake Center Director; and others.')).toEqual(['person:Vanna Kell']);
    expect(names('Minister Vanna Kell, Drevak Ulmoss – all colleagues.')).toEqual(['person:Vanna Kell', 'person:Drevak Ulmoss']);
    expect(names('MR ROE: Minister Vanna Kell – Strelsau Daily.')).toEqual(['person:ROE', 'person:Vanna Kell']);
    // Not a capital on the next line, nor a country in brackets after the name.
    expect(names('With Minister Vanna Kell, Drevak Ulmoss\nWelcome remarks follow.')).toEqual(['person:Vanna Kell', 'person:Drevak Ulmoss']);
    expect(names('Minister Vanna Kell, Drevak Ulmoss (Ruritania) and others.')).toContain('person:Drevak Ulmoss');
    // But words that define an acronym after the comma name a term, not a person.
    expect(names('Minister Vanna Kell, Drevak Ulmoss (DU) programs apply.')).toEqual(['person:Vanna Kell']);
    // The name as written in another script, in brackets after it.
    expect(names('Minister Vanna Kell (Ванна Келл) and the Harbor Council (HC) spoke.')).toEqual([
      'person:Vanna Kell', 'person:Ванна Келл', 'organization:Harbor Council', 'organization:HC',
    ]);
  });

  it('reads a body\'s acronym with the session or year written after it, not a ship\'s number', () => {
    const names = (text: string): string[] => findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`);
    expect(names('They met at COP 31 in Glasgow, at HRC 58 and on the NATO 2030 initiative.')).toEqual([
      'organization:COP 31', 'place:Glasgow', 'organization:HRC 58', 'organization:NATO 2030',
    ]);
    expect(names('The vessel, IMO 9183831, sailed.')).toEqual(['organization:IMO']);
    // Not a count, a day, a sum or a range after the acronym.
    expect(names('The UN 23 September 2031 meeting; the EU 27 member states; the UN 1,000 troops; NATO 2031-2032 plans.')).toEqual([
      'organization:UN', 'date:23 September 2031', 'organization:EU', 'organization:UN', 'organization:NATO', 'date:2031-2032',
    ]);
    expect(names('Funds came from the UN\n2031, and the UN 10,000 troops and the UN 1500 police stayed.')).toEqual([
      'organization:UN', 'date:2031', 'organization:UN', 'organization:UN',
    ]);
  });

  it('reads no name inside an e-mail address', () => {
    const text = 'The IAEA welcomed the report. For more information, contact IAEA-PA-Press@state.gov or the press office.';
    expect(findEntities(text, { title: '' }).map((e) => e.text)).toEqual(['IAEA']);
  });

  it('reads no name or date inside a web address', () => {
    const text = 'The IAEA report is at www.example.org/2031/05/Ruritania-Harbor-Safety-Agreement-May-2031.pdf and https://youtube.com/Ruritania.';
    expect(findEntities(text, { title: '' }).map((e) => e.text)).toEqual(['IAEA']);
    // The pass runs only over a text that may hold a mark: a mark in capitals is one too.
    const capitals = 'The IAEA report is at WWW.EXAMPLE.ORG/Ruritania-Harbor-Safety-Agreement.pdf for all.';
    expect(findEntities(capitals, { title: '' }).map((e) => e.text)).toEqual(['IAEA']);
  });
});

describe('administrations', () => {
  it('reads a president\'s administration as a body, its noun in either case', () => {
    const text = 'The Biden administration continued what the Trump Administration began.';
    expect(findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`)).toEqual(['organization:Biden administration', 'organization:Trump Administration']);
  });
});

describe('programs', () => {
  it('reads a listed program by its name with its noun in either case, as written', () => {
    const text = 'The Rewards for Justice program and the Rewards for Justice Program pay for tips.';
    expect(findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`)).toEqual(['organization:Rewards for Justice program', 'organization:Rewards for Justice Program']);
  });

  it('reads a program named in one word, EducationUSA, with no noun after it', () => {
    const text = 'The visit ended. EducationUSA advisers met students in Darkhan.';
    expect(findEntities(text, { title: '' }).map((e) => `${e.type}:${e.text}`)).toEqual(['organization:EducationUSA']);
  });

  it('reads programs and initiatives no head noun names: a partnership\'s name, an embassy\'s American Spaces', () => {
    const text = 'The G7 launched Build Back Better World (B3W) in 2021. Students met at the American Corner in Darkhan and at other American Spaces. Mission Innovation ministers met. Power Africa and Food for Peace funded the rest.';
    expect(findEntities(text, { title: '' }).filter((e) => e.type === 'organization').map((e) => e.text)).toEqual([
      'G7',
      'Build Back Better World',
      'B3W',
      'American Corner',
      'American Spaces',
      'Mission Innovation',
      'Power Africa',
      'Food for Peace',
    ]);
    // A program named after a place is no mention of the place.
    expect(findEntities(text, { title: '' }).map((e) => e.text)).not.toContain('Africa');
  });
});

describe('lexicon names as the pages write them', () => {
  it('reads a listed instrument its pages write in lower case, with the body that made it where the name holds it', () => {
    expect(found('Ministers urged Burma to honor ASEAN’s five-point consensus. They backed the ASEAN five-point consensus.')).toEqual([
      'country:Burma', 'organization:ASEAN', 'instrument:five-point consensus', 'instrument:ASEAN five-point consensus',
    ]);
  });

  it('reads the UN prefix as part of a listed instrument\'s name, in each of its forms', () => {
    expect(found('Ruritania backs the UN Sustainable Development Goals, the United Nations Sustainable Development Goals and the Sustainable Development Goals.')).toEqual([
      'instrument:UN Sustainable Development Goals', 'instrument:United Nations Sustainable Development Goals', 'instrument:Sustainable Development Goals',
    ]);
  });

  it('reads a regulation by its name and its acronym, and the 2030 Agenda with its UN prefix', () => {
    expect(found('Exports broke the International Traffic in Arms Regulations (ITAR). The United Nations 2030 Agenda for Sustainable Development guides us.')).toEqual([
      'instrument:International Traffic in Arms Regulations', 'instrument:ITAR', 'instrument:United Nations 2030 Agenda for Sustainable Development',
    ]);
  });

  it('reads both spellings of a listed instrument\'s long form, with or without a serial comma', () => {
    expect(found('Ruritania joined the Convention against Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment.')).toEqual([
      'instrument:Convention against Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment',
    ]);
  });

  it('reads "Middle East and North Africa" as the two regions it names, as the labelers read it, and knows MENA', () => {
    expect(found('Ministers from the Middle East and North Africa (MENA) met.')).toEqual(['place:Middle East', 'place:North Africa', 'place:MENA']);
  });

  it('reads a body\'s fact sheet as the body, a joint one as an instrument', () => {
    const es = found('For details see the Department of State Fact Sheet, the Ruritania-Borduria Joint Fact Sheet and the Treasury press release.');
    expect(es).toContain('organization:Department of State');
    expect(es).not.toContain('instrument:Department of State Fact Sheet');
    expect(es).toContain('instrument:Ruritania-Borduria Joint Fact Sheet');
  });

  it('reads the year that opens an annual report as the title\'s, not a plan\'s or a strategy\'s', () => {
    const es = found('The Secretary released the 2031 Harbor Safety Report and the 2030 Trafficking in Persons Report today, under the 2029 Harbor Safety Plan.');
    expect(es).toContain('instrument:2031 Harbor Safety Report');
    expect(es).toContain('instrument:2030 Trafficking in Persons Report');
    expect(es).toContain('date:2029');
    expect(es).not.toContain('date:2031');
  });

  it('names a numbered instrument without the acronym in parentheses its page writes before the number', () => {
    const text = 'They were designated under Executive Order (E.O.) 13224, and E.O. 13224 stays in force.';
    const es = findEntities(text, { title: '' });
    expect(es.map((e) => `${e.type}:${e.text}`)).toEqual(['instrument:Executive Order 13224', 'instrument:E.O. 13224']);
    // The span is still the whole name as the page writes it.
    expect(text.slice(es[0]!.start, es[0]!.end)).toBe('Executive Order (E.O.) 13224');
    // Spaced initials are the same acronym.
    expect(findEntities('It acts under Executive Order (E. O.) 14071 today.', { title: '' }).map((e) => e.text)).toEqual(['Executive Order 14071']);
  });

  it('reads the groups of friends of a country the lexicon lists as bodies, not the country', () => {
    expect(found('The Friends of Sudan met with the Friends of the Mekong.')).toEqual(['organization:Friends of Sudan', 'organization:Friends of the Mekong']);
  });

  it('reads the self-proclaimed republics in Ukraine\'s east as places, with their acronyms', () => {
    expect(found('the so-called Donetsk People’s Republic (DNR) and Luhansk People’s Republic (LNR)')).toEqual([
      'place:Donetsk People’s Republic', 'place:DNR', 'place:Luhansk People’s Republic', 'place:LNR',
    ]);
  });

  it('names no body for a country\'s military called by its demonym, but names the body by its own name', () => {
    expect(found('The Burmese military must end its violence, and the Tatmadaw must free them.')).toEqual(['organization:Tatmadaw']);
  });

  it('reads a named format, a named ban and NATO\'s flank, which no head noun names, as the pages capitalize them', () => {
    expect(found('The Normandy Format met on the Eastern Flank, and the Khashoggi Ban applies.')).toEqual([
      'organization:Normandy Format', 'place:Eastern Flank', 'instrument:Khashoggi Ban',
    ]);
  });

  it('reads a bare name by its given name, a short form or a Spanish one too', () => {
    expect(found('We thank Rob Darkhani and Enrique Zendaro for their work.')).toEqual(['person:Rob Darkhani', 'person:Enrique Zendaro']);
  });
});

describe('keys', () => {
  it('groups a lexicon name\'s forms under its name, though a head noun\'s shape reads the same words', () => {
    const es = findEntities('The State Department and the Department of State both cite the Nuclear Non-Proliferation Treaty.', { title: '' });
    expect(es.map((e) => [e.text, e.key])).toEqual([
      ['State Department', 'U.S. Department of State'],
      ['Department of State', 'U.S. Department of State'],
      ['Nuclear Non-Proliferation Treaty', 'Treaty on the Non-Proliferation of Nuclear Weapons'],
    ]);
  });

  it('groups a body or a document the page also names with a leading "U.S." under that longer name', () => {
    const embassy = findEntities('U.S. Embassy Ulaanbaatar hosted the fair, and Embassy Ulaanbaatar staff will return.', { title: '' });
    expect(embassy.map((e) => [e.text, e.key])).toEqual([
      ['U.S. Embassy Ulaanbaatar', 'U.S. Embassy Ulaanbaatar'],
      ['Embassy Ulaanbaatar', 'U.S. Embassy Ulaanbaatar'],
    ]);
    const strategy = findEntities('The Herders Resilience Strategy of the past gives way to the U.S. Herders Resilience Strategy.', { title: '' });
    expect(strategy.map((e) => e.key)).toEqual(['U.S. Herders Resilience Strategy', 'U.S. Herders Resilience Strategy']);
    // Without the longer form on the page, a name keys as written.
    expect(findEntities('Embassy Ulaanbaatar staff will return.', { title: '' }).map((e) => e.key)).toEqual(['Embassy Ulaanbaatar']);
  });
});
