import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

describe('names by head noun', () => {
  it('finds dialogues, working groups and meetings with their country prefixes', () => {
    expect(found('They opened the second annual United States-Ruritania Energy Security Dialogue in Lisbon.')).toContain(
      'organization:United States-Ruritania Energy Security Dialogue',
    );
    expect(found('the Third Session of the U.S.-Ruritania Joint Working Group')).toContain('organization:U.S.-Ruritania Joint Working Group');
    // A preposition inside a hyphened compound is the name's own.
    expect(found('funds for the Elimination of End-of-Life Plastics Program')).toContain('organization:End-of-Life Plastics Program');
  });

  it('keeps a body opened by its head whole when its complement is a known body: an organ of that body', () => {
    expect(found('The Council of the International Maritime Organization met; the Assembly of the World Health Organization adjourned.')).toEqual([
      'organization:Council of the International Maritime Organization', 'organization:Assembly of the World Health Organization',
    ]);
  });

  it('finds well-known bodies and instruments the lexicon leaves to their head nouns', () => {
    const text =
      'The Abraham Accords and the Artemis Accords, like the Outer Space Treaty, the Global Methane Pledge and the Inter-American Democratic Charter, came up. ' +
      'Members of the European Parliament, the Arctic Council, the Australia Group and the Joint Staff met at the Shangri-La Dialogue.';
    const names = found(text);
    for (const name of ['Abraham Accords', 'Artemis Accords', 'Outer Space Treaty', 'Global Methane Pledge', 'Inter-American Democratic Charter']) expect(names).toContain(`instrument:${name}`);
    for (const name of ['European Parliament', 'Arctic Council', 'Australia Group', 'Joint Staff', 'Shangri-La Dialogue']) expect(names).toContain(`organization:${name}`);
    const more = found('Under the Paris Agreement, the USA PATRIOT Act and UN Security Council Resolution 1325, ships crossed the South China Sea and the Panama Canal.');
    for (const name of ['Paris Agreement', 'USA PATRIOT Act', 'UN Security Council Resolution 1325']) expect(more).toContain(`instrument:${name}`);
    for (const name of ['South China Sea', 'Panama Canal']) expect(more).toContain(`place:${name}`);
    const posts = found('The Wall Street Journal and the U.S. Mission to ASEAN reported from the Northern Mariana Islands, the U.S. Virgin Islands, the Lake Chad Basin, the Gulf of Guinea and the Gulf of Oman.');
    for (const name of ['Wall Street Journal', 'U.S. Mission to ASEAN']) expect(posts).toContain(`organization:${name}`);
    for (const name of ['Northern Mariana Islands', 'U.S. Virgin Islands', 'Lake Chad Basin', 'Gulf of Guinea', 'Gulf of Oman']) expect(posts).toContain(`place:${name}`);
    // A sea or an ocean by its head, so a part named by its direction is whole: "the Central Arctic Ocean", "the North Arabian Sea".
    expect(found('Fishing in the Central Arctic Ocean, the Arctic Ocean, the North Arabian Sea and the Arabian Sea is regulated.')).toEqual([
      'place:Central Arctic Ocean', 'place:Arctic Ocean', 'place:North Arabian Sea', 'place:Arabian Sea',
    ]);
  });

  it('reads two names joined by "and" as two, each to its own head', () => {
    expect(found('Ships sailed to Strelsau City and Zenda Harbor, under the Harbor Act and the Lacey Act.')).toEqual([
      'place:Strelsau City', 'place:Zenda Harbor', 'instrument:Harbor Act', 'instrument:Lacey Act',
    ]);
    expect(found('The Ruritanian Government and Borduria Authority met.')).toEqual(['organization:Ruritanian Government', 'organization:Borduria Authority']);
    // Heads of two kinds make one name: a body named for what it does.
    expect(found('The Harbor Defense Strategy and Consultation Group met.')).toEqual(['organization:Harbor Defense Strategy and Consultation Group']);
  });

  it('finds schools, academies, units and ambassadors\' funds, as embassy posts name them', () => {
    expect(found('Alumni of the Ruritanian Academy of Sciences, Strelsau Community College and the Zenda School of Journalism met the Harbor Crimes Unit.')).toEqual([
      'organization:Ruritanian Academy of Sciences',
      'organization:Strelsau Community College',
      'organization:Zenda School of Journalism',
      'organization:Harbor Crimes Unit',
    ]);
    // A museum is an institution, as the labelers read it, not a place.
    expect(found('Survivors spoke at the Strelsau Memorial Museum.')).toEqual(['organization:Strelsau Memorial Museum']);
    // A statute's section is no body.
    expect(found('They are designated under Section 7031(c).')).toEqual([]);
    expect(found('Grants from the Ambassador’s Fund for Cultural Preservation went to Strelsau.')).toContain('organization:Ambassador’s Fund for Cultural Preservation');
    // A university runs on to its campus.
    expect(found('Scholars from the University of Ruritania at Zenda Falls arrived.')).toEqual(['organization:University of Ruritania at Zenda Falls']);
    expect(found('Scholars arrived at Strelsau Airport.')).toEqual(['place:Strelsau Airport']);
    // An exchange program, its acronym linked.
    expect(found('Students of the Strelsau-Zenda Youth Exchange (SZYX) arrived.')).toEqual(['organization:Strelsau-Zenda Youth Exchange', 'organization:SZYX']);
  });

  it('leaves who backs, leads or hosts a body, or where it is based, out of its name', () => {
    expect(found('The Borduria-backed Strelsau Liberation Front attacked; the Zenda-based Harbor Research Institute reported it.')).toEqual([
      'organization:Strelsau Liberation Front', 'organization:Harbor Research Institute',
    ]);
    // A name that holds the participle is kept whole, as the labels have "EU-facilitated Dialogue".
    expect(found('The EU-facilitated Dialogue resumed.')).toEqual(['organization:EU-facilitated Dialogue']);
  });

  it('reads an instrument\'s head right after the acronym its long form defines as that name\'s, a body\'s apart', () => {
    expect(found('Under the Herders, Pastures, and Wells (HPW) Act of 2019, grazing is free.')).toEqual(['instrument:Herders, Pastures, and Wells (HPW) Act of 2019']);
    expect(found('It funds the Strelsau River Commission (SRC) Secretariat.')).toEqual(['organization:Strelsau River Commission', 'organization:SRC']);
  });

  it('takes a body\'s head with generic modifiers for a reference back, not a name, while an instrument\'s stays one', () => {
    expect(found('The Strategic Dialogue met, as did the High-Level Bilateral Consultations.')).toEqual([]);
    expect(found('The U.S.-Ruritania Strategic Dialogue met.')).toEqual(['organization:U.S.-Ruritania Strategic Dialogue']);
    expect(found('They discussed the Trilateral Framework.')).toEqual(['instrument:Trilateral Framework']);
    // A series of reports is named as one is.
    expect(found('The annual Harbor Safety Reports list the risks.')).toEqual(['instrument:Harbor Safety Reports']);
  });

  it('reads a body inside a title as the body alone, a demonym before it kept', () => {
    expect(found('Special Briefing\nSenior State Department Official\nVia Teleconference')).toContain('organization:State Department');
    expect(found('Special Briefing\nSenior State Department Official\nVia Teleconference')).not.toContain('organization:Senior State Department');
    expect(found('She spoke with French Foreign Ministry Secretary General Jean Roe.')).toContain('organization:French Foreign Ministry');
    // A body the lexicon lists generic keeps the demonym or country that opens its phrase.
    expect(found('a spokesperson of the Mongolian Ministry of Foreign Affairs said')).toEqual(['organization:Mongolian Ministry of Foreign Affairs']);
    expect(found('the Mongolia Ministry of Foreign Affairs said')).toEqual(['organization:Mongolia Ministry of Foreign Affairs']);
    // Not a demonym inside a longer run: the phrase would swallow what comes before it.
    expect(found('Special Representative for the DPRK Ambassador Jane Roe and Mongolian Ministry of Foreign Affairs Director General Ivo Brandt met.')).toContain('country:DPRK');
  });

  it('keeps the complement of a body and splits names joined by "and the"', () => {
    expect(found('the Ministry of Trade and Rural Development Affairs of Ruritania')).toContain(
      'organization:Ministry of Trade and Rural Development Affairs of Ruritania',
    );
    expect(found('with the Ruritania Coast Guard and the Borduria Border Police')).toEqual([
      'organization:Ruritania Coast Guard', 'organization:Borduria Border Police',
    ]);
    expect(found('Floods struck Nepal and Strelsau Province, and the Sahel and Lake Zenda.')).toEqual([
      'country:Nepal', 'place:Strelsau Province', 'place:Sahel', 'place:Lake Zenda',
    ]);
  });

  it('reads a region, basin, county or mosque by its head, and the country after a place apart', () => {
    expect(found('Raids hit the Zenda Region of Mongolia, the Selenge Basin, Harlan County and the Old Mosque.')).toEqual([
      'place:Zenda Region', 'country:Mongolia', 'place:Selenge Basin', 'place:Harlan County', 'place:Old Mosque',
    ]);
    // A place whose head comes first keeps its complement; so does a place of no country.
    expect(found('the Zenda Naval Base on the Gulf of Thailand and the Southern District of New York')).toEqual([
      'place:Gulf of Thailand', 'place:Southern District of New York',
    ]);
    // A lexicon region with its generic noun in lower case is the name alone.
    expect(found('the Great Lakes region')).toEqual(['place:Great Lakes']);
  });

  it('runs a name on through a year or a number after "of", not through a year after "the"', () => {
    expect(found('the Darkhan Act for 2022 and the Committee of 100')).toEqual(['instrument:Darkhan Act for 2022', 'organization:Committee of 100']);
    // A range of years after the head is the name's, and a name so ended still ends before "and" and another name of its kind.
    expect(found('under the Steppe Water Strategy 2025-2035 and Herders Nutrition Plan 2024–2030 alike')).toEqual([
      'instrument:Steppe Water Strategy 2025-2035', 'instrument:Herders Nutrition Plan 2024–2030',
    ]);
    expect(found('Mongolia won a seat on the UN Security Council for the 2027-2028 term.')).toEqual([
      'country:Mongolia', 'organization:UN Security Council', 'date:2027-2028',
    ]);
  });

  it('joins a name\'s parts across a tight hyphen, en dash, plus or slash', () => {
    expect(found('the United States–Mongolia Herders Act and the Mongolia-U.S. Steppe Dialogue')).toEqual([
      'instrument:United States–Mongolia Herders Act', 'organization:Mongolia-U.S. Steppe Dialogue',
    ]);
  });

  it('keeps an Arabic article hyphened to a name in lower case', () => {
    expect(found('Crowds gathered at the al-Zahra Mosque and on el-Nour Street.')).toEqual(['place:al-Zahra Mosque', 'place:el-Nour Street']);
  });

  it('reads an operation, or a company by its legal form written first, as a body', () => {
    expect(found('They ran Operation Steppe Shield. OOO Darkhan Trans was named, as was PJSC Selenge Bank.')).toEqual([
      'organization:Operation Steppe Shield', 'organization:OOO Darkhan Trans', 'organization:PJSC Selenge Bank',
    ]);
  });

  it('keeps a complement\'s field after "in", but not a known place, a month or a year there', () => {
    expect(found('They joined the Alliance for Harbors in Democracy and the Treaty on Mutual Assistance in Criminal Matters.')).toEqual([
      'organization:Alliance for Harbors in Democracy', 'instrument:Treaty on Mutual Assistance in Criminal Matters',
    ]);
    expect(found('the Summit of the Steppe in Ulaanbaatar, the Forum on Harbors in May and the Treaty of Peace and Friendship in 2031')).toEqual([
      'organization:Summit of the Steppe', 'place:Ulaanbaatar', 'organization:Forum on Harbors', 'date:May', 'instrument:Treaty of Peace and Friendship', 'date:2031',
    ]);
  });

  it('keeps a complement opened by "against"', () => {
    expect(found('the Global Network against Steppe Fires and the Coalition against Hunger')).toEqual([
      'organization:Global Network against Steppe Fires', 'organization:Coalition against Hunger',
    ]);
    // Not after a word in lower case: no head opens the phrase.
    expect(found("Russia's war against Ukraine")).toEqual(['country:Russia', 'country:Ukraine']);
  });

  it('runs a strategy, plan, initiative or call on through "to"', () => {
    expect(found('under the Ruritania Strategy to Prevent Floods and Promote Resilience, with the Global Seed Call to Action')).toEqual([
      'instrument:Ruritania Strategy to Prevent Floods and Promote Resilience', 'instrument:Global Seed Call to Action',
    ]);
    expect(found('Ruritania Launches Study Visits to Borduria')).not.toContain('organization:Ruritania Launches Study Visits to Borduria');
  });

  it('reads an Act\'s year as its name\'s, a treaty\'s as its date', () => {
    expect(found('They passed the Steppe Grazing Act of 2019.')).toEqual(['instrument:Steppe Grazing Act of 2019']);
    expect(found('They invoked the Darkhan Water Treaty of 1921 again.')).toEqual(['instrument:Darkhan Water Treaty', 'date:1921']);
  });

  it('keeps a list inside a name whole, and a list of names apart', () => {
    expect(found('They passed the Rivers, Forests, and Wetlands Act of 2019.')).toEqual(['instrument:Rivers, Forests, and Wetlands Act of 2019']);
    expect(found('the Delta Strategy to Predict, Prevent, and Respond to Floods')).toEqual(['instrument:Delta Strategy to Predict, Prevent, and Respond to Floods']);
    expect(found('the Borduria Forum on Mining, Metals and Sustainable Trade')).toEqual(['organization:Borduria Forum on Mining, Metals and Sustainable Trade']);
    // A complement's last item may open with "the", unless it ends in a head noun: a name of its own.
    expect(found('in the Office for Harbors, Rivers, and the Coast during 2031')).toEqual(['organization:Office for Harbors, Rivers, and the Coast', 'date:2031']);
    expect(found('the Academy of Law, Harbor Rights Compliance, and the Steppe Law Organization')).toContain('organization:Steppe Law Organization');
    // Names listed, not one name: known names, acronyms, items with their own head, two items.
    expect(found('Chile, Peru, and Ecuador Trade Council members met.')).toContain('country:Chile');
    expect(found('with RIVA, DELTA, and Harbor Research Institute')).toContain('organization:Harbor Research Institute');
    expect(found('with Kestrel Shipping LLC, Heron Freight LLC, and Plover Lines LLC')).toEqual([
      'organization:Kestrel Shipping LLC', 'organization:Heron Freight LLC', 'organization:Plover Lines LLC',
    ]);
    expect(found('thanks to Forests, and Wetlands Council')).toEqual(['organization:Wetlands Council']);
    expect(found('the Ruritania Ministry of Harbors, and Lantern House')).toContain('organization:Ruritania Ministry of Harbors');
  });

  it('keeps a post\'s city in its name, as the labeled data does: "U.S. Embassy in X", "U.S. Consulate General X"', () => {
    expect(found('Staff of the U.S. Embassy in Strelsau and the U.S. Consulate General in Darkhan met.')).toEqual([
      'organization:U.S. Embassy in Strelsau', 'organization:U.S. Consulate General in Darkhan',
    ]);
    // A post signs with its city, "in" or none: the city is the name's, no mention of its own.
    expect(found('By U.S. Embassy Ulaanbaatar | 5 February, 2026\nThe U.S. Consulate General Erbil thanked Embassy Vienna staff.')).toEqual([
      'organization:U.S. Embassy Ulaanbaatar', 'date:5 February, 2026', 'organization:U.S. Consulate General Erbil', 'organization:Embassy Vienna',
    ]);
    // "Our Embassy in X" names no post but where ours is, as the labelers read it: the city alone is named.
    expect(found('We moved our Embassy in Vienna and the Embassy in Kyiv to Lviv.')).toEqual(['place:Vienna', 'place:Kyiv', 'place:Lviv']);
    // A post's title is no body: "Deputy Chief of Mission in X", "Chief of Protocol of X".
    expect(found('She was Deputy Chief of Mission in Vienna and Chief of Protocol of Ruritania.')).toEqual(['place:Vienna']);
    // A mission is named for where it is sent: "U.S. Mission to X", "to the X".
    expect(found('The U.S. Mission to Ruritania and the Harbor Assistance Mission to Strelsau met.')).toEqual([
      'organization:U.S. Mission to Ruritania', 'organization:Harbor Assistance Mission to Strelsau',
    ]);
    expect(found('He spoke at the U.S. Mission to the Strelsau Republic.')).toEqual(['organization:U.S. Mission to the Strelsau Republic']);
  });

  it('reads "the Government of X" as the country X, but a government named otherwise as a body', () => {
    expect(found('The Government of Kenya, the Government of the United States of America and the Government of National Unity met.')).toEqual([
      'country:Kenya', 'country:United States of America', 'organization:Government of National Unity',
    ]);
  });

  it('reads a company by its legal form, a comma before it or an "of" inside, and ends it there', () => {
    expect(found('Blue Harbor Shipping, Co. Ltd. and Kestrel, Inc. were named.')).toEqual([
      'organization:Blue Harbor Shipping, Co. Ltd', 'organization:Kestrel, Inc',
    ]);
    expect(found('Acme Builders LLP is the architect, Nordic Federal, LLC of Dayton the builder.')).toEqual([
      'organization:Acme Builders LLP', 'organization:Nordic Federal, LLC',
    ]);
    expect(found('sanctions on Vostok Group of Companies LLC for the parts')).toEqual(['organization:Vostok Group of Companies LLC']);
    expect(found('She met the Ruritan World League and the Confederation of Borduria Industry.')).toEqual([
      'organization:Ruritan World League', 'organization:Confederation of Borduria Industry',
    ]);
    // A state's abbreviation after a comma is no legal form.
    expect(found('the University of Denver, CO campus')).toContain('organization:University of Denver');
  });

  it('runs a name on through a number after "of" or a year, not through a count', () => {
    expect(found('He served the Ruritania Border Service for 25 years with the Committee of 300.')).toEqual([
      'organization:Ruritania Border Service', 'organization:Committee of 300',
    ]);
  });

  it('keeps an acronym\'s plus inside a name: "LGBTQI+ Persons"', () => {
    expect(found('The Memorandum on the Rights of LGBTQI+ Persons Around the World was issued.')).toEqual([
      'instrument:Memorandum on the Rights of LGBTQI+ Persons Around the World',
    ]);
  });

  it('ends a name before a weekday: "on Thursday" is when, not part of it', () => {
    expect(found('Delegates gathered for the Ruritania Donors Conference on Thursday.')).toEqual(['organization:Ruritania Donors Conference']);
  });

  it('takes no head noun hyphenated into a compound: "Co-Chairs"', () => {
    expect(found('The Ruritania Contact Group Co-Chairs met. The Working Group Co-Chair spoke.')).toEqual(['organization:Ruritania Contact Group']);
  });

  it('finds instruments, numbered ones and a statement title running through "to"', () => {
    expect(found('under the Ruritania Fisheries Agreement and Executive Order 14999')).toEqual([
      'instrument:Ruritania Fisheries Agreement', 'instrument:Executive Order 14999',
    ]);
    // The prefix's acronym in parentheses between it and the number, as sanctions releases write it (named without it).
    expect(found('pursuant to Executive Order (E.O.) 14998, as amended, and E.O. 14997')).toEqual([
      'instrument:Executive Order 14998', 'instrument:E.O. 14997',
    ]);
    // A public law numbered by its Congress, then its own number; a hyphen after an order's number is not one.
    expect(found('as Public Law 131-207 requires, not the Executive Order 14996-based rules')).toEqual([
      'instrument:Public Law 131-207', 'instrument:Executive Order 14996',
    ]);
    expect(found('the Joint Statement on Shared Steps to Restore the Delta Accord')).toEqual([
      'instrument:Joint Statement on Shared Steps to Restore the Delta Accord',
    ]);
  });

  it('finds places by head noun, prefix, or a following country', () => {
    expect(found('Flights to Velmor International Airport and Fort Halden resumed in Pabrovo, Lithuania.')).toEqual([
      'place:Velmor International Airport', 'place:Fort Halden', 'place:Pabrovo', 'country:Lithuania',
    ]);
    // The second of two places joined by "and" before their area: "Rome and Matera, Italy".
    expect(found('She will travel to Vilnius and Pabrovo, Lithuania.')).toEqual(['place:Vilnius', 'place:Pabrovo', 'country:Lithuania']);
    // A venue: remarks name the hotel they are given in.
    expect(found('Remarks at the Grand Strelsau Hotel.')).toEqual(['place:Grand Strelsau Hotel']);
    expect(found('Remarks at the Hotel Zenda Palace.')).toEqual(['place:Hotel Zenda Palace']);
    expect(found('The president received them at Tarlenka Palace.')).toEqual(['place:Tarlenka Palace']);
    // A room a briefing is given in, a street an embassy stands on.
    expect(found('They spoke in the Strelsau Press Briefing Room. The embassy is on Harbor Street.')).toEqual(['place:Strelsau Press Briefing Room', 'place:Harbor Street']);
  });

  it('starts a name after a headline\'s verb', () => {
    expect(found('Velmor and Halden Sign Fisheries Cooperation Agreement\n\nThe text.')).toContain('instrument:Fisheries Cooperation Agreement');
  });

  it('takes a place head used as an adjective for no place', () => {
    expect(found('Leaders of Velmor Island countries met near Halden Island.')).toEqual(['place:Halden Island']);
  });

  it('skips generic references, categories and genre labels', () => {
    expect(found('This Dialogue built on a Memorandum of Understanding.')).toEqual([]);
    // "Joint" before a listed head keeps it generic: the heads list no "Joint Statement" of their own.
    expect(found('The Joint Statement was released with a Joint Declaration.')).toEqual([]);
    expect(found('It was named a Foreign Terrorist Organization.\n\nPress Statement')).toEqual([]);
    // A category keeps its abbreviation and stays a category.
    expect(found('It was named a Transnational Criminal Organization (TCO) and each TCO is listed.')).toEqual([]);
    expect(found('The Ruritania Joint Working Group (RJWG) met; the RJWG agreed.')).toEqual([
      'organization:Ruritania Joint Working Group', 'organization:RJWG', 'organization:RJWG',
    ]);
  });
});

