/**
 * Who speaks for a cue. Before a verb: its subject ("Peskov told", "White House Press Secretary Jen Psaki
 * said", "a senior administration official added", "He added" → the person the coreference step found for
 * "he"), across an apposition or relative clause ("Its spokesman, Farid Selmani, said", "Kovac, who chairs
 * the board, said": a name in the apposition, else the subject before it). After a
 * phrase or an inverted verb: the noun phrase that follows ("according to Ushako", "said Putin"). A phrase
 * that names a document ("a White House press release") is a source: it only speaks when no one else does.
 */
import type { EntityMention, Token } from '../../model.ts';
import { firstMentionIn, insideQuote, mentionById, mentionHolding, pronounStartingAt, type QuoteContext } from './context.ts';
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
  if (t.text === ',') {
    // "She resigned on Friday, a day after …, saying": a participle after a comma shares the main verb's
    // subject, unless a person is named right before it ("his challenger, Ilona Sarvik, telling supporters").
    const apposition = appositionSpeaker(ctx, cue, j);
    const named = apposition?.mention && (apposition.mention.type === 'person' || apposition.mention.type === 'other');
    if (!/ing$/i.test(tokens[cue.first]!.text) || named) return apposition;
    return mainVerbSubject(ctx, j);
  }
  if (t.text === ')') {
    // "The Rail Union (RSWF) said": the bracketed short form belongs to the name before it.
    let open = j - 1;
    while (open >= 0 && j - open <= 4 && tokens[open]!.text !== '(') open--;
    if (open > 0 && j - open <= 4 && tokens[open - 1]!.sentence === sentence) return speakerBefore(ctx, { ...cue, first: open });
  }
  if (/^(and|but)$/i.test(t.text) || (ctx.lex.verbs.has(t.text.toLowerCase()) && t.pos === 'VERB')) return { mention: null, text: null, source: false, coordinated: true };
  const m = mentionAt(ctx, t);
  if (ctx.lex.pronouns.has(t.text.toLowerCase()) && t.pos === 'PRON') return pronoun(ctx, t);
  const np = m ? ([ctx.input.tokenAt(m.start), j] as [number, number]) : nounPhraseEndingAt(ctx, j);
  if (!np) return null;
  // "Blinken during his trip to Fiji described", "The White House had on Friday warned": a phrase after a
  // preposition is no subject; keep walking left past it.
  const before = tokens[np[0] - 1];
  if (before && before.sentence === sentence && before.pos === 'ADP' && before.text.toLowerCase() !== 'of' && !ctx.lex.subordinators.has(before.text.toLowerCase())) {
    return speakerBefore(ctx, { ...cue, first: np[0] - 1 });
  }
  return m ? { mention: m, text: null, source: false } : phraseSpeaker(ctx, np[0], np[1]);
}

const MAX_APPOSITION = 20;

/**
 * The subject of a verb after "X, <apposition or relative clause>,": the comma at token `close` ends the
 * insertion; its opening comma is the nearest before, in the same sentence and outside quotes.
 */
function appositionSpeaker(ctx: QuoteContext, cue: Cue, close: number): Speaker | null {
  const tokens = ctx.input.tokens;
  const sentence = tokens[close]!.sentence;
  const within = (i: number) => i > close - MAX_APPOSITION && tokens[i] !== undefined && tokens[i]!.sentence === sentence && !insideQuote(ctx, tokens[i]!);
  // A relative clause may hold commas of its own ("which represents drivers, conductors and crews,").
  let open = close - 1;
  while (within(open) && !(tokens[open]!.text === ',' && /^(who|which)$/i.test(tokens[open + 1]!.text))) open--;
  if (!within(open)) {
    open = close - 1;
    while (within(open) && tokens[open]!.text !== ',') open--;
  }
  const first = tokens[open + 1];
  if (!within(open) || tokens[open]!.text !== ',' || open + 1 >= close || !first) return null;
  const relative = /^(who|which)$/i.test(first.text);
  const inserted = tokens.slice(open + 1, close);
  if (!relative && (!inserted.some((x) => ['NOUN', 'PROPN', 'NUM'].includes(x.pos)) || inserted.some((x) => x.pos === 'VERB' && !ctx.lex.verbs.has(x.text.toLowerCase())))) return null;
  const at = relative ? null : mentionAt(ctx, tokens[close - 1]!);
  const named = at && at.start >= first.start ? at : null;
  if (named?.type === 'person') return { mention: named, text: null, source: false };
  const outer = speakerBefore(ctx, { ...cue, first: open });
  if (outer?.mention || !named) return outer;
  return { mention: named, text: null, source: false };
}

/**
 * The subject of the verb a coordinated or participle cue hangs on, looking left from token `from`: the
 * nearest reporting verb ("Strenn said the attack showed that … and promised": said), else the nearest verb.
 */
export function mainVerbSubject(ctx: QuoteContext, from: number): Speaker | null {
  const tokens = ctx.input.tokens;
  const sentence = tokens[from]!.sentence;
  const verbs: number[] = [];
  for (let i = from; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    if (!insideQuote(ctx, tokens[i]!) && tokens[i]!.pos === 'VERB') verbs.push(i);
  }
  const verb = verbs.find((i) => ctx.lex.verbs.has(tokens[i]!.text.toLowerCase())) ?? verbs[0];
  if (verb === undefined) return null;
  const s = speakerBefore(ctx, { first: verb, end: verb + 1, kind: 'verb', text: tokens[verb]!.text });
  return s?.coordinated ? null : s;
}

/** The noun phrase right after the cue ("according to X", "said X"). */
export function speakerAfter(ctx: QuoteContext, cue: Cue): Speaker | null {
  const tokens = ctx.input.tokens;
  const sentence = tokens[cue.first]!.sentence;
  let k = cue.end;
  const first = k;
  // "according to a member of the delegation": the phrase goes on right of "of"/"for".
  const continues = (i: number) => isNpToken(ctx, tokens[i]!) || (/^(of|for)$/i.test(tokens[i]!.text) && i > first && tokens[i + 1] !== undefined && isNpToken(ctx, tokens[i + 1]!));
  while (k < tokens.length && k - first < MAX_NP && tokens[k]!.sentence === sentence && continues(k)) k++;
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
    // "one of the workers said": a number or pronoun before "of" heads the phrase too.
    if (!link || !/^(of|for)$/i.test(link.text) || !tokens[i - 2] || !['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 2]!.pos)) return [i, j];
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
  const inside = source ? firstMentionIn(ctx, { start: tokens[first]!.start, end: head.end }) : null;
  return { mention: inside, text, source };
}

function mentionAt(ctx: QuoteContext, t: Token): EntityMention | null {
  return mentionHolding(ctx, t);
}

/** "He added", "it said": the mention the coreference step found for the pronoun; unresolved ("they"), the word itself. */
function pronoun(ctx: QuoteContext, t: Token): Speaker {
  const link = pronounStartingAt(ctx, t.start);
  const mention = link ? mentionById(ctx, link.mention) : null;
  return { mention, text: t.text, source: false };
}
