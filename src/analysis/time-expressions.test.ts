import { describe, expect, it } from 'vitest';
import { findMeans, findPlace, findTime } from './time-expressions';
import type { Entity } from './types';

describe('findTime', () => {
  it.each([
    ['They will hold the next round in Ulaanbaatar in 2027.', 'in 2027'],
    ['The ministry will finish the review by the end of the year.', 'by the end of the year'],
    ['Both sides plan to expand exchanges in the coming year.', 'in the coming year'],
    ['The parties intend to sign by March 2026 at the latest.', 'by March 2026'],
    ['We will report back next month.', 'next month'],
    ['The fund opens within 90 days of signature.', 'within 90 days'],
    ['They agreed to meet again in the next two months.', 'in the next two months'],
    ['The ministers will meet again in October in Darkhan.', 'in October'],
    ['The program resumes in early September.', 'in early September'],
    ['The two sides will meet in Darkhan in the first half of 2027.', 'in the first half of 2027'],
    ['The survey ends by the second half of 2028 at the latest.', 'by the second half of 2028'],
    ['Mongolia will open the consulate in the spring of 2027.', 'in the spring of 2027'],
    ['The ministry plans to fund the road in fiscal year 2027.', 'in fiscal year 2027'],
    ['The Embassy will award the grants in FY2026 and FY 2027.', 'in FY2026'],
    ['We intend to return to Darkhan in the near future.', 'in the near future'],
    ['The sides will settle the border in the near term.', 'in the near term'],
  ])('finds the time in %s', (sentence, time) => expect(findTime(sentence, sentence.toLowerCase())).toBe(time));

  it('finds none where no time is given', () => {
    const sentence = 'The two sides agreed to deepen cooperation.';
    expect(findTime(sentence, sentence.toLowerCase())).toBeNull();
    // A time's possessive names an event, not when the commitment falls due; a later time still counts.
    const meeting = 'The governments will build a shared vision around the theme for this year’s meeting.';
    expect(findTime(meeting, meeting.toLowerCase().replace(/’/g, "'"))).toBeNull();
    const later = 'The sides will take up this week’s proposals next month.';
    expect(findTime(later, later.toLowerCase().replace(/’/g, "'"))).toBe('next month');
  });

  it('takes the first at or after the trigger, else the one before it', () => {
    const sentence = 'This year we gave $3 million, and we will give more in the coming months.';
    expect(findTime(sentence, sentence.toLowerCase(), sentence.indexOf('will'))).toBe('in the coming months');
    const before = 'By 2030, they will act.';
    expect(findTime(before, before.toLowerCase(), before.indexOf('will'))).toBe('By 2030');
    const labeled = 'SECRETARY ROE: By 2030, we will act.';
    expect(findTime(labeled, labeled.toLowerCase(), labeled.indexOf('will'))).toBe('By 2030');
  });

  it('takes no time before the trigger from inside the sentence: that is another event\'s', () => {
    const sentence = 'The sides met in Darkhan on May 20 and committed to deepen trade.';
    expect(findTime(sentence, sentence.toLowerCase(), sentence.indexOf('committed'))).toBeNull();
    const earlier = 'Earlier this year, the Minister reaffirmed his commitment to the talks.';
    expect(findTime(earlier, earlier.toLowerCase(), earlier.indexOf('reaffirmed'))).toBeNull();
  });

  it('takes no time that opens the sentence when its clause tells the past up to the trigger', () => {
    for (const [sentence, trigger] of [
      ['In March, the Governor of Darkhan called for new grazing rules.', 'called'],
      ['In 2019, the ministry rolled out a plan, and we will build on it.', 'will'],
      ['On May 26, the two ministers met in Darkhan to reaffirm their ties.', 'reaffirm'],
      ['In 2018, the Minister said the road will open.', 'will'],
    ] as const) {
      expect(findTime(sentence, sentence.toLowerCase(), sentence.indexOf(trigger))).toBeNull();
    }
    // A name's capitals are no verb, nor is a past participle inside the trigger's words.
    const named = 'In July, the United States will host the talks.';
    expect(findTime(named, named.toLowerCase(), named.indexOf('will'))).toBe('In July');
    const shared = 'Next week, the ministers will further our shared commitment to the talks.';
    expect(findTime(shared, shared.toLowerCase(), shared.indexOf('our shared'))).toBe('Next week');
  });

  it('takes no time of a past event named after the trigger: an announcement, a launch, what has been done since', () => {
    for (const sentence of [
      'We support the Harbor Initiative, which was announced in May, to clean the port.',
      'We have given $5 million since the floods in February began, and we will give more.',
      'We will keep building the network, as we did in 2019 with the first port.',
    ]) {
      expect(findTime(sentence, sentence.toLowerCase(), sentence.search(/support|will/))).toBeNull();
    }
    const later = 'We support the fund launched in 2019 and will double it by 2030.';
    expect(findTime(later, later.toLowerCase(), later.indexOf('support'))).toBe('by 2030');
  });

  it('takes the earliest of several', () => {
    const sentence = 'By 2030, and again in the coming years, they will act.';
    expect(findTime(sentence, sentence.toLowerCase())).toBe('By 2030');
  });
});

