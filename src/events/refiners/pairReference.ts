/**
 * "the two leaders", "both presidents", "the leaders' meeting": a plural reference to a pair takes the two
 * persons mentioned together in this sentence, or else in one of the two sentences before.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { EntityMention } from '../../model.ts';
import { candidatesIn } from '../args.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const pairReference: EventRefiner = {
  name: 'pair-reference',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => {
      if (c.actors.length + c.targets.length >= 2) return c;
      const persons = refersToPair(ctx, c, cues().pairNouns);
      if (!persons && !refersToPair(ctx, c, cues().groupPairNouns)) return c;
      const pair = findPair(ctx, c, persons ? (m) => m.type === 'person' : (m) => m.type !== 'person');
      return pair ? { ...c, actors: [pair[0].id], targets: [pair[1].id] } : c;
    });
  },
};

function refersToPair(ctx: DocContext, c: Candidate, nouns: string[]): boolean {
  const { start, end } = ctx.clauseTokens(c.tokenStart);
  for (let i = start; i < end; i++) {
    const plural = /s$/.test(ctx.word(i)) || ctx.word(i) === 'men';
    if (!plural || !nouns.some((n) => ctx.is(i, n))) continue;
    if (cues().pairDeterminers.some((d) => endsBefore(ctx, i, d))) return true;
  }
  return false;
}

function endsBefore(ctx: DocContext, i: number, phrase: string): boolean {
  const words = phrase.split(' ');
  return words.every((w, k) => ctx.word(i - words.length + k) === w);
}

/** The first two distinct referents of the kind, in the sentence or else the closest earlier one that has two. */
function findPair(ctx: DocContext, c: Candidate, kind: (m: EntityMention) => boolean): [EntityMention, EntityMention] | null {
  for (let s = c.sentence; s >= Math.max(0, c.sentence - 2); s--) {
    const sentence = ctx.doc.sentences[s]!;
    const persons = candidatesIn(ctx, sentence, c.trigger).filter(kind);
    const distinct = persons.filter((m, k) => persons.findIndex((x) => x.key === m.key) === k);
    if (distinct.length >= 2) return [distinct[0]!, distinct[1]!];
  }
  return null;
}
