import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits a possessive and keeps inner apostrophes', () => {
    expect(tokenize('Ruritania’s al-Qa’ida').map((t) => t.text)).toEqual(['Ruritania', '’s', 'al', '-', 'Qa’ida']);
  });

  it('records case, offsets, spaces and line starts', () => {
    const [a, b, c] = tokenize('ROK  talks\nNext');
    expect(a).toMatchObject({ text: 'ROK', start: 0, end: 3, cap: true, upper: true, nl: true });
    expect(b).toMatchObject({ low: 'talks', cap: false, sp: true, nl: false });
    expect(c).toMatchObject({ text: 'Next', nl: true });
  });

  it('splits two words glued by a lost line break, not camel-case names', () => {
    expect(tokenize('PresidentOffice McKeeby ByteDance').map((t) => t.text)).toEqual(['President', 'Office', 'McKeeby', 'ByteDance']);
  });
});
