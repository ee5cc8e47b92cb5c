/**
 * How long a communication or meeting lasted, from a DURATION time expression tied to its trigger:
 * a modifier right before it ("a 50-minute phone call", "two-hour talks"), or a "lasted …"/"for …" phrase
 * in its clause ("the call, which lasted for about one hour", "talked on the phone for 50 minutes").
 */
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import type { TimeExpression } from '../../model.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

const TIMED_FAMILIES = new Set(['contact']);

export const durations: EventRefiner = {
  name: 'durations',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => {
      if (c.durationMinutes !== null || !TIMED_FAMILIES.has(family(c.type))) return c;
      const sentence = ctx.doc.sentences[c.sentence]!;
      const d = ctx.timesIn(sentence).find((t) => t.type === 'DURATION' && attached(ctx, c, t, candidates));
      const minutes = d ? isoMinutes(d.value) : null;
      return minutes ? { ...c, durationMinutes: minutes } : c;
    });
  },
};

function attached(ctx: DocContext, c: Candidate, t: TimeExpression, all: Candidate[]): boolean {
  const first = ctx.tokenAt(t.start);
  const last = ctx.tokenAt(t.end) - 1;
  if (last < c.tokenStart && c.tokenStart - last <= 2 && ctx.word(last + 1) !== ',') return true;
  if (!cueBefore(ctx, first)) return false;
  if (t.start < c.clause.start || t.end > c.clause.end) return false;
  // The cue phrase belongs to the nearest timed event before it.
  const before = all.filter((o) => o.sentence === c.sentence && o.tokenEnd <= first && TIMED_FAMILIES.has(family(o.type)));
  return before.length > 0 && before[before.length - 1] === c;
}

/** "lasted", "lasting", "for", "lasted for about": up to three words before the expression. */
function cueBefore(ctx: DocContext, first: number): boolean {
  for (let i = first - 1; i >= first - 3 && i >= 0; i--) if (cues().durationCues.some((w) => ctx.is(i, w))) return true;
  return false;
}

/** ISO 8601 duration ("PT2H1M", "PT50M", "P1D") in minutes; null for vague values ("PTXH"). */
export function isoMinutes(value: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const [, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  const total = (d ?? 0) * 1440 + (h ?? 0) * 60 + (min ?? 0) + (s ?? 0) / 60;
  return total > 0 ? Math.round(total) : null;
}
