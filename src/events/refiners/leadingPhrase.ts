/**
 * "In a phone call, Biden warned Putin…", "During a 50-minute phone call, Biden and Putin traded warnings":
 * an event noun in a sentence-opening prepositional phrase takes its participants from the main clause
 * (its subject, then the object of its verb).
 */
import { candidatesIn, distinctIds, groups, preferPersons, rightGroup } from '../args.ts';
import type { DocContext } from '../context.ts';
import { eventType } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const leadingPhrase: EventRefiner = {
  name: 'leading-phrase',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => (c.nominal && c.actors.length === 0 && c.targets.length === 0 ? fill(ctx, c) : c));
  },
};

function fill(ctx: DocContext, c: Candidate): Candidate {
  const sentence = ctx.doc.sentences[c.sentence]!;
  const tokens = ctx.doc.tokens;
  if (tokens[sentence.tokenStart]!.pos !== 'ADP') return c;
  // Searched within the sentence only (a findIndex over the document was a scan per candidate).
  const comma = firstIndex(tokens, c.tokenEnd, sentence.tokenEnd, (t) => t.text === ',');
  if (comma < 0 || comma - c.tokenEnd > 8) return c;
  const main = { start: tokens[comma]!.end, end: sentence.end };
  const gs = groups(ctx, candidatesIn(ctx, main, c.trigger));
  const subject = gs[0];
  if (!subject || ctx.tokenAt(subject[0]!.start) - comma > 4) return c;
  const subjectEnd = subject[subject.length - 1]!.end;
  const verb = firstIndex(tokens, ctx.tokenAt(subjectEnd), sentence.tokenEnd, (t) => t.pos === 'VERB');
  const object = verb >= 0 ? rightGroup(ctx, gs, tokens[verb]!.end) : [];
  const actors = distinctIds(preferPersons(subject));
  const targets = distinctIds(preferPersons(object)).filter((id) => !actors.includes(id));
  if (actors.length === 0) return c;
  if (targets.length === 0 && actors.length > 1 && eventType(c.type)?.symmetric) return { ...c, actors: actors.slice(0, 1), targets: actors.slice(1) };
  return { ...c, actors, targets };
}

/** The first token index in [from, to) that passes `test`, or -1. */
function firstIndex<T>(tokens: readonly T[], from: number, to: number, test: (t: T) => boolean): number {
  for (let i = Math.max(0, from); i < to; i++) if (test(tokens[i]!)) return i;
  return -1;
}
