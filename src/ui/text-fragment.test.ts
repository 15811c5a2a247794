import { describe, expect, it } from 'vitest';
import { urlAtQuote } from './text-fragment';

describe('urlAtQuote', () => {
  it('links to a short quote whole, and to a long one by its first and last words', () => {
    expect(urlAtQuote('https://www.state.gov/x/#top', 'agreed to meet')).toBe('https://www.state.gov/x/#:~:text=agreed%20to%20meet');
    expect(urlAtQuote('https://www.state.gov/x/', 'the two sides agreed to meet again in Ulaanbaatar, in 2027 - with all')).toBe(
      'https://www.state.gov/x/#:~:text=the%20two%20sides%20agreed,2027%20%2D%20with%20all',
    );
  });
});
