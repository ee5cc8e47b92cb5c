// PLACEHOLDER (owned by the entities/quotes helper).
import type { EntityMention, QuoteMention, Sentence, Token } from '../../model.ts';

export interface QuoteInput {
  id: string;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

export function findQuotes(_input: QuoteInput, _mentions: EntityMention[]): QuoteMention[] {
  return [];
}
