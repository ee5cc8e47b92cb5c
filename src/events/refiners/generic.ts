/**
 * A dated sentence in the past tense that reports something no trigger of the lexicon caught still states an
 * event: a "generic" one, triggered by its main verb (the first verb that is not a reporting or auxiliary verb).
 */
import { newCandidate } from '../candidate.ts';
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { Candidate, EventRefiner } from '../types.ts';
import { isCalendarDate } from './dates.ts';

export const generic: EventRefiner = {
  name: 'generic',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const taken = new Set(candidates.map((c) => c.sentence));
    const added = ctx.doc.sentences.filter((s) => !taken.has(s.index) && s.tense === 'past' && ctx.timesIn(s).some(isCalendarDate)).flatMap((s) => {
      const verb = mainVerb(ctx, s.tokenStart, s.tokenEnd);
      return verb >= 0 && !ctx.quoted(ctx.doc.tokens[verb]!.start) ? [newCandidate(ctx, { start: verb, end: verb + 1, type: 'generic', parser: 'generic', nominal: false, medium: null })] : [];
    });
    return [...candidates, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
  },
};

function mainVerb(ctx: DocContext, start: number, end: number): number {
  const skip = new Set([...cues().reportingVerbs, 'be', 'have', 'do']);
  for (let i = start; i < end; i++) {
    if (ctx.doc.tokens[i]!.pos === 'VERB' && !skip.has(ctx.lemma(i))) return i;
  }
  return -1;
}