describe('lexicon names', () => {
  it('maps variants to the canonical key and matches acronyms exactly', () => {
    const text = 'The U.S. and the ROK met; us too.';
    expect(found(text)).toEqual(['country:U.S.', 'country:ROK']);
  });

  it('reads a U.S. state after a city, and the country elsewhere', () => {
    expect(found('in Savannah, Georgia and in Georgia')).toEqual(['place:Savannah', 'place:Georgia', 'country:Georgia']);
  });

  it('reads an unlisted town before ", State" as a place, as before ", Country"', () => {
    expect(found('The architect is a firm of Velmorton, Illinois.')).toEqual(['place:Velmorton', 'place:Illinois']);
  });
});

describe('named documents and listed portfolios', () => {
  it('finds trusts, games, fairs, journals, hospitals, institutions, observatories, teams, panels and caucuses by their head nouns', () => {
    const names = found(
      'The Ruritania Demining Trust, the Strelsau Summer Olympic Games, the Darkhan International Trade Fair and the Strelsau ' +
        'Business Journal met at Saint Vell Children’s Hospital, with the Osterby Institution, the Harbor Weather Observatory, ' +
        'the Joint Inquiry Team, the Panel of Experts and the Ruritanian Freedom Caucus.',
    );
    for (const name of [
      'Ruritania Demining Trust', 'Strelsau Summer Olympic Games', 'Darkhan International Trade Fair', 'Strelsau Business Journal',
      'Saint Vell Children’s Hospital', 'Osterby Institution', 'Harbor Weather Observatory', 'Joint Inquiry Team', 'Panel of Experts',
      'Ruritanian Freedom Caucus',
    ]) expect(names).toContain(`organization:${name}`);
  });

  it('names a body with no head noun by the acronym its capitals spell, but not a category one is designated as', () => {
    expect(found('The Ruritanian Vaccine Purchasing Window (RVPW) bought doses; RVPW will share them.')).toEqual([
      'organization:Ruritanian Vaccine Purchasing Window', 'organization:RVPW', 'organization:RVPW',
    ]);
    expect(found('The Harbor Data Works (HDW) met.')).toEqual(['organization:Harbor Data Works', 'organization:HDW']);
    expect(found('He was designated as a Specially Designated Global Terrorist (SDGT) today.')).toEqual([]);
    expect(found('The Harbor Data Works met.')).toEqual([]);
    expect(found('Costs rose in Budget Year (BY) terms.')).toEqual([]);
  });

  it('names "a Memorandum of Understanding on ..." and its acronym', () => {
    expect(found('They signed a Memorandum of Understanding on Rare Earth Processing Cooperation (MOU). The MOU takes effect.')).toEqual([
      'instrument:Memorandum of Understanding on Rare Earth Processing Cooperation', 'instrument:MOU', 'instrument:MOU',
    ]);
  });

  it("keeps a ministry's comma-listed portfolio whole but splits off another party", () => {
    expect(found('We worked with the Ministry of Water, Forestry and Rural Development.')).toEqual([
      'organization:Ministry of Water, Forestry and Rural Development',
    ]);
    expect(found("Aid flows through the National Relief Agency and Chile's Office of Emergencies.")).toEqual([
      'organization:National Relief Agency', 'country:Chile', 'organization:Office of Emergencies',
    ]);
  });

  it("names the Department's office after the Department apart, other bodies' offices whole", () => {
    expect(found('Write to the State Department Office of Harbor Relations or the United Nations Office for Harbor Services.')).toEqual([
      'organization:State Department', 'organization:Office of Harbor Relations', 'organization:United Nations Office for Harbor Services',
    ]);
  });

  it("keeps the possessive of the leaders and ministers who meet in a name, not the President's who convenes it", () => {
    expect(found('The Foreign Ministers’ Meeting endorsed the President’s Harbor Strategy and the President’s Leaders’ Summit on Tides.')).toEqual([
      'organization:Foreign Ministers’ Meeting', 'instrument:Harbor Strategy', 'organization:Leaders’ Summit on Tides',
    ]);
    // A lexicon's name that opens with it keeps it.
    expect(found('under the President’s Emergency Plan for AIDS Relief')).toEqual(['organization:President’s Emergency Plan for AIDS Relief']);
  });
});
