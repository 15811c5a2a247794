import { describe, expect, it } from 'vitest';
import { compareCommitments, wordingLikeness, type LibraryCommitment } from './compare';
import { dueDate } from './due';

const c = (text: string, strength: LibraryCommitment['strength'], actors = ['United States', 'Mongolia'], time: string | null = null): LibraryCommitment => ({ text, strength, actors, time });

describe('compareCommitments', () => {
  it('sorts the new round’s commitments into new, repeated, strengthened, and the last round’s into dropped', () => {
    const previous = [
      c('The two sides agreed to expand cooperation on peacekeeping training.', 'firm'),
      c('The two sides intend to convene the Critical Minerals Working Group in 2026.', 'intent'),
      c('Both sides expressed support for English-language education programs.', 'support'),
    ];
    const current = [
      c('The two sides agreed to further expand their cooperation on peacekeeping training.', 'firm'),
      c('The two sides agreed to convene the Critical Minerals Working Group in Ulaanbaatar in 2027.', 'firm'),
      c('The United States will provide $2 million for wildfire preparedness.', 'firm', ['United States']),
    ];
    const result = compareCommitments(previous, current);
    expect(result.repeated.map((pair) => pair.current.text)).toEqual([current[0]!.text]);
    expect(result.strengthChanged).toEqual([{ previous: previous[1], current: current[1] }]);
    expect(result.added).toEqual([current[2]]);
    expect(result.dropped).toEqual([previous[2]]);
  });

  it('does not pair the same words said by other actors', () => {
    const result = compareCommitments([c('Mongolia will host the exercise.', 'firm', ['Mongolia'])], [c('Kazakhstan will host the exercise.', 'firm', ['Kazakhstan'])]);
    expect(result.repeated).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect(result.dropped).toHaveLength(1);
  });

  it('measures wording on content words', () => {
    expect(wordingLikeness('will expand cooperation on energy', 'agreed to expand energy cooperation')).toBe(1);
    expect(wordingLikeness('will host the exercise', 'condemned the attack')).toBe(0);
  });
});

describe('dueDate', () => {
  it.each([
    ['in 2025', '2024-03-01', '2025-12-31'],
    ['by March 2026', '2025-06-01', '2026-03-31'],
    ['by the end of the year', '2025-06-01', '2025-12-31'],
    ['next year', '2025-06-01', '2026-12-31'],
    ['in the coming year', '2025-06-15', '2026-06-15'],
    ['in the coming months', '2025-06-15', '2025-12-15'],
    ['within 90 days', '2025-01-10', '2025-04-10'],
    ['in the first half of 2026', '2025-06-01', '2026-06-30'],
    ['in early 2026', null, '2026-04-30'],
  ])('%s (statement of %s) is due %s', (time, date, due) => {
    expect(dueDate(time, date)).toBe(due);
  });

  it('is null for a relative time without the statement’s date, or no time at all', () => {
    expect(dueDate('next year', null)).toBeNull();
    expect(dueDate('soon', '2025-01-01')).toBeNull();
  });
});
