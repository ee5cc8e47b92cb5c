/**
 * Quotes of one document: direct quotes (by their marks) and reported speech (by reporting cues), each
 * with its speaker's entity mention when one fits, else the speaker phrase as written.
 */
import type { EntityMention, PronounLink, QuoteMention } from '../../model.ts';
import type { QuoteContext, QuoteInput, QuoteParser } from './context.ts';
import { cueLexicon } from './lexicon.ts';
import { findQuotedPassages } from './marks.ts';
import { directQuotes } from './parsers/direct.ts';
import { indirectQuotes } from './parsers/indirect.ts';

export type { QuoteInput } from './context.ts';
export { findQuotedPassages } from './marks.ts';

const PARSERS: QuoteParser[] = [directQuotes, indirectQuotes];

/** `pronouns`: the antecedents of the coreference step ("he said" speaks through the person "he" stands for). */
export function findQuotes(input: QuoteInput, mentions: EntityMention[], pronouns: PronounLink[]): QuoteMention[] {
  const ctx: QuoteContext = { input, mentions, pronouns, lex: cueLexicon(), passages: findQuotedPassages(input.text) };
  return PARSERS.flatMap((p) => p.extract(ctx))
    .sort((a, b) => a.start - b.start)
    .map((q, i) => ({ id: `${input.id}-q${i + 1}`, document: input.id, ...q }));
}
