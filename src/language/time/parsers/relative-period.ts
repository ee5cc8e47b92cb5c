/**
 * A calendar period named relative to now: "last week", "this month", "next year", "the current quarter",
 * "the past year", "this weekend", "year-end". Weeks are ISO weeks (YYYY-Www). "The following week" and
 * "the same month" hang on another expression and are left to the offset parser.
 */
import { addDays, addMonths, fmtMonth, fmtQuarter, fmtWeek, fmtYear, quarterOf, weekday, type Ymd } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import type { Candidate, Granularity, Parser } from '../types.ts';

const DIRECTION: Record<string, number> = { last: -1, past: -1, previous: -1, latest: -1, this: 0, current: 0, present: 0, next: 1, coming: 1 };

export const relativePeriod: Parser = {
  name: 'relative-period',
  pattern: new RegExp(
    `${B}(?:(?:the\\s+)?(?<rel>last|past|previous|latest|this|current|present|next|coming)\\s+(?:fiscal\\s+)?(?<unit>week(?:end)?|month|year|quarter|decade|century)|(?<end>year[-\\s]end|year's\\s+end)|(?<weekend>the\\s+weekend))${E}`,
    'gi',
  ),
  extract(match, ctx) {
    if (!ctx.dct) return null;
    if (match.groups!['end']) return candidate(match, this.name, 'DATE', fmtYear(ctx.dct.y), { ...relative(ctx), mod: 'END', granularity: 'year', day: ctx.dct });
    if (match.groups!['weekend']) {
      // "the weekend" in news is the one just past (or under way on a Saturday or Sunday), unless the clause
      // looks ahead: "will end operations by the weekend" is the coming one.
      const back = weekday(ctx.dct) >= 6 || ctx.tenseAt(match.index) === 'future' ? 0 : -7;
      return candidate(match, this.name, 'DATE', `${fmtWeek(addDays(ctx.dct, back))}-WE`, { ...relative(ctx, 0.7), granularity: 'week', day: addDays(ctx.dct, back) });
    }
    const n = DIRECTION[group(match, 'rel')!]!;
    const unit = group(match, 'unit')!;
    return period(match, ctx.dct, unit, n, relative(ctx, 0.85));
  },
};

function period(match: RegExpExecArray, dct: Ymd, unit: string, n: number, rel: Pick<Candidate, 'anchor' | 'confidence'>): Candidate {
  const make = (value: string, granularity: Granularity, day: Ymd): Candidate =>
    candidate(match, 'relative-period', 'DATE', value, { ...rel, granularity, day });
  switch (unit) {
    case 'week':
      return make(fmtWeek(addDays(dct, 7 * n)), 'week', addDays(dct, 7 * n));
    case 'weekend':
      return make(`${fmtWeek(addDays(dct, 7 * n))}-WE`, 'week', addDays(dct, 7 * n));
    case 'month': {
      const day = addMonths(dct, n);
      return make(fmtMonth(day.y, day.m), 'month', day);
    }
    case 'quarter': {
      const day = addMonths(dct, 3 * n);
      return make(fmtQuarter(day.y, quarterOf(day.m)), 'quarter', day);
    }
    case 'decade':
      return make(String(Math.floor(dct.y / 10) + n), 'decade', { ...dct, y: dct.y + 10 * n });
    case 'century':
      return make(String(Math.floor(dct.y / 100) + n).padStart(2, '0'), 'century', { ...dct, y: dct.y + 100 * n });
    default:
      return make(fmtYear(dct.y + n), 'year', { ...dct, y: dct.y + n });
  }
}
