// A file of its own: vitest gives each test file a fresh module graph, so
// the indexes start unbuilt here.
import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';
import { prepareStep } from './prepare';

describe('prepareStep', () => {
  it('builds the indexes a slice at a time, then reports them built', () => {
    let steps = 0;
    while (!prepareStep()) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(prepareStep()).toBe(true);
    expect(findEntities('Talks in Ulaanbaatar.', { title: '' }).map((e) => e.text)).toEqual(['Ulaanbaatar']);
  });
});
