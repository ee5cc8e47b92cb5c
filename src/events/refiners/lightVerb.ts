/**
 * "The board launched an investigation", "police opened an inquiry", "the envoys held talks": a hollow light
 * verb whose object is an event noun only brings that event about; the noun is the event, and the verb is not
 * one of its own (no product "launch"). Its subject still reaches the noun (tree-args reads the light verb's
 * subject for it). Verbs that act themselves stay: a court that "ordered the seizure" ruled. The list:
 * `hollowLightVerbs` in data/events/cues.json.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const lightVerb: EventRefiner = {
  name: 'light-verb',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const light = new Set(cues().hollowLightVerbs);
    // Tokens of event-noun triggers, so each light verb asks once per object (no scan of the candidates).
    const nounTokens = new Set<number>();
    for (const c of candidates) if (c.nominal) for (let i = c.tokenStart; i < c.tokenEnd; i++) nounTokens.add(i);
    return candidates.filter((c) => {
      if (c.nominal || c.tokenEnd - c.tokenStart !== 1 || !light.has(ctx.lemma(c.tokenStart))) return true;
      return !ctx.view.dependents(c.tokenStart, 'obj').some((o) => nounTokens.has(o));
    });
  },
};
