/**
 * Reported speech without quote marks: "X said (that) …", "X told Y that …", "X said adding …",
 * "According to X, …", "…, X told reporters", "…, according to X". The content runs from after the cue
 * (and its listener or "that") to the end of the sentence, or, for a cue closing the sentence, from the
 * sentence start to the comma before the speaker. Content that is mostly a direct quote is left to the
 * direct parser; a cue without a speaker, or content under MIN_WORDS words, is not reported speech.
 */
import type { Sentence } from '../../../model.ts';
import { insideQuote, type QuoteCandidate, type QuoteContext, type QuoteParser } from '../context.ts';
import { findCues, type Cue } from '../cues.ts';
import { speakerAfter, type Speaker } from '../speaker.ts';
import { speakerFor } from './direct.ts';

const MIN_WORDS = 3;
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/i;

export const indirectQuotes: QuoteParser = {
  name: 'indirect',
  extract(ctx) {
    const out: QuoteCandidate[] = [];
    for (const s of ctx.input.sentences) {
      const speakers = new Map<Cue, Speaker | null>();
      for (const cue of findCues(ctx, s.tokenStart, s.tokenEnd)) {
        const q = cue.kind === 'phrase' ? fromPhrase(ctx, s, cue) : fromVerb(ctx, s, cue, speakers);
        if (q) out.push(q);
      }
    }
    return out;
  },
};

function fromVerb(ctx: QuoteContext, s: Sentence, cue: Cue, speakers: Map<Cue, Speaker | null>): QuoteCandidate | null {
  const speaker = speakerFor(ctx, cue, 'before', speakers);
  const verb = ctx.input.tokens[cue.first]!.text.toLowerCase();
  if (!ctx.lex.indirect.has(verb) || !speaker || (!speaker.mention && !speaker.text)) return null;
  const tokens = ctx.input.tokens;
  // A pronoun's antecedent may stand in an earlier sentence: only a mention of this sentence bounds the content.
  const own = speaker.mention && speaker.mention.start >= s.start ? speaker.mention.start : Infinity;
  const subjectStart = Math.min(own, subjectPhraseStart(ctx, cue));
  const before = ctx.input.text.slice(s.start, subjectStart);
  const after = ctx.input.text.slice(tokens[cue.end - 1]!.end, s.end);
  // "…, Ushakov said adding …": the content precedes the speaker.
  if (/,\s*$/.test(before) && /^\s*(\p{Lu}\p{L}*\s*)?([.,;]|adding\b|$)/u.test(after)) {
    return make(ctx, s.start, s.start + before.trimEnd().length - 1, speaker, cue, s.index);
  }
  const start = contentStart(ctx, cue, verb);
  return start === null ? null : make(ctx, start, contentEnd(ctx, start, s), speaker, cue, s.index);
}

/** Start of the words between the previous comma (or sentence start) and the cue: the subject phrase. */
function subjectPhraseStart(ctx: QuoteContext, cue: Cue): number {
  const tokens = ctx.input.tokens;
  let j = cue.first;
  while (j - 1 >= 0 && tokens[j - 1]!.sentence === tokens[cue.first]!.sentence && tokens[j - 1]!.text !== ',') j--;
  return tokens[j]!.start;
}

/**
 * The sentence end, or the opening mark of a direct quote that starts inside the content and runs past the
 * sentence (a sentence split missed at "… at 4 a.m. “The numbers speak…”"): that quote is not reported speech.
 */
function contentEnd(ctx: QuoteContext, start: number, s: Sentence): number {
  const spill = ctx.passages.find((p) => p.outer.start > start && p.outer.start < s.end && p.outer.end > s.end);
  return spill ? spill.outer.start : s.end;
}

/** Offset where the reported content begins, skipping a listener and "that"; null when none may follow. */
function contentStart(ctx: QuoteContext, cue: Cue, verb: string): number | null {
  const tokens = ctx.input.tokens;
  let k = cue.end;
  const needsThat = ctx.lex.thatRequired.has(verb) && cue.text.toLowerCase() === verb;
  // "said after the phone call that …", "said on February 12 that …": a near "that" opens the content.
  let that = k;
  while (that < tokens.length && that - cue.end < 8 && !/^(that|,|“|")$/i.test(tokens[that]!.text) && tokens[that]!.sentence === tokens[cue.first]!.sentence) that++;
  if (tokens[that]?.text.toLowerCase() === 'that') k = that + 1;
  else if (needsThat) return null;
  while (tokens[k] && /^(that|,)$/i.test(tokens[k]!.text)) k++;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[cue.first]!.sentence) return null;
  // "said in a statement", "said Monday before the call": an adjunct, not a clause.
  if (k === cue.end && (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PROPN' && CALENDAR.test(t.text))) return null;
  return t.start;
}

function fromPhrase(ctx: QuoteContext, s: Sentence, cue: Cue): QuoteCandidate | null {
  const speaker = speakerAfter(ctx, cue);
  if (!speaker || speaker.source || (!speaker.mention && !speaker.text)) return null;
  const tokens = ctx.input.tokens;
  const cueStart = tokens[cue.first]!.start;
  const leading = ctx.input.text.slice(s.start, cueStart);
  if (/,\s*$/.test(leading) && leading.trim()) return make(ctx, s.start, s.start + leading.trimEnd().length - 1, speaker, cue, s.index);
  const comma = ctx.input.text.indexOf(',', cueStart);
  if (comma < 0 || comma >= s.end) return null;
  return make(ctx, comma + 1, s.end, speaker, cue, s.index);
}

function make(ctx: QuoteContext, start: number, end: number, speaker: Speaker, cue: Cue, sentence: number): QuoteCandidate | null {
  const text = ctx.input.text;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const content = text.slice(start, end);
  if (/^[“"‘]/.test(content)) return null;
  const unquoted = ctx.passages.reduce((acc, p) => (p.outer.start >= start && p.outer.end <= end + 1 ? acc.replace(text.slice(p.outer.start, p.outer.end), ' ') : acc), content);
  if (unquoted.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) return null;
  if (insideQuote(ctx, { start, end })) return null;
  return {
    start,
    end,
    text: content,
    kind: 'indirect',
    speakerMention: speaker.mention?.id ?? null,
    speakerText: speaker.mention ? null : speaker.text,
    cue: cue.text,
    sentence,
  };
}
