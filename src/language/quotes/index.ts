/**
 * Quotes of one document: direct quotes (by their marks) and reported speech (by reporting cues), each
 * with its speaker's entity mention when one fits, else the speaker phrase as written.
 */
import type { EntityMention, QuoteMention } from '../../model.ts';
import type { QuoteContext, QuoteInput, QuoteParser } from './context.ts';
import { cueLexicon } from './lexicon.ts';
import { findQuotedPassages } from './marks.ts';
import { directQuotes } from './parsers/direct.ts';
import { indirectQuotes } from './parsers/indirect.ts';

export type { QuoteInput } from './context.ts';
export { findQuotedPassages } from './marks.ts';

const PARSERS: QuoteParser[] = [directQuotes, indirectQuotes];

export function findQuotes(input: QuoteInput, mentions: EntityMention[]): QuoteMention[] {
  const ctx: QuoteContext = { input, mentions, lex: cueLexicon(), passages: findQuotedPassages(input.text) };
  return PARSERS.flatMap((p) => p.extract(ctx))
    .sort((a, b) => a.start - b.start)
    .map((q, i) => ({ id: `${input.id}-q${i + 1}`, document: input.id, ...q }));
}
