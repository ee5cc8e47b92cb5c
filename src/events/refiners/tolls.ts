/**
 * "An earthquake killed 12 people and injured 300": the deaths and injuries are the toll of the earthquake,
 * which carries them as quantities; separate death mentions in the same clause are dropped.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const tolls: EventRefiner = {
  name: 'tolls',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const carriers = candidates.filter((c) => cues().tollFamilies.includes(family(c.type)) && c.status === 'occurred');
    return candidates.filter((c) => {
      if (c.type !== 'life.death') return true;
      const clause = ctx.clauseTokens(c.tokenStart);
      return !carriers.some((k) => k.sentence === c.sentence && ctx.clauseTokens(k.tokenStart).start === clause.start);
    });
  },
};
