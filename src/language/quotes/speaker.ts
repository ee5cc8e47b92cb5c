/**
 * Who speaks for a cue. Before a verb: its subject ("Peskov told", "White House Press Secretary Jen Psaki
 * said", "a senior administration official added", "He added" → the last person named before). After a
 * phrase or an inverted verb: the noun phrase that follows ("according to Ushako", "said Putin"). A phrase
 * that names a document ("a White House press release") is a source: it only speaks when no one else does.
 */
import type { EntityMention, Token } from '../../model.ts';
import { insideQuote, type QuoteContext } from './context.ts';
import type { Cue } from './cues.ts';

export interface Speaker {
  mention: EntityMention | null;
  text: string | null;
  /** The phrase names a document or outlet report rather than a speaker. */
  source: boolean;
  /** The verb shares the subject of an earlier verb ("… and warned that"): use that verb's speaker. */
  coordinated?: boolean;
}

const SKIP_BEFORE = /^(also|has|have|had|was|were|is|then|later|again|repeatedly|reportedly|previously|earlier|once|further|separately|however|both|will|would|had|already|publicly|clearly|privately)$/i;
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const MAX_NP = 8;

/** The subject of the verb cue, found walking left from it within its sentence. */
export function speakerBefore(ctx: QuoteContext, cue: Cue): Speaker | null {
  const tokens = ctx.input.tokens;
  const sentence = tokens[cue.first]!.sentence;
  let j = cue.first - 1;
  while (j >= 0 && tokens[j]!.sentence === sentence && SKIP_BEFORE.test(tokens[j]!.text)) j--;
  const t = tokens[j];
  if (!t || t.sentence !== sentence || insideQuote(ctx, t) || /^[”"’]$/.test(t.text)) return null;
  if (/^(and|but)$/i.test(t.text) || (ctx.lex.verbs.has(t.text.toLowerCase()) && t.pos === 'VERB')) return { mention: null, text: null, source: false, coordinated: true };
  const m = mentionAt(ctx, t);
  if (ctx.lex.pronouns.has(t.text.toLowerCase()) && t.pos === 'PRON') return pronoun(ctx, t);
  const np = m ? ([tokenIndex(ctx, m.start), j] as [number, number]) : nounPhraseEndingAt(ctx, j);
  if (!np) return null;
  // "Blinken during his trip to Fiji described", "The White House had on Friday warned": a phrase after a
  // preposition is no subject; keep walking left past it.
  const before = tokens[np[0] - 1];
  if (before && before.sentence === sentence && before.pos === 'ADP' && before.text.toLowerCase() !== 'of') {
    return speakerBefore(ctx, { ...cue, first: np[0] - 1 });
  }
  return m ? { mention: m, text: null, source: false } : phraseSpeaker(ctx, np[0], np[1]);
}

function tokenIndex(ctx: QuoteContext, offset: number): number {
  return ctx.input.tokens.findIndex((t) => t.start >= offset);
}

/** The noun phrase right after the cue ("according to X", "said X"). */
export function speakerAfter(ctx: QuoteContext, cue: Cue): Speaker | null {
  const tokens = ctx.input.tokens;
  const sentence = tokens[cue.first]!.sentence;
  let k = cue.end;
  const first = k;
  while (k < tokens.length && k - first < MAX_NP && tokens[k]!.sentence === sentence && isNpToken(ctx, tokens[k]!)) k++;
  while (k > first && tokens[k - 1]!.text === '.') k--;
  if (k === first) return null;
  const t = tokens[first]!;
  if (k - first === 1 && ctx.lex.pronouns.has(t.text.toLowerCase())) return pronoun(ctx, t);
  return phraseSpeaker(ctx, first, k - 1);
}

function isNpToken(ctx: QuoteContext, t: Token): boolean {
  if (insideQuote(ctx, t)) return false;
  return NP_POS.has(t.pos) || t.text === '.' || /^['’]s$/.test(t.text) || mentionAt(ctx, t) !== null;
}

/** [first, last] tokens of the noun phrase ending at token `j`, determiner included. */
function nounPhraseEndingAt(ctx: QuoteContext, j: number): [number, number] | null {
  const tokens = ctx.input.tokens;
  const sentence = tokens[j]!.sentence;
  if (!['NOUN', 'PROPN', 'NUM'].includes(tokens[j]!.pos)) return null;
  let i = j;
  for (;;) {
    while (i - 1 >= 0 && j - i < MAX_NP && tokens[i - 1]!.sentence === sentence && isNpToken(ctx, tokens[i - 1]!) && tokens[i]!.pos !== 'DET') i--;
    // "a US spokesman for the AFP news agency": the phrase goes on left of "for"/"of".
    const link = tokens[i - 1];
    if (!link || !/^(of|for)$/i.test(link.text) || !tokens[i - 2] || !['NOUN', 'PROPN'].includes(tokens[i - 2]!.pos)) return [i, j];
    i -= 2;
  }
}

/** A phrase speaks through the mention at its head, else as text; a document noun makes it a source. */
function phraseSpeaker(ctx: QuoteContext, first: number, last: number): Speaker {
  const tokens = ctx.input.tokens;
  const link = tokens.slice(first, last + 1).findIndex((t) => /^(of|for)$/i.test(t.text));
  const head = tokens[link > 0 ? first + link - 1 : last]!;
  const text = ctx.input.text.slice(tokens[first]!.start, tokens[last]!.end);
  const source = ctx.lex.sources.has(head.text.toLowerCase());
  const atHead = mentionAt(ctx, head);
  if (atHead) return { mention: atHead, text: null, source: false };
  const inside = source ? (ctx.mentions.find((m) => m.start >= tokens[first]!.start && m.end <= head.end) ?? null) : null;
  return { mention: inside, text, source };
}

function mentionAt(ctx: QuoteContext, t: Token): EntityMention | null {
  return ctx.mentions.find((m) => m.start <= t.start && t.end <= m.end) ?? null;
}

/** "He added": the last person named before, outside quotes, within the three sentences before. "They" stays text. */
function pronoun(ctx: QuoteContext, t: Token): Speaker {
  if (!/^(he|she)$/i.test(t.text)) return { mention: null, text: t.text, source: false };
  const person = ctx.mentions
    .filter((m) => m.type === 'person' && m.end <= t.start && m.sentence >= t.sentence - 3 && !insideQuote(ctx, m))
    .at(-1);
  return { mention: person ?? null, text: t.text, source: false };
}
