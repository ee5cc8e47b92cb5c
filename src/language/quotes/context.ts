/** What the quote parsers share: the document, its entity mentions, the cue lexicon, the quoted passages. */
import type { EntityMention, PronounLink, QuoteMention, Span } from '../../model.ts';
import type { DocumentView } from '../view/index.ts';
import type { CueLexicon } from './lexicon.ts';
import type { QuotedPassage } from './marks.ts';
import { coverIndex, firstStartingAt } from '../view/positions.ts';

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
  return indexes(ctx).quoted(span);
}

/** The first mention (in text order) holding the whole span, or null. */
export function mentionHolding(ctx: QuoteContext, span: Span): EntityMention | null {
  const { mentions } = ctx;
  const { longest } = indexes(ctx);
  let found: EntityMention | null = null;
  for (let i = firstStartingAt(mentions, span.start + 1) - 1; i >= 0 && mentions[i]!.start >= span.start - longest; i--) {
    if (mentions[i]!.end >= span.end) found = mentions[i]!;
  }
  return found;
}

/** The first mention (in text order) lying inside the span, or null. */
export function firstMentionIn(ctx: QuoteContext, span: Span): EntityMention | null {
  const { mentions } = ctx;
  for (let i = firstStartingAt(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    if (mentions[i]!.end <= span.end) return mentions[i]!;
  }
  return null;
}

export function pronounStartingAt(ctx: QuoteContext, offset: number): PronounLink | null {
  return indexes(ctx).pronouns.get(offset) ?? null;
}

export function mentionById(ctx: QuoteContext, id: string): EntityMention | null {
  return indexes(ctx).byId.get(id) ?? null;
}

interface QuoteIndexes {
  quoted: (span: Span) => boolean;
  longest: number;
  pronouns: Map<number, PronounLink>;
  byId: Map<string, EntityMention>;
}

const built = new WeakMap<QuoteContext, QuoteIndexes>();

/** Lookups over the context's lists, built once per context: no parser scans the document per candidate. */
function indexes(ctx: QuoteContext): QuoteIndexes {
  let ix = built.get(ctx);
  if (!ix) {
    const pronouns = new Map<number, PronounLink>();
    for (const p of ctx.pronouns) if (!pronouns.has(p.start)) pronouns.set(p.start, p);
    const byId = new Map<string, EntityMention>();
    for (const m of ctx.mentions) if (!byId.has(m.id)) byId.set(m.id, m);
    ix = {
      quoted: coverIndex(ctx.passages.map((p) => p.outer)),
      longest: ctx.mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0),
      pronouns,
      byId,
    };
    built.set(ctx, ix);
  }
  return ix;
}
