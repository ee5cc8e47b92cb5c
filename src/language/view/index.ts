/**
 * One read-only view of an annotated document: its tokens and sentences with the dependency tree, and the
 * entity mentions, time expressions and pronoun links laid over them, with every position question answered by
 * an index (binary search, per-token tables) instead of a scan. The language stage builds it layer by layer
 * (entities see tokens and tree; coreference also sees mentions; quotes also see pronouns); every later rule
 * file reads the document through it.
 */
import type { EntityMention, PronounLink, Sentence, Span, TimeExpression, Token } from '../../model.ts';
import { covering, firstStartingAt, spanIndex } from './positions.ts';
import { buildTree, type Tree } from './tree.ts';

export type { Tree } from './tree.ts';

export interface ViewLayers {
  id?: string;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions?: EntityMention[];
  times?: TimeExpression[];
  pronouns?: PronounLink[];
}

export interface DocumentView extends Tree {
  readonly id: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Entity mentions in text order. */
  readonly mentions: readonly EntityMention[];
  readonly times: readonly TimeExpression[];
  readonly pronouns: readonly PronounLink[];

  /** Index of the first token starting at or after `offset` (tokens.length when none). */
  tokenAt(offset: number): number;
  /** Index of the token whose span holds `offset`, or -1 (whitespace, or past the end). */
  tokenCovering(offset: number): number;
  /** Index of the sentence whose span holds `offset`, or -1. */
  sentenceAt(offset: number): number;
  /** Token index range [start, end) of the tokens lying inside `span`. */
  tokenRange(span: Span): { start: number; end: number };
  /** Tokens lying inside `span`. */
  tokensIn(span: Span): Token[];
  /** The entity mention with this id, or null. */
  mention(id: string): EntityMention | null;
  /** The longest entity mention holding `offset`, or null. */
  mentionAt(offset: number): EntityMention | null;
  /** Entity mentions lying wholly inside `span`, in text order. */
  mentionsIn(span: Span): EntityMention[];
  /** Entity mentions starting inside `span`, in text order. */
  mentionsStartingIn(span: Span): EntityMention[];
  /** The time expression holding `offset`, or null. */
  timeAt(offset: number): TimeExpression | null;
  /** Whether the offset, or the whole span, lies inside a time expression. */
  inTime(at: number | Span): boolean;
  timesIn(span: Span): TimeExpression[];
  /** The pronoun link of the pronoun at token i, or null. */
  pronounAt(i: number): PronounLink | null;
}

export function createView(layers: ViewLayers): DocumentView {
  const { text, sentences, tokens } = layers;
  const mentions = spanIndex(layers.mentions ?? []);
  const times = spanIndex(layers.times ?? []);
  const byId = new Map((layers.mentions ?? []).map((m) => [m.id, m]));
  const pronouns = new Map((layers.pronouns ?? []).map((p) => [p.start, p]));
  const tokenRange = (span: Span) => {
    const start = firstStartingAt(tokens, span.start);
    let end = firstStartingAt(tokens, span.end);
    if (end > start && tokens[end - 1]!.end > span.end) end--;
    return { start, end };
  };
  const timeAt = (offset: number) => times.at(offset);
  return {
    ...buildTree(tokens),
    id: layers.id ?? '',
    text,
    sentences,
    tokens,
    mentions: mentions.items,
    times: times.items,
    pronouns: layers.pronouns ?? [],
    tokenAt: (offset) => firstStartingAt(tokens, offset),
    tokenCovering: (offset) => covering(tokens, offset),
    sentenceAt: (offset) => covering(sentences, offset),
    tokenRange,
    tokensIn(span) {
      const r = tokenRange(span);
      return tokens.slice(r.start, r.end);
    },
    mention: (id) => byId.get(id) ?? null,
    mentionAt: (offset) => mentions.at(offset),
    mentionsIn: (span) => mentions.within(span),
    mentionsStartingIn: (span) => mentions.startingIn(span),
    timeAt,
    inTime(at) {
      if (typeof at === 'number') return timeAt(at) !== null;
      const t = timeAt(at.start);
      return t !== null && at.end <= t.end;
    },
    timesIn: (span) => times.within(span),
    pronounAt: (i) => (tokens[i] ? (pronouns.get(tokens[i]!.start) ?? null) : null),
  };
}
