import { describe, expect, it } from 'vitest';
import { DocumentKeys, withDocumentKeys } from './document-keys';
import { analyze } from './analyze';
import { shiftAnalysis, windowsOf } from './windows';
import type { Entity, EntityType } from './types';

const entity = (type: EntityType, key: string): Pick<Entity, 'type' | 'key'> => ({ type, key });

describe('DocumentKeys', () => {
  it("keys a surname or a given name another window wrote in full under the full name", () => {
    const keys = new DocumentKeys();
    keys.learn([entity('person', 'Jane Roe'), entity('person', 'Batbold Darkhanov')]);
    expect(keys.keyOf(entity('person', 'Roe'))).toBe('Jane Roe');
    expect(keys.keyOf(entity('person', 'Jane'))).toBe('Jane Roe');
    expect(keys.keyOf(entity('person', 'Darkhanov'))).toBe('Batbold Darkhanov');
    expect(keys.keyOf(entity('person', 'Smith'))).toBe('Smith');
  });

  it('prefers the full name a word ends to one it only opens, and the first written among equals', () => {
    const keys = new DocumentKeys();
    keys.learn([entity('person', 'Roe Baatar'), entity('person', 'Jane Roe'), entity('person', 'Kim Roe')]);
    expect(keys.keyOf(entity('person', 'Roe'))).toBe('Jane Roe');
    expect(keys.keyOf(entity('person', 'Kim'))).toBe('Kim Roe');
  });

  it('keys a name of two words as a full name that ends in them or opens as it does, and no other', () => {
    const keys = new DocumentKeys();
    keys.learn([entity('person', 'Jean-Yves Le Drian'), entity('person', 'Jane Q. Roe')]);
    expect(keys.keyOf(entity('person', 'Le Drian'))).toBe('Jean-Yves Le Drian');
    expect(keys.keyOf(entity('person', 'Jane Roe'))).toBe('Jane Q. Roe');
    // Another person of the same surname stays apart.
    expect(keys.keyOf(entity('person', 'Kim Roe'))).toBe('Kim Roe');
  });

  it('answers from what it has learned so far: a later window can change an earlier answer', () => {
    const keys = new DocumentKeys();
    keys.learn([entity('person', 'Roe')]);
    expect(keys.keyOf(entity('person', 'Roe'))).toBe('Roe');
    keys.learn([entity('person', 'Jane Roe')]);
    expect(keys.keyOf(entity('person', 'Roe'))).toBe('Jane Roe');
  });

  it("reads a suffix as no name word: a later 'Biden' is the full name's", () => {
    const keys = new DocumentKeys();
    keys.learn([entity('person', 'Joseph R. Biden, Jr.')]);
    expect(keys.keyOf(entity('person', 'Biden'))).toBe('Joseph R. Biden, Jr.');
  });

  it("keys a body or a document under its name with 'U.S.' in front where the document writes that too", () => {
    const keys = new DocumentKeys();
    keys.learn([entity('organization', 'U.S. Embassy Ulaanbaatar'), entity('instrument', 'U.S.-Mongolia Air Transport Agreement')]);
    expect(keys.keyOf(entity('organization', 'Embassy Ulaanbaatar'))).toBe('U.S. Embassy Ulaanbaatar');
    expect(keys.keyOf(entity('organization', 'Embassy Darkhan'))).toBe('Embassy Darkhan');
    // A date or a person is never one.
    keys.learn([entity('date', 'U.S. may 5')]);
    expect(keys.keyOf(entity('date', 'may 5'))).toBe('may 5');
  });
});

describe('withDocumentKeys', () => {
  it('returns the entities whose key stands, and copies of the others under the document key', () => {
    const entities: Entity[] = [
      { id: 'e0', type: 'person', text: 'Jane Roe', start: 0, end: 8, key: 'Jane Roe' },
      { id: 'w1-e0', type: 'person', text: 'Roe', start: 100, end: 103, key: 'Roe' },
    ];
    const keyed = withDocumentKeys(entities);
    expect(keyed[0]).toBe(entities[0]);
    expect(keyed[1]).toEqual({ ...entities[1], key: 'Jane Roe' });
    expect(entities[1]!.key).toBe('Roe');
  });

  it('gives a text analyzed a window at a time the keys of the whole text', () => {
    const meta = { url: 'https://www.state.gov/briefings/department-press-briefing/', title: 'Department Press Briefing' };
    const turn = 'MR ROE: Thank you. The United States will continue to support Mongolia in Darkhan.';
    const text = ['Jane Roe, Department Spokesperson', ...Array.from({ length: 60 }, () => turn)].join('\n\n');
    const whole = analyze(text, meta).entities.map((e) => [e.start, e.key]);
    const windows = [...windowsOf(text, 1024)];
    expect(windows.length).toBeGreaterThan(3);
    const parts = windows.flatMap((w, i) => shiftAnalysis(analyze(w.text, meta), w, i).entities);
    // Apart, the later windows key the briefer by the label's surname alone.
    expect(parts.some((e) => e.key === 'Roe')).toBe(true);
    expect(withDocumentKeys(parts).map((e) => [e.start, e.key])).toEqual(whole);
  });
});
