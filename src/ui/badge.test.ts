import { describe, expect, it } from 'vitest';
import type { PageReport } from '../messaging/messages';
import { badgeFor } from './badge';

const base: PageReport = {
  status: 'annotated',
  url: 'https://www.state.gov/x/',
  adapter: 'state-gov',
  statement: { isStatement: true, type: 'Joint Statement', date: null, office: null, location: null, title: 't' },
  counts: { commitments: 4, entities: 1 },
};

describe('badgeFor', () => {
  it('counts the commitments of an annotated page', () => {
    expect(badgeFor(base)).toMatchObject({ text: '4', title: 'Diplomatic Lens: Joint Statement, 4 commitments, 1 entity' });
  });
  it('caps the count at three digits and hides zero', () => {
    expect(badgeFor({ ...base, counts: { commitments: 1500, entities: 0 } }).text).toBe('999');
    expect(badgeFor({ ...base, counts: { commitments: 0, entities: 0 } }).text).toBe('');
  });
  it('flags errors and stays quiet on other pages', () => {
    expect(badgeFor({ ...base, status: 'error', error: 'boom' })).toMatchObject({ text: '!', title: expect.stringContaining('boom') });
    expect(badgeFor({ ...base, status: 'not-statement' }).text).toBe('');
  });
});
