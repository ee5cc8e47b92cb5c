/**
 * Direct quotes: each quoted passage with the cue nearest to it in its own sentences — before the opening
 * mark ("Peskov told reporters before the call, “…”") or after the closing one ("“…,” Psaki said Monday";
 * "“…,” said Putin"). A cue naming a document ("according to a White House press release") yields to a cue
 * with a real speaker ("Biden told Putin"). A quote with no cue of its own right after an attributed one goes
 * on with its speaker. Short passages (≤ scareQuoteMaxWords words: "peak hysteria") are
 * scare quotes, dropped unless a cue with a speaker stands close by (within SHORT_REACH tokens).
 */
import type { Span } from '../../../model.ts';
import type { QuoteCandidate, QuoteContext, QuoteParser } from '../context.ts';
import { findCues, type Cue } from '../cues.ts';
import type { QuotedPassage } from '../marks.ts';
import { mainVerbSubject, speakerAfter, speakerBefore, type Speaker } from '../speaker.ts';

const SHORT_REACH = 12;
const SOURCE_PENALTY = 50;

interface Attribution {
  cue: Cue;
  speaker: Speaker | null;
  distance: number;
}

export const directQuotes: QuoteParser = {
  name: 'direct',
  extract(ctx) {
    const out: QuoteCandidate[] = [];
    let previous: { passage: QuotedPassage; quote: QuoteCandidate } | null = null;
    for (const passage of ctx.passages) {
      const q = quoteOf(ctx, passage, previous && continues(ctx, previous, passage) ? previous.quote : null);
      if (q) {
        out.push(q);
        previous = { passage, quote: q };
      }
    }
    return out;
  },
};

/**
 * "“We lay on the floor,” said Vera Holm, 61. “After twenty I stopped counting.”": a quote that follows an
 * attributed quote in the same paragraph, with only that quote's attribution between, goes on with its speaker.
 */
function continues(ctx: QuoteContext, previous: { passage: QuotedPassage; quote: QuoteCandidate }, passage: QuotedPassage): boolean {
  const q = previous.quote;
  if (!q.cue || (!q.speakerMention && !q.speakerText)) return false;
  const between = ctx.input.text.slice(previous.passage.outer.end, passage.outer.start);
  const attribution = between.trim();
  // Only the attribution stands between: a sentence of its own ("said Vera Holm, 61.") or a comma clause.
  return !between.includes('\n') && attribution.includes(q.cue) && /[.!?,:]$/.test(attribution) && (attribution.match(/[.!?](\s|$)/g) ?? []).length <= 1;
}

/** `inherited`: the attribution of the quote this one continues, used when no cue of its own attributes it. */
function quoteOf(ctx: QuoteContext, passage: QuotedPassage, inherited: QuoteCandidate | null): QuoteCandidate | null {
  const span = trimmed(ctx.input.text, passage.parts);
  const text = passage.parts.map((p) => ctx.input.text.slice(p.start, p.end).trim()).join(' ').replace(/[\s,;:]+$/, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words === 0) return null;
  const best = attributions(ctx, passage).sort((a, b) => a.distance - b.distance)[0];
  const short = words <= ctx.lex.scareQuoteMaxWords;
  const spoken = best && (best.speaker?.mention || best.speaker?.text);
  if (inherited && (!best || !spoken || best.distance >= SOURCE_PENALTY)) {
    return { start: span.start, end: span.end, text, kind: 'direct', speakerMention: inherited.speakerMention, speakerText: inherited.speakerText, cue: inherited.cue, sentence: sentenceAt(ctx, passage.outer.start) };
  }
  if (short && (!spoken || best.distance > SHORT_REACH)) return null;
  return {
    start: span.start,
    end: span.end,
    text,
    kind: 'direct',
    speakerMention: best?.speaker?.mention?.id ?? null,
    speakerText: best?.speaker?.mention ? null : (best?.speaker?.text ?? null),
    cue: best?.cue.text ?? null,
    sentence: sentenceAt(ctx, passage.outer.start),
  };
}

