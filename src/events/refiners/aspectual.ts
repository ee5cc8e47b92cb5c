/**
 * "The strike, which started on February 12 and lasted seven days", "the negotiations began on Monday": a verb
 * that only says when a named event began, ended or ran is a phase of that event, not an event of its own. The
 * event noun takes the date stated after the verb, and the verb's generic candidate goes.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { Candidate, EventRefiner } from '../types.ts';
import { calendarValue, isCalendarDate } from './dates.ts';

/** Tokens that may stand between the event noun and the verb: "of the village of Kalvi", ", which had". */
const GAP_TAGS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'AUX', 'ADV', 'PART']);
const MAX_GAP = 7;
/** How far after the verb its date may stand ("began shortly after 7 a.m. on Monday"). */
const DATE_WINDOW = 8;

export const aspectual: EventRefiner = {
  name: 'aspectual',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const dropped = new Set<Candidate>();
    for (const noun of candidates) {
      if (!noun.nominal || noun.date) continue;
      const verb = aspectualVerbAfter(ctx, noun);
      if (verb < 0) continue;
      const time = dateAfter(ctx, verb);
      if (time) noun.date = { value: calendarValue(time.value)!, time: time.id, confidence: time.confidence };
      for (const c of candidates) if (c.type === 'generic' && c.tokenStart === verb) dropped.add(c);
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};

/** Token index of an aspectual verb whose subject is the noun, or -1. */
function aspectualVerbAfter(ctx: DocContext, noun: Candidate): number {
  const tokens = ctx.doc.tokens;
  let commas = 0;
  for (let i = noun.tokenEnd; i < tokens.length && i - noun.tokenEnd <= MAX_GAP && tokens[i]!.sentence === noun.sentence; i++) {
    if (tokens[i]!.pos === 'VERB') return isAspectual(ctx, i) ? i : -1;
    const word = ctx.word(i);
    if (word === ',' && ++commas <= 1) continue;
    if (/^(which|that)$/.test(word)) continue;
    if (!GAP_TAGS.has(tokens[i]!.pos)) return -1;
  }
  return -1;
}

function isAspectual(ctx: DocContext, i: number): boolean {
  return cues().aspectualVerbs.some((v) => ctx.matchAt(i, v) > 0);
}

function dateAfter(ctx: DocContext, verb: number) {
  const tokens = ctx.doc.tokens;
  const last = tokens[Math.min(verb + DATE_WINDOW, tokens.length - 1)]!;
  const from = tokens[verb]!.end;
  return ctx.doc.times.find((t) => t.start >= from && t.end <= last.end && isCalendarDate(t) && tokens[ctx.tokenAt(t.start)]?.sentence === tokens[verb]!.sentence);
}