describe('findMeans', () => {
  it.each([
    ['They will cooperate through the Gobi Security Working Group on border issues.', 'Gobi Security Working Group'],
    ['Aid will flow through the World Food Programme and local partners.', 'World Food Programme'],
    ['The grant is administered through USAID.', 'USAID'],
    ['They will meet through the U.S.', 'U.S.'],
    ['They will coordinate through the Office of the Special Envoy for Water and Climate.', 'Office of the Special Envoy for Water and Climate'],
    ['The ministers will coordinate through the 3+1 on energy.', '3+1'],
    ['They will open an office through the Darkhan Trade Initiative in 2027.', 'Darkhan Trade Initiative'],
  ])('finds the mechanism in %s', (sentence, means) => expect(findMeans(sentence, [])).toBe(means));

  it('finds none without a named mechanism', () => {
    expect(findMeans('They will work through the night.', [])).toBeNull();
    expect(findMeans('They agreed to cooperate.', [])).toBeNull();
    // A year after "through" is a time, and so is a weekday.
    expect(findMeans('The Embassy will support the herders through 2027.', [])).toBeNull();
    expect(findMeans('The Darkhan trade fair will run through Friday.', [])).toBeNull();
    // A possessive owns the mechanism that follows it ("through Mongolia's efforts"): the owner is not the mechanism.
    expect(findMeans('They will connect the grids, including through Mongolia’s efforts to link Darkhan.', [])).toBeNull();
  });

  /** An entity of the sentence, as the entity rules give it (offsets play no part here). */
  const entity = (text: string, type: Entity['type']): Entity => ({ id: 'e0', type, text, start: 0, end: 0, key: text });

  it('reads a place, a country, a person or a date the entities found as no mechanism', () => {
    const route = 'Mongolia will ship its coal through the Caspian Sea.';
    expect(findMeans(route, [entity('Mongolia', 'country'), entity('Caspian Sea', 'place')])).toBeNull();
    expect(findMeans('Power will flow through Kazakhstan.', [entity('Kazakhstan', 'country')])).toBeNull();
    expect(findMeans('They will coordinate through Ambassador Roe.', [entity('Ambassador Roe', 'person')])).toBeNull();
    expect(findMeans('The program will run through March.', [entity('March', 'date')])).toBeNull();
  });

  it('takes the noun a name qualifies as the mechanism, though the name alone is a place', () => {
    expect(findMeans('Talks will resume through the Ulaanbaatar process.', [entity('Ulaanbaatar', 'place')])).toBe('Ulaanbaatar process');
    expect(findMeans('They will cooperate through the 3+1 mechanism with Mongolia.', [entity('Mongolia', 'country')])).toBe('3+1 mechanism');
    expect(findMeans('Aid will flow through Gobi-led programs.', [])).toBe('Gobi-led programs');
    // A noun that opens with a connecting word's letters is the noun, not the connecting word: "initiative" is no "in".
    expect(findMeans('They will reform the Alliance through the Gobi 2030 initiative, making it stronger.', [])).toBe('Gobi 2030 initiative');
    // Any other word after the name is not the mechanism's.
    expect(findMeans('Coal will move through the Caspian Sea by rail.', [entity('Caspian Sea', 'place')])).toBeNull();
  });

  it('keeps a body or an instrument the entities found', () => {
    expect(findMeans('They will coordinate through the Darkhan Council.', [entity('Darkhan Council', 'organization')])).toBe('Darkhan Council');
    expect(findMeans('They will trade through the Gobi Accord.', [entity('Gobi Accord', 'instrument')])).toBe('Gobi Accord');
    // A place named inside a body's name is the body's.
    expect(findMeans('They will coordinate through the Darkhan Council.', [entity('Darkhan', 'place'), entity('Darkhan Council', 'organization')])).toBe('Darkhan Council');
  });
});

describe('findPlace', () => {
  /** The sentence's places, with their offsets in it. */
  const places = (text: string, ...names: string[]): Entity[] =>
    names.map((name, k) => ({ id: `e${k}`, type: 'place', text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, key: name }));
  /** findPlace after the trigger `trigger`. */
  const placeAfter = (text: string, trigger: string, ...names: string[]): string | null => findPlace(text, places(text, ...names), text.indexOf(trigger));

  it.each([
    ['The two sides will meet in Darkhan in 2027.', 'will', ['Darkhan'], 'Darkhan'],
    ['We will promote stability across the Gobi and in Darkhan.', 'will', ['Gobi', 'Darkhan'], 'Gobi'],
    ['Mongolia intends to hold the forum at Kharkhorum.', 'intends', ['Kharkhorum'], 'Kharkhorum'],
    ['We will expand trade throughout the Altai region.', 'will', ['Altai'], 'Altai'],
    ['We remain committed to peace around the Gobi.', 'committed', ['Gobi'], 'Gobi'],
    // A place named before the trigger is its subject's, or where it was said: not where the commitment is done.
    ['In Darkhan, the ministers agreed to open a consulate in Erdenet.', 'agreed', ['Darkhan', 'Erdenet'], 'Erdenet'],
  ])('%s', (text, trigger, names, expected) => {
    expect(placeAfter(text, trigger, ...names)).toBe(expected);
  });

  it.each([
    ['what it is done to', 'We called on Darkhan to release the herders.', 'called', 'Darkhan'],
    ['what it is about', 'We are committed to the denuclearization of the Gobi Peninsula.', 'committed', 'Gobi Peninsula'],
    ['whom it is for', 'The United States will provide support for Darkhan.', 'will', 'Darkhan'],
    ['whose it is', 'We welcome the Gobi’s commitment to open markets.', 'welcome', 'Gobi'],
  ])('names no place for %s', (_, text, trigger, name) => {
    expect(placeAfter(text, trigger, name)).toBeNull();
  });
});
