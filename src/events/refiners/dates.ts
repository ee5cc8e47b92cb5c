/**
 * The date of each event from the DATE time expressions of its sentence. A date goes to the event it is
 * nearest to: in "the call came ahead of a summit on January 9" the date is the summit's, not the call's.
 * A DURATION is never a date; values that are not calendar dates (weeks, PAST_REF) are not used.
 */
import type { DocContext } from '../context.ts';
import type { TimeExpression } from '../../model.ts';
import type { Candidate, EventRefiner } from '../types.ts';
import { cues } from '../cues.ts';

export const dates: EventRefiner = {
  name: 'dates',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    // A time's owner is among the candidates of its own sentence (clauses never cross one), found once per time.
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const s = ctx.view.sentenceAt(c.clause.start);
      const list = bySentence.get(s);
      if (list) list.push(c);
      else bySentence.set(s, [c]);
    }
    const owners = new Map<TimeExpression, Candidate | undefined>();
    const owner = (t: TimeExpression) => {
      if (!owners.has(t)) owners.set(t, ownerOf(t, ctx, bySentence.get(ctx.view.sentenceAt(t.start)) ?? []));
      return owners.get(t);
    };
    return candidates.map((c) => {
      if (c.date) return c;
      const inClause = ctx.timesIn(c.clause).filter(isCalendarDate);
      const time = inClause.filter((t) => owner(t) === c).sort((a, b) => gap(ctx, c, a) - gap(ctx, c, b))[0];
      return time ? { ...c, date: { value: calendarValue(time.value)!, time: time.id, confidence: time.confidence } } : c;
    });
  },
};

export function isCalendarDate(t: TimeExpression): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && calendarValue(t.value) !== null;
}

/** "2021-12-07", "2021-12", "2021"; a TIME's date part ("2021-12-07T10:00" → "2021-12-07"). */
export function calendarValue(value: string): string | null {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(value);
  return m ? m[1]! : null;
}

/**
 * The candidate of the same clause closest to the time expression (ties go to the later trigger: "met … on Monday").
 * An event named inside a "before/after …" phrase is only a reference point: in "On Monday, before Putin's call
 * with Biden, Blinken had a conversation with Zelensky" Monday is the conversation's, unless the date sits
 * inside that phrase itself ("after Monday's call", "ahead of a summit on May 9").
 */
function ownerOf(t: TimeExpression, ctx: DocContext, all: Candidate[]): Candidate | undefined {
  const inClause = all.filter((c) => t.start >= c.clause.start && t.end <= c.clause.end);
  const possessed = inClause.find((c) => possessiveTime(ctx, c) === t);
  if (possessed) return possessed;
  // "Saturday's earthquake" is dated by its own possessive: it does not compete for the clause's other dates.
  const rivals = inClause.filter((c) => !possessiveTime(ctx, c));
  // "The road reopened on Monday after engineers cleared the landslide": Monday is the reopening's, which is
  // no event of ours; the landslide named inside "after …" does not get it for want of another owner.
  const main = rivals.filter((c) => !isReferenceFor(c, t, ctx));
  return main.sort((a, b) => distance(ctx, a, t) - distance(ctx, b, t))[0];
}

/** The time expression standing as the trigger's possessor: "Saturday's quake", "Monday's strong aftershock". */
function possessiveTime(ctx: DocContext, c: Candidate): TimeExpression | undefined {
  if (!c.nominal) return undefined;
  let i = c.tokenStart - 1;
  while (i >= 0 && ['ADJ', 'ADV', 'NOUN'].includes(ctx.doc.tokens[i]!.pos) && c.tokenStart - i <= 3) i--;
  if (!/^['’]s?$/.test(ctx.word(i))) return undefined;
  const owner = ctx.doc.tokens[i - 1];
  const time = owner ? ctx.view.timeAt(owner.start) : null;
  return time && owner!.end <= time.end && isCalendarDate(time) ? time : undefined;
}

/**
 * Token distance, plus a penalty for each comma or coordinating "and"/"but" between the date and a trigger
 * after it: in "police arrested X on Thursday, the department said" the date belongs to the arrest, not to the
 * attribution after the comma; in "the Union pledged aid on Sunday and said it would send teams" to the pledge.
 */
function distance(ctx: DocContext, c: Candidate, t: TimeExpression): number {
  const base = gap(ctx, c, t);
  const last = ctx.tokenAt(t.end);
  if (c.tokenStart < last) return base;
  let commas = 0;
  for (let i = last; i < c.tokenStart; i++) if (ctx.word(i) === ',' || ctx.word(i) === 'and' || ctx.word(i) === 'but') commas++;
  return base + commas * COMMA_PENALTY;
}

const COMMA_PENALTY = 8;

function isReferenceFor(c: Candidate, t: TimeExpression, ctx: DocContext): boolean {
  const { referencePrepositions, referenceWindow } = cues();
  for (let i = c.tokenStart - 1; i >= Math.max(0, c.tokenStart - referenceWindow); i--) {
    if (/^[,;:()]$/.test(ctx.word(i))) return false;
    if (referencePrepositions.some((p) => ctx.matchAt(i, p) > 0)) {
      const timeToken = ctx.tokenAt(t.start);
      return timeToken < i || timeToken >= phraseEnd(c, ctx);
    }
  }
  return false;
}

/** The "before/after …" phrase runs from its preposition to the next comma or the end of the clause. */
function phraseEnd(c: Candidate, ctx: DocContext): number {
  const clauseEnd = ctx.tokenAt(c.clause.end);
  for (let i = c.tokenEnd; i < clauseEnd; i++) if (/^[,;:()]$/.test(ctx.word(i))) return i;
  return clauseEnd;
}

function gap(ctx: DocContext, c: Candidate, t: TimeExpression): number {
  const first = ctx.tokenAt(t.start);
  const last = ctx.tokenAt(t.end) - 1;
  if (first >= c.tokenEnd) return first - c.tokenEnd;
  if (last < c.tokenStart) return c.tokenStart - last - 0.5;
  return 0;
}
