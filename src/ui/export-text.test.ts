import { describe, expect, it } from 'vitest';
import type { PageDigest } from '../analysis/digest';
import type { StatementInfo } from '../analysis/types';
import { citationOf, escapeMarkdown, longDate, markdownOf } from './export-text';

const statement: StatementInfo = {
  isStatement: true,
  type: 'Joint Statement',
  date: '2026-01-14',
  office: 'Office of the Spokesperson',
  location: 'Washington, D.C.',
  title: 'Joint Statement on the [United States]-Mongolia *Strategic* Dialogue',
};
const URL = 'https://www.state.gov/releases/office-of-the-spokesperson/2026/01/joint-statement/';
const digest: PageDigest = {
  parties: ['United States', 'Mongolia'],
  summary: ['The two sides met in Ulaanbaatar.'],
  commitments: [
    { id: 'c0', strength: 'firm', text: 'The two sides agreed to meet in 2027.', actors: ['United States', 'Mongolia'], trigger: 'agreed to', time: 'in 2027', place: null, means: null },
    { id: 'c1', strength: 'support', text: 'Mongolia welcomed <b>the</b> plan.', actors: ['Mongolia'], trigger: 'welcomed', time: null, place: null, means: null },
    { id: 'c3', strength: 'firm', text: 'The two sides will fund herders.', actors: [], trigger: 'will', time: 'by 2028', place: 'Darkhan', means: 'the [Herders] Fund' },
    { id: 'c2', strength: 'intent', text: 'The United States intends to fund [links](http://x).', actors: [], trigger: 'intends to', time: null, place: null, means: null },
  ],
  entities: [
    { key: 'mongolia', type: 'country', text: 'Mongolia', mentions: 4, ids: ['e1'] },
    { key: 'altanbagana', type: 'person', text: 'Altanbagana', mentions: 1, ids: ['e2'] },
  ],
  omitted: { commitments: 0, entities: 0 },
};

describe('markdownOf', () => {
  const markdown = markdownOf(statement, URL, digest);

  it('holds the title, type, date, URL, every commitment with strength, actors, time, place and means, and the entities', () => {
    expect(markdown).toContain('# Joint Statement on the \\[United States\\]-Mongolia \\*Strategic\\* Dialogue');
    expect(markdown).toContain('Joint Statement · January 14, 2026 · Office of the Spokesperson · Washington, D.C.');
    expect(markdown).toContain(`<${URL}>`);
    expect(markdown).toContain('- **Firm** — United States, Mongolia (when: in 2027): The two sides agreed to meet in 2027.');
    expect(markdown).toContain('- **Firm** (when: by 2028; where: Darkhan; through: the \\[Herders\\] Fund): The two sides will fund herders.');
    expect(markdown).toContain('### Intent (1)');
    expect(markdown).toContain('- **Support** — Mongolia: Mongolia welcomed \\<b\\>the\\</b\\> plan.');
    expect(markdown).toContain('- **Countries:** Mongolia (4)');
    expect(markdown).toContain('- **People:** Altanbagana (1)');
    for (const c of digest.commitments) expect(markdown).toContain(`**${c.strength[0]!.toUpperCase()}${c.strength.slice(1)}**`);
  });

  it('never lets page text make a link or markup', () => {
    expect(markdown).not.toMatch(/[^\\]\[links\]/);
    expect(markdown).toContain('\\[links\\]\\(http://x\\)');
  });
});

describe('citationOf', () => {
  it('names title, type, office, the Department and the date, then the URL', () => {
    expect(citationOf({ ...statement, title: 'Readout of a Call.' }, URL)).toBe(
      `“Readout of a Call.” Joint Statement, Office of the Spokesperson, U.S. Department of State, January 14, 2026. ${URL}`,
    );
    expect(citationOf({ ...statement, office: null, date: null, type: null }, URL)).toMatch(/” Statement, U\.S\. Department of State\. https/);
  });
});

describe('longDate and escapeMarkdown', () => {
  it('write dates out and keep what they cannot read', () => {
    expect(longDate('2026-03-05')).toBe('March 5, 2026');
    expect(longDate('2026-03')).toBe('March 2026');
    expect(longDate('2026-13-01')).toBe('2026-13-01');
    expect(longDate(null)).toBeNull();
  });

  it('escapes what would start a list, a heading or a quote', () => {
    expect(escapeMarkdown('# one\n- two\n> three\n1. four')).toBe('\\# one\n\\- two\n\\> three\n\\1. four');
  });
});
