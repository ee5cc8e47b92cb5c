/**
 * A month without a day: "June", "in June", "last April", "this September", "June 1998", "June of 2021",
 * "the month of June". A bare month takes its year from the tense; "last"/"next"/"this" from the DCT.
 */
import { fmtMonth } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import { MONTH, SPELLED_YEAR, monthOf, spelledYearOf } from '../lexicon.ts';
import { yearFor } from '../resolve.ts';
import type { Parser } from '../types.ts';

export const month: Parser = {
  name: 'month',
  pattern: new RegExp(`${B}(?:(?<rel>last|next|this(?:\\s+(?:past|coming))?)\\s+)?(?<m>${MONTH})(?:,?\\s+(?:of\\s+)?(?<y>\\d{4})(?!\\d)|\\s+(?:of\\s+)?(?<sy>${SPELLED_YEAR})|\\s+(?<rely>last|this|next)\\s+year)?${E}`, 'g'),
  extract(match, ctx) {
    const m = monthOf(match.groups!['m']!);
    if (!m) return null;
    const year = match.groups!['y'] ?? (match.groups!['sy'] ? spelledYearOf(match.groups!['sy']) : undefined);
    if (year) return candidate(match, this.name, 'DATE', fmtMonth(Number(year), m), { granularity: 'month', day: { y: Number(year), m, d: 1 }, confidence: 0.95 });
    if (!ctx.dct) return candidate(match, this.name, 'DATE', `XXXX-${String(m).padStart(2, '0')}`, { ...relative(ctx), granularity: 'month' });
    const relYear = group(match, 'rely');
    if (relYear) {
      // "June last year", "January this year": the year is named relative to the DCT.
      const y = ctx.dct.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0);
      return candidate(match, this.name, 'DATE', fmtMonth(y, m), { ...relative(ctx, 0.9), granularity: 'month', day: { y, m, d: 1 } });
    }
    const rel = group(match, 'rel');
    const tense = rel === 'last' || rel === 'this past' ? 'past' : rel === 'next' || rel === 'this coming' ? 'future' : ctx.tenseAt(match.index);
    // "last April" is the latest April before the current month, but never the month just past (that one is
    // "last month"): said on March 1, "last February" is a year back. "Next" mirrors it; "this past May" and a
    // bare "May" follow the tense.
    const y =
      rel === 'this' ? ctx.dct.y
      : rel === 'last' ? (m < ctx.dct.m - 1 ? ctx.dct.y : ctx.dct.y - 1)
      : rel === 'next' ? (m > ctx.dct.m + 1 ? ctx.dct.y : ctx.dct.y + 1)
      : yearFor(m, null, ctx.dct, tense);
    return candidate(match, this.name, 'DATE', fmtMonth(y, m), { ...relative(ctx, 0.75), granularity: 'month', day: { y, m, d: 1 } });
  },
};
