/**
 * One trigger per word: when triggers overlap, the longer one (a phrase: "phone call", "call on") wins over
 * the words inside it, and of two equally long ones the first proposed wins.
 */
import type { Candidate, EventRefiner } from '../types.ts';

export const overlap: EventRefiner = {
  name: 'overlap',
  refine(candidates: Candidate[]): Candidate[] {
    const bySize = [...candidates].sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart));
    const kept: Candidate[] = [];
    for (const c of bySize) {
      if (!kept.some((k) => c.tokenStart < k.tokenEnd && k.tokenStart < c.tokenEnd)) kept.push(c);
    }
    return kept.sort((a, b) => a.tokenStart - b.tokenStart);
  },
};