/** The quoted words without surrounding spaces and trailing commas. */
function trimmed(text: string, parts: Span[]): Span {
  let start = parts[0]!.start;
  let end = parts[parts.length - 1]!.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function attributions(ctx: QuoteContext, passage: QuotedPassage): Attribution[] {
  const tokens = ctx.input.tokens;
  const openTok = tokenIndexAt(ctx, passage.outer.start);
  const closeTok = tokenIndexAt(ctx, passage.outer.end - 1);
  const s1 = ctx.input.sentences[tokens[openTok]?.sentence ?? 0]!;
  const s2 = ctx.input.sentences[tokens[closeTok]?.sentence ?? 0]!;
  const out: Attribution[] = [];
  let speakers = new Map<Cue, Speaker | null>();
  for (const cue of findCues(ctx, s1.tokenStart, openTok)) {
    out.push(scored(cue, speakerFor(ctx, cue, 'before', speakers), openTok - cue.end));
  }
  speakers = new Map();
  for (const cue of findCues(ctx, closeTok + 1, s2.tokenEnd)) {
    out.push(scored(cue, speakerFor(ctx, cue, 'after', speakers, closeTok), cue.first - closeTok));
  }
  return out;
}

function scored(cue: Cue, speaker: Speaker | null, distance: number): Attribution {
  const weak = !speaker || speaker.source || (!speaker.mention && !speaker.text);
  return { cue, speaker, distance: distance + (weak ? SOURCE_PENALTY : 0) };
}

/** Speaker of a cue; `speakers` remembers earlier cues of the same region for coordinated verbs. */
export function speakerFor(ctx: QuoteContext, cue: Cue, side: 'before' | 'after', speakers: Map<Cue, Speaker | null>, closeTok = -1): Speaker | null {
  let s: Speaker | null;
  // "Ushakov said adding …", "Shoigu told reporters adding …": a cue right after a cue shares its speaker.
  const adjacent = [...speakers.keys()].find((c) => c.end === cue.first || c.end === cue.first - 1 && ctx.input.tokens[c.end]?.text === ',');
  if (adjacent && speakers.get(adjacent)) s = speakers.get(adjacent)!;
  else if (cue.kind === 'phrase') s = speakerAfter(ctx, cue);
  else if (side === 'after' && cue.first === closeTok + 1 + skipPunct(ctx, closeTok + 1)) s = speakerAfter(ctx, cue);
  else s = speakerBefore(ctx, cue);
  if (s?.coordinated) s = [...speakers.values()].filter((v) => v && !v.coordinated).at(-1) ?? coordinatedSubject(ctx, cue);
  speakers.set(cue, s);
  return s;
}

/** "Hallam welcomed the result and said …": a coordinated cue with no cue before it shares the subject of the verb its "and" joins. */
function coordinatedSubject(ctx: QuoteContext, cue: Cue): Speaker | null {
  const tokens = ctx.input.tokens;
  let i = cue.first - 1;
  while (i > 0 && tokens[i]!.sentence === tokens[cue.first]!.sentence && !/^(and|but)$/i.test(tokens[i]!.text)) i--;
  return i > 0 && tokens[i - 1]!.sentence === tokens[cue.first]!.sentence ? mainVerbSubject(ctx, i - 1) : null;
}

function skipPunct(ctx: QuoteContext, k: number): number {
  let n = 0;
  while (ctx.input.tokens[k + n] && /^[,”"’]$/.test(ctx.input.tokens[k + n]!.text)) n++;
  return n;
}

/** The token holding the offset, else the next one (the last when none follows); by the view's binary search. */
function tokenIndexAt(ctx: QuoteContext, offset: number): number {
  const held = ctx.input.tokenCovering(offset);
  const i = held >= 0 ? held : ctx.input.tokenAt(offset);
  return Math.min(i, ctx.input.tokens.length - 1);
}

function sentenceAt(ctx: QuoteContext, offset: number): number {
  return ctx.input.tokens[tokenIndexAt(ctx, offset)]?.sentence ?? 0;
}
