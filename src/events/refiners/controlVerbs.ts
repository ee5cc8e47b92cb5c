/**
 * "Microsoft agreed to acquire Activision": the event is the acquisition; "agreed to" only tells its status
 * (a plan, set by the modality refiner). The control verb's own candidate is dropped.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const controlVerbs: EventRefiner = {
  name: 'control-verbs',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const starts = new Set(candidates.map((c) => c.tokenStart));
    return candidates.filter((c) => {
      if (c.nominal || !cues().controlVerbs.includes(ctx.lemma(c.tokenStart))) return true;
      return !(ctx.word(c.tokenEnd) === 'to' && starts.has(c.tokenEnd + 1));
    });
  },
};
