/**
 * One-word triggers of the lexicon, verbal ("met", "warned", "arrested") and nominal ("summit", "talks",
 * "earthquake"), matched on the lemma and restricted by part of speech when the entry says so.
 */
import { newCandidate } from '../candidate.ts';
import { blocked, conditionHolds, contextHolds } from '../conditions.ts';
import type { DocContext } from '../context.ts';
import type { Candidate, EventParser } from '../types.ts';
import { wordIndexed, type LexiconEntry } from './lexicon.ts';

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);

export const wordTriggers: EventParser = {
  name: 'word-trigger',
  parse(ctx: DocContext, s: number): Candidate[] {
    const index = wordIndexed();
    const sentence = ctx.doc.sentences[s]!;
    const found: Candidate[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const entry = index.at(ctx.lemma(i), ctx.word(i)).find((e) => posFits(ctx.doc.tokens[i]!.pos, e) && conditionHolds(ctx, e.when, i, i + 1) && contextHolds(ctx, e, i, i + 1));
      if (!entry || blocked(ctx, entry.unless, i, i + 1)) continue;
      const nominal = entry.nominal ?? NOMINAL_TAGS.has(ctx.doc.tokens[i]!.pos);
      found.push(newCandidate(ctx, { start: i, end: i + 1, type: entry.type, parser: 'word-trigger', nominal, medium: entry.medium ?? null }));
    }
    return found;
  },
};

function posFits(pos: string, entry: LexiconEntry): boolean {
  if (!entry.pos) return pos === 'VERB' || NOMINAL_TAGS.has(pos);
  return entry.pos === 'NOUN' ? NOMINAL_TAGS.has(pos) : pos === 'VERB';
}
