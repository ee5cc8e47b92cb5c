/**
 * "Movila declared a state of emergency", "the ministry announced a curfew": a verb of announcing whose object
 * is an event noun states that event, not a separate statement. The statement is dropped and the event noun
 * takes its date and participants, so that the date nearest the verb is not lost with it.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

/** How far after the verb the event noun may stand ("declared three days of national mourning"). */
const MAX_TOKENS_AFTER = 6;

export const announced: EventRefiner = {
  name: 'announced',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const dropped = new Set<Candidate>();
    for (const verb of candidates) {
      if (verb.nominal || family(verb.type) !== 'statement' || !cues().announcingVerbs.includes(ctx.lemma(verb.tokenStart))) continue;
      const noun = candidates.find((n) => n.nominal && !n.anaphor && family(n.type) !== 'statement' && n.sentence === verb.sentence
        && n.tokenStart >= verb.tokenEnd && n.tokenStart - verb.tokenEnd <= MAX_TOKENS_AFTER && !clauseBreakBetween(ctx, verb.tokenEnd, n.tokenStart));
      if (!noun) continue;
      dropped.add(verb);
      noun.date ??= verb.date;
      if (noun.actors.length === 0) noun.actors = verb.actors;
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};

function clauseBreakBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^[,;:]$/.test(ctx.word(i)) || ctx.doc.tokens[i]!.pos === 'VERB') return true;
  return false;
}
