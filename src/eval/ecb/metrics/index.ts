/** Coreference metrics over mention clusterings; CoNLL F1 is the mean of the MUC, B³ and CEAF-e F1. */
import { b3 } from './b3.ts';
import { ceafE } from './ceaf.ts';
import { muc } from './muc.ts';
import type { Clustering, Score } from './clustering.ts';

export { b3, ceafE, muc };
export { withoutSingletons, type Clustering, type Score } from './clustering.ts';
export { maxAssignment } from './assignment.ts';

export interface CorefScores {
  muc: Score;
  b3: Score;
  ceafE: Score;
  conll: number;
}

export function corefScores(key: Clustering, response: Clustering): CorefScores {
  const scores = { muc: muc(key, response), b3: b3(key, response), ceafE: ceafE(key, response) };
  return { ...scores, conll: (scores.muc.f1 + scores.b3.f1 + scores.ceafE.f1) / 3 };
}
