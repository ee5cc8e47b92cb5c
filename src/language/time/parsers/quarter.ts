/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter", "the 1988 third quarter",
 * "the fourth quarter of 1990", "the first half" → YYYY-Q3, YYYY-H1. Without a year: the DCT's year (reports
 * talk of the current year's quarters), unless a "last year's" precedes.
 */
import { addMonths, fmtQuarter, fmtYear, quarterOf } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import { alternation, lexicon } from '../lexicon.ts';
import type { Candidate, Parser, TimeContext } from '../types.ts';

const ORD = alternation(Object.keys(lexicon.ordinals).filter((o) => (lexicon.ordinals[o] ?? 9) <= 4));

export const quarter: Parser = {
  name: 'quarter',
  pattern: new RegExp(
    `${B}(?:(?<pre>(?:last|next|this)\\s+year's)\\s+)?(?:(?:the|its|their)\\s+)?(?:(?<y1>\\d{4})\\s+)?(?:fiscal[\\s-]+)?(?<n>${ORD})[\\s-]+(?:fiscal[\\s-]+)?(?<unit>quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>\\d{4}))?${E}|${B}the\\s+(?<py>\\d{4})\\s+(?:quarter|period)${E}`,
    'gi',
  ),
  extract(match, ctx) {
    if (match.groups!['py']) return yearPeriod(match, ctx);
    const n = lexicon.ordinals[group(match, 'n')!]!;
    const unit = group(match, 'unit')!;
    if (unit === 'half' && n > 2) return null;
    const explicit = match.groups!['y1'] ?? match.groups!['y2'];
    const pre = group(match, 'pre');
    let y: number | null = explicit ? Number(explicit) : ctx.dct?.y ?? null;
    if (y !== null && !explicit && pre) y += pre.startsWith('last') ? -1 : pre.startsWith('next') ? 1 : 0;
    const year = y === null ? 'XXXX' : fmtYear(y);
    const value = unit === 'half' ? `${year}-H${n}` : fmtQuarter(Number(y ?? 0), n).replace(/^\d{4}/, year);
    const day = y === null ? undefined : { y, m: unit === 'half' ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1, d: 1 };
    const extra = explicit ? { confidence: 0.95 } : relative(ctx, 0.8);
    return candidate(match, this.name, 'DATE', value, { ...extra, granularity: unit === 'half' ? 'half' : 'quarter', ...(day ? { day } : {}) });
  },
};

/** "the 1988 quarter": the quarter a report is about (the last one completed by the DCT) in that year. */
function yearPeriod(match: RegExpExecArray, ctx: TimeContext): Candidate {
  const y = Number(match.groups!['py']);
  const q = ctx.dct ? quarterOf(addMonths(ctx.dct, -3).m) : null;
  const value = q ? fmtQuarter(y, q) : `${fmtYear(y)}-QX`;
  return candidate(match, 'quarter', 'DATE', value, { ...relative(ctx, 0.6), granularity: 'quarter', day: { y, m: ((q ?? 1) - 1) * 3 + 1, d: 1 } });
}
