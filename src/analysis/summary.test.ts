import { describe, expect, it } from 'vitest';
import { countEntities } from './entity-counts';
import { summarize } from './summary';
import { splitSentences } from './sentences';
import type { Commitment, Entity } from './types';

const entity = (key: string, text: string, start = 0): Entity => ({ id: key + start, type: 'country', key, text, start, end: start + text.length });

describe('countEntities', () => {
  it('groups mentions by key, keeps the longest form, most mentioned first', () => {
    expect(countEntities([entity('US', 'U.S.'), entity('MN', 'Mongolia'), entity('US', 'United States'), entity('US', 'U.S.')])).toEqual([
      { key: 'US', type: 'country', text: 'United States', mentions: 3 },
      { key: 'MN', type: 'country', text: 'Mongolia', mentions: 1 },
    ]);
  });
});

describe('summarize', () => {
  const text = [
    'Office of the Spokesperson',
    'The following is the text of a joint statement by the two governments on the dialogue.',
    'Senior officials of the two countries met in Ulaanbaatar for the eighth round of their strategic dialogue.',
    'They reviewed the history of the partnership and the many exchanges of the past year.',
    'The two sides agreed to hold the next round of the dialogue in Washington in 2027.',
    'They expressed support for a regional energy forum that would meet every other year.',
  ].join('\n\n');
  const sentences = splitSentences(text);
  const at = (needle: string, strength: Commitment['strength']): Commitment => {
    const start = text.indexOf(needle);
    return { id: needle, start, end: text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start), strength, trigger: '', actors: [], time: null, place: null, means: null };
  };
  const commitments = [at('The two sides agreed', 'firm'), at('They expressed support', 'support')];

  it('takes a speech\'s opening thanks, the first and any after it, for no lede', () => {
    const speech = [
      'Thank you, Madam President.',
      'And thank you, Special Representative Vell, for your briefing this morning.',
      'The situation in Darkhan demands the attention of every member of this Council.',
    ].join('\n\n');
    const summary = summarize(speech, splitSentences(speech), [], [], [], '');
    expect(summary.sentences.map(({ start, end }) => speech.slice(start, end))).toEqual([
      'The situation in Darkhan demands the attention of every member of this Council.',
    ]);
  });

  it('reads no sentence of a banner or a menu printed above the title\'s line; with no such line, the whole text', () => {
    const title = 'Joint Statement on the Strategic Dialogue';
    const banner = 'An official website of the United States government, as the lock icon shows you here.\n\nMenu\n\n';
    const page = banner + title + '\n\n' + text;
    const chosen = (summary: ReturnType<typeof summarize>) => summary.sentences.map(({ start, end }) => page.slice(start, end));
    const shifted = commitments.map((c) => ({ ...c, start: c.start + page.length - text.length, end: c.end + page.length - text.length }));
    expect(chosen(summarize(page, splitSentences(page), [], shifted, [], title))).toEqual([
      'Senior officials of the two countries met in Ulaanbaatar for the eighth round of their strategic dialogue.',
      'The two sides agreed to hold the next round of the dialogue in Washington in 2027.',
      'They expressed support for a regional energy forum that would meet every other year.',
    ]);
    expect(chosen(summarize(page, splitSentences(page), [], shifted, [], 'A Title No Line Opens With'))[0]).toBe(
      'An official website of the United States government, as the lock icon shows you here.',
    );
  });

  it('chooses the lede and the strongest commitments, in text order, never the framing', () => {
    const summary = summarize(text, sentences, ['United States', 'Mongolia'], commitments, [], '');
    expect(summary.sentences.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Senior officials of the two countries met in Ulaanbaatar for the eighth round of their strategic dialogue.',
      'The two sides agreed to hold the next round of the dialogue in Washington in 2027.',
      'They expressed support for a regional energy forum that would meet every other year.',
    ]);
    expect(summary.commitments).toEqual({ firm: 1, intent: 0, support: 1 });
    expect(summary.parties).toEqual(['United States', 'Mongolia']);
  });

  it('fills the summary with sentences that name things, never a transcript\'s greeting for a lede, and quotes them without the speaker\'s label', () => {
    const transcript = [
      'MS ROE: Well, good afternoon, everyone, and thank you all for coming out today.',
      'MS ROE: It has been a long week and I know many of you have traveled far to be here.',
      'MS ROE: Ruritania and Borduria closed the Zenda crossing after the floods in Strelsau last week.',
      'MS ROE:  We will keep working with both governments until the crossing opens again.',
      'MS ROE: Borduria has asked the Red Cross for tents and water for the families.',
    ].join('\n\n');
    const spoken = splitSentences(transcript);
    // A commitment spans its sentence, the speaker's label with it.
    const pledge: Commitment = { id: 'c0', start: spoken[3]!.start, end: spoken[3]!.end, strength: 'firm', trigger: 'will', actors: [], time: null, place: null, means: null };
    const named = ['Ruritania', 'Borduria', 'Zenda', 'Strelsau', 'Borduria has', 'Red Cross']
      .map((name) => entity(name, name.replace(' has', ''), transcript.indexOf(name)));
    const summary = summarize(transcript, spoken, ['United States'], [pledge], named, '');
    expect(summary.sentences.map(({ start, end }) => transcript.slice(start, end))).toEqual([
      'Ruritania and Borduria closed the Zenda crossing after the floods in Strelsau last week.',
      'We will keep working with both governments until the crossing opens again.',
      'Borduria has asked the Red Cross for tents and water for the families.',
    ]);
  });

  it('measures a spoken sentence by its words, not its speaker\'s label: a short answer stays too short', () => {
    const transcript = [
      'SECRETARY OF STATE ROE:  Oh, I have always been a fan of Zenda.',
      'SECRETARY OF STATE ROE:  Ruritania and Borduria closed the Zenda crossing after the floods in Strelsau.',
    ].join('\n\n');
    const spoken = splitSentences(transcript);
    const named = [entity('Zenda', 'Zenda', transcript.indexOf('Zenda'))];
    const summary = summarize(transcript, spoken, ['United States'], [], named, '');
    expect(summary.sentences.map(({ start, end }) => transcript.slice(start, end))).toEqual([
      'Ruritania and Borduria closed the Zenda crossing after the floods in Strelsau.',
    ]);
  });

  it('never lets a list of names outweigh a stronger commitment', () => {
    const countries = ['Aland', 'Borduria', 'Carpania', 'Drasnia', 'Elbonia', 'Florin', 'Genovia', 'Hyrkania', 'Ilvania', 'Jalvania', 'Krakozhia', 'Latveria'];
    const text = [
      'Senior officials met in Strelsau for the first round of the regional dialogue.',
      `They expressed support for ${countries.join(', ')} in their efforts.`,
      'The two sides intend to hold a second round of talks next spring.',
      'The two sides plan to open a joint office for the dialogue next year.',
    ].join('\n\n');
    const sentences = splitSentences(text);
    const at = (k: number, strength: Commitment['strength']): Commitment => ({ id: `c${k}`, start: sentences[k]!.start, end: sentences[k]!.end, strength, trigger: '', actors: [], time: null, place: null, means: null });
    const named = countries.map((name) => entity(name, name, text.indexOf(name)));
    const summary = summarize(text, sentences, [], [at(1, 'support'), at(2, 'intent'), at(3, 'intent')], named, '');
    expect(summary.sentences.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Senior officials met in Strelsau for the first round of the regional dialogue.',
      'The two sides intend to hold a second round of talks next spring.',
      'The two sides plan to open a joint office for the dialogue next year.',
    ]);
  });
});
