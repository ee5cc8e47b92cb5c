/**
 * Recurring times (TIMEX3 SET): "every Monday" → XXXX-WXX-1, "each July" → XXXX-07, "every month" → P1M,
 * "daily" → P1D ("quarterly" is left out: it is nearly always an adjective, "quarterly dividend"), "twice a year" (span "a year") → P1Y.
 */
import { B, E, candidate, group } from '../candidate.ts';
import { MONTH, UNIT, WEEKDAY, monthOf, unitOf, weekdayOf } from '../lexicon.ts';
import { durationValue } from '../resolve.ts';
import type { Parser } from '../types.ts';

const ADVERBS: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', biweekly: 'P2W' };

export const set: Parser = {
  name: 'set',
  pattern: new RegExp(
    `${B}(?:(?:every|each)\\s+(?<other>other\\s+)?(?:(?<w>${WEEKDAY})|(?<m>${MONTH})|(?<u>${UNIT}))` +
      `|(?<adv>hourly|daily|nightly|weekly|monthly|annually|yearly|biweekly)` +
      `|(?<=\\b(?:once|twice|thrice|times)\\s+)(?:a|an|per)\\s+(?<u2>${UNIT}))${E}`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    const step = g['other'] ? 2 : 1;
    const make = (value: string) => candidate(match, this.name, 'SET', value, { anchor: 'none', confidence: 0.8 });
    if (g['w']) return make(`XXXX-WXX-${weekdayOf(g['w'])}`);
    if (g['m']) return make(`XXXX-${String(monthOf(g['m'])).padStart(2, '0')}`);
    if (g['adv']) return make(ADVERBS[group(match, 'adv')!]!);
    const unit = unitOf(g['u'] ?? g['u2']!);
    return unit ? make(durationValue([[step, unit]])) : null;
  },
};
