/**
 * Reporting cues outside quoted passages: verbs ("said", "told reporters", "warned Putin that") and
 * phrases whose speaker follows ("according to X", "quoted by X").
 */
import { insideQuote, type QuoteContext } from './context.ts';

export interface Cue {
  /** First and one-past-last token of the cue words. */
  first: number;
  end: number;
  kind: 'verb' | 'phrase';
  text: string;
}

/** Cues among tokens [from, to). */
export function findCues(ctx: QuoteContext, from: number, to: number): Cue[] {
  const tokens = ctx.input.tokens;
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (insideQuote(ctx, t)) continue;
    const phrase = phraseAt(ctx, i);
    if (phrase) {
      out.push(phrase);
      i = phrase.end - 1;
    } else if ((t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') && ctx.lex.verbs.has(t.text.toLowerCase()) && t.pos !== 'NOUN') {
      out.push(withListener(ctx, { first: i, end: i + 1, kind: 'verb', text: t.text }));
    }
  }
  return out;
}

function phraseAt(ctx: QuoteContext, i: number): Cue | null {
  const tokens = ctx.input.tokens;
  for (const phrase of ctx.lex.phrases) {
    const words = phrase.split(' ');
    if (words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w && tokens[i + k]!.sentence === tokens[i]!.sentence)) {
      return { first: i, end: i + words.length, kind: 'phrase', text: ctx.input.text.slice(tokens[i]!.start, tokens[i + words.length - 1]!.end) };
    }
  }
  return null;
}

/** "told reporters", "told state media": the audience belongs to the cue. */
function withListener(ctx: QuoteContext, cue: Cue): Cue {
  const tokens = ctx.input.tokens;
  const verb = tokens[cue.first]!;
  if (!ctx.lex.withObject.has(verb.text.toLowerCase())) return cue;
  const rest = ctx.input.text.slice(verb.end, verb.end + 40).toLowerCase();
  const listener = ctx.lex.listeners.find((l) => new RegExp(`^\\s+${l}\\b`).test(rest));
  if (!listener) return cue;
  const end = verb.end + rest.indexOf(listener) + listener.length;
  let k = cue.first + 1;
  while (tokens[k] && tokens[k]!.end <= end) k++;
  return { ...cue, end: k, text: ctx.input.text.slice(verb.start, end) };
}
