/**
 * Whether the event happened: denied ("denies any plans for an attack"), hypothetical (inside a condition:
 * "if Russia invades"; under a modal: "could invade", "would respond"), expected ("is expected to talk"),
 * planned ("scheduled to meet", "will meet", "set for January 13", a future-tense sentence), or occurred.
 * A plan stated inside a quote is a promise or a threat, not a scheduled event: it becomes hypothetical.
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { EventStatus } from '../../model.ts';
import type { Candidate, EventRefiner } from '../types.ts';

type Cue = keyof ReturnType<typeof cues>['modality'];

export const modality: EventRefiner = {
  name: 'modality',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => ({ ...c, status: statusOf(ctx, c) }));
  },
};

function statusOf(ctx: DocContext, c: Candidate): EventStatus {
  const status = rawStatus(ctx, c);
  if (status === 'planned' && ctx.quoted(c.trigger.start) && !c.date) return 'hypothetical';
  return status;
}

function rawStatus(ctx: DocContext, c: Candidate): EventStatus {
  if (insideCondition(ctx, c)) return 'hypothetical';
  if (cueBefore(ctx, c, 'denied')) return 'denied';
  if (cueBefore(ctx, c, 'hypothetical') || (c.nominal && cueAfter(ctx, c, 'hypothetical', 3))) return reportedFuture(ctx, c) ? 'planned' : 'hypothetical';
  // A noun's verb comes after its own phrase: "talks between Norland and Vestia are set for…".
  const after = c.nominal ? phraseLength(ctx, c) + 6 : 2;
  if (cueBefore(ctx, c, 'expected') || cueAfter(ctx, c, 'expected', after)) return 'expected';
  // A proposal trigger ("a bid for", "a takeover offer") names an event that has not happened yet.
  if (cueBefore(ctx, c, 'planned') || cueAfter(ctx, c, 'planned', after) || hasCue(ctx, c.tokenStart, c.tokenEnd, 'planned')) return 'planned';
  if (scheduled(ctx, c)) return 'planned';
  if (cueBefore(ctx, c, 'ongoing')) return 'ongoing';
  if (ctx.doc.sentences[c.sentence]!.tense === 'future' && !c.nominal) return 'planned';
  return afterPublication(ctx, c) ? 'planned' : 'occurred';
}

/** "set sentencing for May 3", "scheduled a first hearing for Thursday": an event noun put on the calendar. */
function scheduled(ctx: DocContext, c: Candidate): boolean {
  if (!c.nominal || ctx.word(c.tokenEnd) !== 'for') return false;
  let i = c.tokenStart - 1;
  while (i > c.tokenStart - 4 && ['DET', 'ADJ', 'NUM', 'PRON'].includes(ctx.doc.tokens[i]?.pos ?? '')) i--;
  return cues().schedulingVerbs.includes(ctx.lemma(i));
}

/** An event dated after the article was published cannot have happened yet in it. */
function afterPublication(ctx: DocContext, c: Candidate): boolean {
  const published = ctx.doc.metadata.published.date;
  if (!c.date || !published || published.length !== 10) return false;
  return c.date.value.length === 10 && c.date.value > published;
}

/** Tokens from the trigger to the end of its last participant after it ("talks between Russia and the OSCE"). */
function phraseLength(ctx: DocContext, c: Candidate): number {
  const ends = [...c.actors, ...c.targets].map((id) => ctx.doc.mentions.find((m) => m.id === id)).filter((m) => m && m.start >= c.trigger.end).map((m) => ctx.tokenAt(m!.end));
  return Math.max(c.tokenEnd, ...ends) - c.tokenEnd;
}

/**
 * "said he would visit the zone on Thursday", "his office said Movila would meet families": "would" right after
 * a reporting verb is the future seen from the past (a plan reported), not a hypothesis.
 */
function reportedFuture(ctx: DocContext, c: Candidate): boolean {
  const { start } = ctx.clauseTokens(c.tokenStart);
  for (let i = c.tokenStart - 1; i >= Math.max(start, c.tokenStart - cues().modalWindow); i--) {
    if (ctx.word(i) !== 'would') continue;
    for (let k = i - 1; k >= Math.max(start, i - 4); k--) if (cues().reportingVerbs.includes(ctx.lemma(k)) && ctx.doc.tokens[k]!.pos === 'VERB') return true;
    return false;
  }
  return false;
}

/**
 * Window of the clause before the trigger; a cue further back belongs to another verb. A noun's own modifiers
 * do not use up the window: "plans to host an international donors' conference".
 */
function cueBefore(ctx: DocContext, c: Candidate, cue: Cue): boolean {
  const { start } = ctx.clauseTokens(c.tokenStart);
  let first = c.tokenStart;
  const modifier = (i: number) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(ctx.doc.tokens[i]!.pos) || /^['’]s?$/.test(ctx.word(i));
  if (c.nominal) while (first > start && modifier(first - 1) && ctx.word(first - 1) !== ',') first--;
  const from = Math.max(start, first - cues().modalWindow);
  return hasCue(ctx, from, c.tokenStart, cue);
}

/** "talks scheduled for January", "the invasion could start": cues right after a nominal trigger. */
function cueAfter(ctx: DocContext, c: Candidate, cue: Cue, window: number): boolean {
  const { end } = ctx.clauseTokens(c.tokenStart);
  return hasCue(ctx, c.tokenEnd, Math.min(end, c.tokenEnd + window), cue);
}

function hasCue(ctx: DocContext, from: number, to: number, cue: Cue): boolean {
  const phrases = cues().modality[cue];
  for (let i = from; i < to; i++) {
    if (ctx.word(i) === ',' && cue !== 'denied') continue;
    // "the next day" counts on from a past event; only a bare "next week" looks ahead.
    if (ctx.word(i) === 'next' && ctx.word(i - 1) === 'the' && inTime(ctx, i + 1)) continue;
    // The month in "for May 3" is not the modal "may".
    if (cue === 'hypothetical' && inTime(ctx, i)) continue;
    if (phrases.some((p) => { const n = ctx.matchAt(i, p); return n > 0 && i + n <= to + 1; })) return true;
  }
  return false;
}

/**
 * A trigger inside "if …" (up to the next comma) or in the main clause of a conditional sentence under a
 * future or modal verb ("If Russia invades, the US will impose sanctions").
 */
function insideCondition(ctx: DocContext, c: Candidate): boolean {
  const sentence = ctx.doc.sentences[c.sentence]!;
  const conditional = cues().modality.conditional;
  for (let i = sentence.tokenStart; i < c.tokenStart; i++) {
    const n = conditional.map((p) => ctx.matchAt(i, p)).find((x) => x > 0);
    if (!n) continue;
    const comma = findComma(ctx, i + n, sentence.tokenEnd);
    if (comma === -1 || comma > c.tokenStart) return true;
    if (cueBefore(ctx, c, 'planned') || cueBefore(ctx, c, 'hypothetical')) return true;
  }
  return false;
}

function findComma(ctx: DocContext, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.word(i) === ',') return i;
  return -1;
}

function inTime(ctx: DocContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !!t && ctx.view.inTime(t);
}
