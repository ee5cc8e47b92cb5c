/**
 * "Biden warned Putin in a telephone conversation", "On December 7, Biden threatened Putin in a video link":
 * a speech act and the contact it was made in are one occasion. They share date and participants both ways.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const coOccurrence: EventRefiner = {
  name: 'co-occurrence',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const out = candidates.map((c) => ({ ...c }));
    for (const contact of out) {
      if (family(contact.type) !== 'contact' || !introducedAsSetting(ctx, contact)) continue;
      const act = out.find((o) => o !== contact && o.sentence === contact.sentence && sameClause(o, contact) && family(o.type) === 'statement');
      if (!act) continue;
      contact.date ??= act.date;
      act.date ??= contact.date;
      if (contact.actors.length + contact.targets.length === 0) {
        contact.actors = act.actors;
        contact.targets = act.targets;
      }
    }
    return out;
  },
};

/** "in a …", "during the …", "over the …": the contact is the setting of the clause's act. */
function introducedAsSetting(ctx: DocContext, c: Candidate): boolean {
  for (let i = c.tokenStart - 1; i >= c.tokenStart - 4 && i >= 0; i--) {
    if (cues().coOccurrence.includes(ctx.word(i))) return true;
    if (!['DET', 'ADJ', 'NUM', 'PUNCT', 'NOUN', 'PRON'].includes(ctx.doc.tokens[i]!.pos) || ctx.word(i) === ',') return false;
  }
  return false;
}

function sameClause(a: Candidate, b: Candidate): boolean {
  return a.clause.start === b.clause.start || a.sentence === b.sentence;
}
