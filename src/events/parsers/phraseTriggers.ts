/**
 * Multiword triggers of the lexicon ("phone call", "spoke on the phone", "call on", "step down"), matched on
 * lemmas so "held phone talks" and "talked on the phone" both match. Longer phrases are tried first; one that ends
 * in a preposition whose object is a date ("a call on Tuesday") gives way to the single word.
 */
import { newCandidate } from '../candidate.ts';
import { blocked, conditionHolds, contextHolds } from '../conditions.ts';
import type { DocContext } from '../context.ts';
import type { Candidate, EventParser } from '../types.ts';
import { phraseIndexed } from './lexicon.ts';

export const phraseTriggers: EventParser = {
  name: 'phrase-trigger',
  parse(ctx: DocContext, s: number): Candidate[] {
    const index = phraseIndexed();
    const sentence = ctx.doc.sentences[s]!;
    const found: Candidate[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      for (const entry of index.at(ctx.lemma(i), ctx.word(i))) {
        const n = ctx.matchAt(i, entry.match);
        if (!n || !conditionHolds(ctx, entry.when, i, i + n) || !contextHolds(ctx, entry, i, i + n) || blocked(ctx, entry.unless, i, i + n)) continue;
        if (datesItsPreposition(ctx, i + n)) continue;
        const hit = { start: i, end: i + n, type: entry.type, parser: 'phrase-trigger', nominal: !!entry.nominal, medium: entry.medium ?? null };
        found.push(newCandidate(ctx, hit));
        i += n - 1;
        break;
      }
    }
    return found;
  },
};

/**
 * "a 90-minute call on Tuesday": a phrase ending in a preposition ("call on", "call for") whose object is a time
 * expression is the single word and a date, not the phrase ("called on Kovac to resign").
 */
function datesItsPreposition(ctx: DocContext, end: number): boolean {
  const last = ctx.doc.tokens[end - 1];
  const next = ctx.doc.tokens[end];
  return last?.pos === 'ADP' && next !== undefined && ctx.view.inTime(next.start);
}
