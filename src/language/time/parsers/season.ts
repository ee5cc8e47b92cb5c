/**
 * Seasons: "this summer", "last winter", "the summer of 2021", "spring 1998" → YYYY-SU. "Fall" alone is a verb
 * or noun too often, so it needs a determiner, a year or "this/last/next". The year of a bare season follows
 * the tense, counting a season from its first month.
 */
import { fmtYear } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import { SPELLED_YEAR, alternation, lexicon, spelledYearOf } from '../lexicon.ts';
import { yearFor } from '../resolve.ts';
import type { Parser } from '../types.ts';

const FIRST_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const season: Parser = {
  name: 'season',
  pattern: new RegExp(
    `${B}(?:(?<rel>last|next|this(?:\\s+(?:past|coming))?|the)\\s+)?(?<s>${alternation(Object.keys(lexicon.seasons))})(?:(?:\\s+of)?\\s+(?:(?<y>\\d{4})|(?<sy>${SPELLED_YEAR})))?${E}`,
    'gi',
  ),
  extract(match, ctx) {
    const word = group(match, 's')!;
    const code = lexicon.seasons[word]!;
    const rel = group(match, 'rel');
    const explicit = match.groups!['y'] ?? (match.groups!['sy'] ? spelledYearOf(match.groups!['sy']) : undefined);
    if (word === 'fall' && !explicit && (!rel || rel === 'the')) return null;
    if (explicit) return candidate(match, this.name, 'DATE', `${explicit}-${code}`, { granularity: 'season', confidence: 0.9 });
    if (!ctx.dct) return candidate(match, this.name, 'DATE', `XXXX-${code}`, { ...relative(ctx), granularity: 'season' });
    const tense = rel?.startsWith('last') || rel === 'this past' ? 'past' : rel === 'next' || rel === 'this coming' ? 'future' : ctx.tenseAt(match.index);
    // As for months, "last spring" is last year's spring and "next summer" next year's.
    const y = rel === 'this' ? ctx.dct.y : rel === 'last' ? ctx.dct.y - 1 : rel === 'next' ? ctx.dct.y + 1 : yearFor(FIRST_MONTH[code]!, null, ctx.dct, tense);
    return candidate(match, this.name, 'DATE', `${fmtYear(y)}-${code}`, { ...relative(ctx, 0.7), granularity: 'season', day: { y, m: FIRST_MONTH[code]!, d: 1 } });
  },
};
