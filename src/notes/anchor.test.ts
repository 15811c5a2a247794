import { describe, expect, it } from 'vitest';
import { anchor, CONTEXT_CHARS, describeSpan } from './anchor';

const TEXT =
  'The two sides agreed to meet again in 2027. Both sides welcomed the new air link.\n\n' +
  'In closing, the two sides agreed to meet again in 2027 in Ulaanbaatar, with the ministers present.';

function selectorsFor(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return describeSpan(text, at, at + quote.length);
}

describe('describeSpan', () => {
  it('keeps the quote, 32 characters of context each side, and the position', () => {
    const selectors = selectorsFor(TEXT, 'welcomed the new air link');
    expect(selectors.quote.exact).toBe('welcomed the new air link');
    expect(selectors.quote.prefix).toHaveLength(CONTEXT_CHARS);
    expect(TEXT.slice(selectors.position.start, selectors.position.end)).toBe('welcomed the new air link');
  });
});

describe('anchor', () => {
  it('finds the quote where it was', () => {
    const selectors = selectorsFor(TEXT, 'welcomed the new air link');
    expect(anchor(TEXT, selectors)).toEqual({ start: selectors.position.start, end: selectors.position.end, method: 'exact' });
  });

  it('tells repeats apart by their context, even after the text moved', () => {
    const second = selectorsFor(TEXT, 'the two sides agreed to meet again in 2027', 0);
    const moved = `A new opening paragraph was added here.\n\n${TEXT}`;
    const found = anchor(moved, second)!;
    expect(found.method).toBe('exact');
    expect(moved.slice(found.start - 12, found.start)).toBe('In closing, ');
  });

  it('falls back on the position when only the spacing changed', () => {
    const selectors = selectorsFor(TEXT, 'Both sides welcomed');
    const respaced = TEXT.replace('Both sides welcomed', 'Both  sides\nwelcomed').slice(0, TEXT.length + 2);
    // Same length up to the quote: the position still holds it.
    const found = anchor(respaced, { ...selectors, position: { ...selectors.position, end: selectors.position.end + 2 } })!;
    expect(found.method).toBe('position');
  });

  it('finds an edited quote approximately, with the surrounding text as a guide', () => {
    const selectors = selectorsFor(TEXT, 'in 2027 in Ulaanbaatar, with the ministers present');
    const edited = `${TEXT.replace('in 2027 in Ulaanbaatar, with the ministers present', 'in 2027 in Ulaanbaatar, with both ministers present')}`;
    const found = anchor(`Inserted sentence. ${edited}`, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect(`Inserted sentence. ${edited}`.slice(found.start, found.end)).toMatch(/^in 2027 in Ulaanbaatar, with both ministers present$/);
  });

  it('gives up on a passage that is gone or rewritten beyond a quarter', () => {
    const selectors = selectorsFor(TEXT, 'welcomed the new air link');
    expect(anchor(TEXT.replace('welcomed the new air link', 'discussed a rail corridor'), selectors)).toBeNull();
    expect(anchor('', selectors)).toBeNull();
  });
});
