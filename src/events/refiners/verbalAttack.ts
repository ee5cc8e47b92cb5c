/**
 * "Biden attacked Putin's record", "the minister attacked the plan": a verb that can attack in words (a
 * verb.communication sense in WordNet, as attack.v.02 "attack in speech or writing") whose object is an idea,
 * a statement or an act (the noun's first sense in one of `verbalObjectClasses`, data/events/cues.json) is
 * criticism, not violence: the event is an accusation. Objects that are people, places, groups or things keep
 * the attack ("attacked the village", "attacked the convoy").
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { synsets } from '../../language/wordnet/index.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const verbalAttack: EventRefiner = {
  name: 'verbal-attack',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => (c.type === 'conflict.attack' && !c.nominal && inWords(ctx, c) ? { ...c, type: 'statement.accuse' } : c));
  },
};

function inWords(ctx: DocContext, c: Candidate): boolean {
  const verb = c.tokenStart;
  if (!synsets(ctx.lemma(verb), 'v').some((s) => s.lexname === 'verb.communication')) return false;
  const object = ctx.view.dependents(verb, 'obj')[0];
  if (object === undefined) return false;
  const first = synsets(ctx.lemma(object), 'n')[0];
  return first !== undefined && cues().verbalObjectClasses.includes(first.lexname);
}
