// Who commits is part of every commitment the analyzer reports, but the
// corpus scorer (score.mjs) does not score it. This measures it the same
// way the scorer pairs commitments: on the gold commitment sentences a
// predicted commitment overlaps by at least 40% (of the sentence or of the
// span), the share whose actors are exactly the gold's, order aside.

export interface GoldSentence {
  start: number;
  end: number;
  commitment: string | null;
  actors?: readonly string[];
}

export interface PredictedCommitment {
  start: number;
  end: number;
  actors: readonly string[];
}

/** As score.mjs pairs a sentence with a span. */
const OVERLAP = 0.4;

export interface ActorAgreement {
  exact: number;
  paired: number;
}

/** Actor agreement over one document; sum the counts over documents. */
export function actorAgreement(gold: readonly GoldSentence[], predicted: readonly PredictedCommitment[]): ActorAgreement {
  let exact = 0;
  let paired = 0;
  for (const sentence of gold) {
    if (!sentence.commitment) continue;
    const match = bestOverlap(sentence, predicted);
    if (!match) continue;
    paired++;
    if (sameSet(match.actors, sentence.actors ?? [])) exact++;
  }
  return { exact, paired };
}

function bestOverlap(sentence: GoldSentence, predicted: readonly PredictedCommitment[]): PredictedCommitment | null {
  let best: PredictedCommitment | null = null;
  let bestOverlap = 0;
  for (const c of predicted) {
    const overlap = Math.max(0, Math.min(c.end, sentence.end) - Math.max(c.start, sentence.start));
    if (overlap > bestOverlap && (overlap >= OVERLAP * (sentence.end - sentence.start) || overlap >= OVERLAP * (c.end - c.start))) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** The same names, order aside (a name twice is not the same as once). */
const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join('\n') === [...b].sort().join('\n');
