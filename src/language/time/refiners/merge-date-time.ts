/**
 * Joins a clock time with the date written beside it, in either order: "December 31st, 2021 at 10:07 IST",
 * "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9", "mid-afternoon yesterday" → one TIME.
 */
import { fmtDay } from '../calendar.ts';
import type { Candidate, Refiner } from '../types.ts';

const GAP = /^\s*(?:,|at|on|of)?\s*(?:,|at|on)?\s*$/i;

export const mergeDateTime: Refiner = {
  name: 'merge-date-time',
  refine(candidates, ctx) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const out: Candidate[] = [];
    for (const c of sorted) {
      const prev = out[out.length - 1];
      if (prev && GAP.test(ctx.text.slice(prev.end, c.start)) && prev.end <= c.start) {
        const merged = merge(prev, c);
        if (merged) {
          out[out.length - 1] = merged;
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};

function merge(a: Candidate, b: Candidate): Candidate | null {
  const [clock, date] = a.parser === 'time-of-day' ? [a, b] : b.parser === 'time-of-day' ? [b, a] : [null, null];
  if (!clock || !date || date.type !== 'DATE' || date.granularity !== 'day' || !date.day) return null;
  const time = clock.value.slice(clock.value.indexOf('T'));
  return { ...date, start: a.start, end: b.end, type: 'TIME', value: fmtDay(date.day) + time, granularity: 'time' };
}
