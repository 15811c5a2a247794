import { describe, expect, it } from 'vitest';
import { findEntities } from './index';

describe('findEntities contract', () => {
  const text = 'Office of the Spokesperson\n\nJoint Statement on the Ruritania-Borduria Trade Forum\n\nOn May 4, 2031, Minister Lea Hart said the Ruritania-Borduria Trade Forum will meet in Vienna.';
  const title = 'Joint Statement on the Ruritania-Borduria Trade Forum';
  const es = findEntities(text, { title });

  it('gives sorted, non-overlapping mentions whose text matches the offsets', () => {
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
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

  it('returns nothing for empty text', () => {
    expect(findEntities('', { title: '' })).toEqual([]);
  });
});
