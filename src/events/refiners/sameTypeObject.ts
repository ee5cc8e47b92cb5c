/**
 * "The Union pledged 20 million euros in emergency aid on Sunday", "the company filed for protection under
 * bankruptcy law": a verb trigger and a noun trigger of the same type in one clause, the noun inside the verb's
 * object, state one event. The noun is dropped before dates are given out, so that the date nearest the noun
 * is not lost with it. A definite noun ("the aid") may re-mention an earlier event and is left alone.
 */
import type { DocContext } from '../context.ts';
import type { Candidate, EventRefiner } from '../types.ts';

/** How far after the verb the noun may stand ("pledged 20 million euros in emergency aid"). */
const MAX_TOKENS_AFTER = 8;

export const sameTypeObject: EventRefiner = {
  name: 'same-type-object',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const dropped = new Set<Candidate>();
    for (const noun of candidates) {
      if (!noun.nominal || noun.anaphor) continue;
      const verb = candidates.find((v) => !v.nominal && !dropped.has(v) && v.type === noun.type && sameClause(ctx, v, noun)
        && noun.tokenStart >= v.tokenEnd && noun.tokenStart - v.tokenEnd <= MAX_TOKENS_AFTER && compatibleParties(v, noun));
      if (!verb) continue;
      dropped.add(noun);
      verb.date ??= noun.date;
      verb.durationMinutes ??= noun.durationMinutes;
      verb.location ??= noun.location;
      // "pledged … aid for Norland": the noun's own target is the event's target.
      for (const id of noun.targets) if (!verb.actors.includes(id) && !verb.targets.includes(id)) verb.targets.push(id);
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};

function sameClause(ctx: DocContext, a: Candidate, b: Candidate): boolean {
  return a.sentence === b.sentence && ctx.clauseTokens(a.tokenStart).start === ctx.clauseTokens(b.tokenStart).start;
}

/** The noun brings no actor the verb does not have (its targets only complete the verb's). */
function compatibleParties(verb: Candidate, noun: Candidate): boolean {
  const own = new Set([...verb.actors, ...verb.targets]);
  return noun.actors.every((id) => own.has(id));
}
