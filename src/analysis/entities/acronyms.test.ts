import { describe, expect, it } from 'vitest';
import { findEntities } from './index';

describe('acronyms', () => {
  it('gives a defined acronym the long form type and key, wherever it recurs', () => {
    const es = findEntities('The Ruritania Water Dialogue (RWD) met. The RWD will meet again.', { title: '' });
    expect(es.map((e) => [e.type, e.text, e.key])).toEqual([
      ['organization', 'Ruritania Water Dialogue', 'Ruritania Water Dialogue'],
      ['organization', 'RWD', 'Ruritania Water Dialogue'],
      ['organization', 'RWD', 'Ruritania Water Dialogue'],
    ]);
  });

  it('accepts a generic-looking name that its acronym spells, and refuses a mismatch', () => {
    expect(findEntities('They held the Joint Steering Group (JSG) in Oslo.', { title: '' }).map((e) => e.text)).toEqual(['Joint Steering Group', 'JSG', 'Oslo']);
    expect(findEntities('The Water Board, Norway (WBN) met.', { title: '' }).map((e) => e.text)).not.toContain('WBN');
  });
});
