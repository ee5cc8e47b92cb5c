/** Builds a fresh candidate for a trigger found at tokens [start, end) and tells whether it is anaphoric. */
import type { DocContext } from './context.ts';
import { tokenSpan } from './context.ts';
import { cues } from './cues.ts';
import type { Candidate } from './types.ts';

export interface TriggerHit {
  start: number;
  end: number;
  type: string;
  parser: string;
  nominal: boolean;
  medium: string | null;
}

export function newCandidate(ctx: DocContext, hit: TriggerHit): Candidate {
  const tokens = ctx.doc.tokens;
  const span = tokenSpan(tokens, hit.start, hit.end);
  const clause = ctx.clauseTokens(hit.start);
  return {
    sentence: tokens[hit.start]!.sentence,
    clause: tokenSpan(tokens, clause.start, clause.end),
    trigger: { ...span, text: ctx.doc.text.slice(span.start, span.end) },
    tokenStart: hit.start,
    tokenEnd: hit.end,
    type: hit.type,
    parser: hit.parser,
    nominal: hit.nominal,
    anaphor: hit.nominal && isDefinite(ctx, hit.start),
    actors: [],
    targets: [],
    date: null,
    durationMinutes: null,
    location: null,
    status: 'occurred',
    quantities: [],
    medium: hit.medium,
  };
}

/**
 * "the call", "their meeting", "Tuesday's meeting", "the one-hour call": a definite noun phrase re-mentions
 * an event; "a call", "Putin's call with Biden" introduce one. Modifiers between determiner and noun are skipped.
 */
function isDefinite(ctx: DocContext, start: number): boolean {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[start]!.sentence;
  for (let i = start - 1; i >= 0 && tokens[i]!.sentence === sentence && start - i <= 5; i--) {
    const t = tokens[i]!;
    if (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’') return possessorIsTime(ctx, i - 1);
    if (t.pos === 'DET' || t.pos === 'PRON') return cues().anaphorDeterminers.includes(t.text.toLowerCase());
    if (!['ADJ', 'NOUN', 'NUM', 'PUNCT', 'ADV'].includes(t.pos) || t.text === ',') return false;
  }
  return false;
}

/** "Tuesday's meeting" is a re-mention; "Putin's call" names its participant instead. */
function possessorIsTime(ctx: DocContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t) return false;
  const inTime = ctx.view.inTime(t);
  const m = ctx.view.mentionAt(t.start);
  const inMention = m !== null && t.end <= m.end;
  const plural = /s$/.test(t.text) && t.pos === 'NOUN';
  return inTime || (!inMention && plural) || /day$/i.test(t.text);
}
