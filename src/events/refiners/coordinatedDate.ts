/**
 * Coordinated predicates share the date the first one states: in "the military declared a state of emergency on
 * Monday and detained the president", the detention is Monday's too. A later conjunct with no date of its own
 * takes its first conjunct's (the tree's `conj` arc), a little less surely; one with its own date keeps it. The
 * first conjunct may be a light verb whose object is the trigger ("declared a state of emergency").
 */
import type { DocContext } from '../context.ts';
import type { Candidate, EventRefiner } from '../types.ts';

const CONFIDENCE = 0.9;

export const coordinatedDate: EventRefiner = {
  name: 'coordinated-date',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const byVerb = datedByPredicate(ctx, candidates);
    return candidates.map((c) => {
      if (c.date || c.nominal) return c;
      const first = firstConjunct(ctx, c);
      const dated = first === null ? undefined : byVerb.get(first);
      return dated?.date && dated !== c ? { ...c, date: { ...dated.date, confidence: dated.date.confidence * CONFIDENCE } } : c;
    });
  },
};

/**
 * Each dated candidate under the verb that is its predicate: the trigger's own tokens, and the verb governing a
 * noun trigger ("declared a state of emergency"). The first candidate wins a verb.
 */
function datedByPredicate(ctx: DocContext, candidates: Candidate[]): Map<number, Candidate> {
  const out = new Map<number, Candidate>();
  for (const d of candidates) {
    if (!d.date) continue;
    for (let i = d.tokenStart; i < d.tokenEnd; i++) {
      if (!out.has(i)) out.set(i, d);
      const head = ctx.view.head(i);
      if (head >= 0 && !out.has(head)) out.set(head, d);
    }
  }
  return out;
}

/** The head of the coordination the trigger's verb is a later conjunct of, or null. */
function firstConjunct(ctx: DocContext, c: Candidate): number | null {
  for (let i = c.tokenStart; i < c.tokenEnd; i++) {
    if (ctx.view.deprel(i) !== 'conj') continue;
    const head = ctx.view.head(i);
    if (head >= 0 && ctx.doc.tokens[head]!.pos === 'VERB') return head;
  }
  return null;
}
