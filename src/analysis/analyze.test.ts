import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

const URL = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/04/a-call/';

describe('analyze', () => {
  it('reads no-break and other Unicode spaces as plain ones, offsets kept', () => {
    const written = (space: string): { text: string; title: string } => ({
      title: `Secretary Roe’s Call${space}with Ruritanian Foreign Minister Soto`,
      text: [
        'Office of the Spokesperson',
        `The two sides committed${space}to open a direct air route by the end of${space}the year.`,
        `Both${space}delegations will cooperate through${space}the Harbor Security Working Group.`,
        `The Secretary will${space}deliver remarks at the forum.`,
        `SECRETARY${space}ROE: We will${space}open a consulate in Darkhan.`,
        'QUESTION: Will you open a second one?',
      ].join('\n\n'),
    });
    const plain = written(' ');
    const expected = analyze(plain.text, { url: URL, title: plain.title });
    // What the plain text gives, so the comparisons below are of something.
    expect(expected.statement.type).toBe('Readout');
    expect(expected.commitments.map((c) => [c.trigger, c.time, c.means])).toEqual([
      ['committed to', 'by the end of the year', null],
      ['will', null, 'Harbor Security Working Group'],
      ['will', null, null],
    ]);
    for (const space of ['\u00a0', '\u2009', '\u202f', '\u3000']) {
      const page = written(space);
      expect(analyze(page.text, { url: URL, title: page.title })).toEqual(expected);
    }
  });

  it('names a body a commitment works through, never a route the entity rules read as a place or a country', () => {
    const text = [
      'Office of the Spokesperson',
      'Mongolia and Kazakhstan will ship grain through the Caspian Sea.',
      'The two countries will coordinate through the Central Asia Grain Council.',
      'They will route power through Kazakhstan.',
    ].join('\n\n');
    const { commitments } = analyze(text, { url: URL, title: 'Joint Statement on Grain' });
    expect(commitments.map((c) => c.means)).toEqual([null, 'Central Asia Grain Council', null]);
  });

  it('summarizes from the title\'s line on, past a banner the text holds above it', () => {
    const title = 'Secretary Roe’s Call with Mongolian Foreign Minister Tsend';
    const text = `Official websites use .gov, and a .gov website belongs to an official government organization.\n\n${title}\n\nSecretary Roe spoke today with Foreign Minister Tsend about herders in Darkhan and Selenge provinces.`;
    const { summary } = analyze(text, { url: URL, title: ` ${title} ` });
    expect(summary.sentences.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Secretary Roe spoke today with Foreign Minister Tsend about herders in Darkhan and Selenge provinces.',
    ]);
  });

  it('reads "we" in remarks of two sides together as both sides, in other remarks as the United States', () => {
    const text = 'Remarks\n\nSECRETARY ROE: Thank you all.\n\nFOREIGN MINISTER HART: We will work together to open the new border crossing.';
    const actorsFor = (title: string): string[][] =>
      analyze(text, { url: 'https://www.state.gov/remarks/', title }).commitments.map((c) => c.actors);
    expect(actorsFor('Secretary Roe and Slovenian Foreign Minister Hart at a Joint Press Availability')).toEqual([['United States', 'Slovenia']]);
    expect(actorsFor('Secretary Roe and Slovenian Foreign Minister Hart Before Their Meeting')).toEqual([['United States', 'Slovenia']]);
    expect(actorsFor('Secretary Roe With Kiri Blauw of Slovenian Television')).toEqual([['United States']]);
  });
});
