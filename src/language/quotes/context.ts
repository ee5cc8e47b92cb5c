/** What the quote parsers share: the document, its entity mentions, the cue lexicon, the quoted passages. */
import type { EntityMention, PronounLink, QuoteMention, Span } from '../../model.ts';
import type { DocumentView } from '../view/index.ts';
import type { CueLexicon } from './lexicon.ts';
import type { QuotedPassage } from './marks.ts';

/** The document as the quote step reads it: tokens, tree and entity mentions. */
export type QuoteInput = DocumentView;

export interface QuoteContext {
  input: QuoteInput;
  mentions: EntityMention[];
  /** Pronouns resolved by the coreference step. */
  pronouns: PronounLink[];
  lex: CueLexicon;
  passages: QuotedPassage[];
}

/** A quote before ids are given. */
export type QuoteCandidate = Omit<QuoteMention, 'id' | 'document'>;

export type QuoteParser = { name: string; extract(ctx: QuoteContext): QuoteCandidate[] };

export function insideQuote(ctx: QuoteContext, span: Span): boolean {
  return ctx.passages.some((p) => p.outer.start <= span.start && span.end <= p.outer.end);
}
