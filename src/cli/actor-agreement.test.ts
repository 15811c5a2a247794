import { describe, expect, it } from 'vitest';
import { actorAgreement } from './actor-agreement';

describe('actorAgreement', () => {
  const gold = [
    { start: 0, end: 100, commitment: 'firm', actors: ['United States', 'Mongolia'] },
    { start: 100, end: 200, commitment: 'intent', actors: ['Mongolia'] },
    { start: 200, end: 300, commitment: null },
    { start: 300, end: 400, commitment: 'support', actors: ['United States'] },
  ];

  it('counts the paired commitment sentences whose actors are the gold\'s, order aside', () => {
    const predicted = [
      { start: 0, end: 100, actors: ['Mongolia', 'United States'] },
      { start: 110, end: 200, actors: ['United States'] },
      { start: 200, end: 300, actors: ['Mongolia'] },
    ];
    // The fourth gold sentence has no prediction: it is not paired, and a prediction on a non-commitment counts nowhere.
    expect(actorAgreement(gold, predicted)).toEqual({ exact: 1, paired: 2 });
  });

  it('pairs a sentence only with a span that overlaps 40% of it or of the span', () => {
    const one = [{ start: 0, end: 100, commitment: 'firm', actors: ['United States'] }];
    expect(actorAgreement(one, [{ start: 70, end: 270, actors: ['United States'] }])).toEqual({ exact: 0, paired: 0 });
    expect(actorAgreement(one, [{ start: 60, end: 270, actors: ['United States'] }])).toEqual({ exact: 1, paired: 1 });
    expect(actorAgreement(one, [{ start: 0, end: 30, actors: ['United States'] }])).toEqual({ exact: 1, paired: 1 });
  });

  it('takes repeated actors for no other set', () => {
    expect(actorAgreement(gold, [{ start: 0, end: 100, actors: ['Mongolia', 'Mongolia'] }])).toEqual({ exact: 0, paired: 1 });
  });
});
