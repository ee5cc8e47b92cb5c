/**
 * The period a report is about, named with a definite article: "the quarter", "the latest period" (the quarter
 * under report, found by the chain refiner), "the quarter ended Sept. 30" (the calendar quarter holding most of
 * the three months up to that day: ended July 31 → Q2), "the year" / "the full year" / "the fiscal year" (the
 * publication's year), "the week" (a week left unnumbered, as TimeBank writes it). "The year ended March 31"
 * measures a span and is a DURATION of a year. "The end of the month" is the month of the story's reference time.
 */
import { fmtQuarter, fmtYear, quarterOf } from '../calendar.ts';
import { B, candidate, group, relative } from '../candidate.ts';
import { MONTH, monthOf } from '../lexicon.ts';
import { yearFor } from '../resolve.ts';
import type { Parser } from '../types.ts';

/** Not followed by a word, a hyphen ("quarter-to-quarter") or a year's number ("the year 2000"). */
const END = '(?![\\w-])(?!\\s+(?:\\d|two\\s+thousand|nineteen))';
/** "the month" is a time only as the frame of an edge: "at the end of the month", "the start of the month". */
const EDGE_OF = '(?<=\\b(?:end|start|beginning|middle|close|rest)\\s+of\\s+the\\s+)';
const ENDED = `(?:\\s+(?<ended>ended|ending)(?:\\s+(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?!\\d)(?:,?\\s+(?<y>\\d{4}))?)?)?`;

export const periodRef: Parser = {
  name: 'period-ref',
  pattern: new RegExp(
    `${B}(?<t>the\\s+(?:(?<quarter>(?:same\\s+|reporting\\s+|latest\\s+)?(?:quarter|period))|(?<year>(?:full\\s+|fiscal\\s+|entire\\s+)?year)|(?<week>week)|${EDGE_OF}(?<month>month)))${END}${ENDED}`,
    'gi',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    // The month of the story's reference time: the chain refiner takes it from the expression before.
    if (g['month']) return candidate(match, this.name, 'DATE', 'XXXX', { shift: { unit: 'M', amount: 0 }, anchor: 'previous', granularity: 'month', confidence: 0.6 });
    if (g['week']) return candidate(match, this.name, 'DATE', ctx.dct ? `${fmtYear(ctx.dct.y)}-WXX` : 'XXXX-WXX', { ...relative(ctx, 0.5), granularity: 'ref' });
    if (g['year']) {
      if (g['ended']) return candidate(match, this.name, 'DURATION', 'P1Y', { anchor: 'none', confidence: 0.6 });
      if (!ctx.dct) return candidate(match, this.name, 'DATE', 'XXXX', { ...relative(ctx), granularity: 'year' });
      return candidate(match, this.name, 'DATE', fmtYear(ctx.dct.y), { ...relative(ctx, 0.6), granularity: 'year', day: { y: ctx.dct.y, m: 1, d: 1 } });
    }
    const month = g['m'] ? monthOf(g['m']) : undefined;
    if (month && (g['y'] || ctx.dct)) {
      const day = Number(g['d']);
      let y = g['y'] ? Number(g['y']) : yearFor(month, day, ctx.dct!, 'past');
      // The quarter holding the middle one of the three months that end on that day.
      let middle = month - 1;
      if (middle === 0) [middle, y] = [12, y - 1];
      const q = quarterOf(middle);
      return candidate(match, this.name, 'DATE', fmtQuarter(y, q), { ...relative(ctx, 0.7), granularity: 'quarter', day: { y, m: (q - 1) * 3 + 1, d: 1 } });
    }
    // The quarter under report: the chain refiner takes the nearest quarter named before, or the last one completed.
    if (g['ended'] && group(match, 'quarter') === 'period') return null; // "the period ended ..." without a date
    return candidate(match, this.name, 'DATE', 'XXXX', { shift: { unit: 'Y', amount: 0 }, anchor: 'period', granularity: 'quarter', confidence: 0.5 });
  },
};
