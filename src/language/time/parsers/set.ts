/**
 * Recurring times (TIMEX3 SET): "every Monday" → XXXX-WXX-1, "each July" → XXXX-07, "every month" → P1M,
 * "daily" → P1D ("quarterly" is left out: it is nearly always an adjective, "quarterly dividend"), "twice a year" (span "a year") → P1Y,
 * plural weekdays "Mondays", "Tuesday nights" → XXXX-WXX-2TNI.
 */
import { B, E, candidate, group } from '../candidate.ts';
import { MONTH, UNIT, WEEKDAY, lexicon, monthOf, unitOf, weekdayOf } from '../lexicon.ts';
import { durationValue } from '../resolve.ts';
import type { Parser } from '../types.ts';

/**
 * "daily flights", "average daily volume", "weekly magazine": the adjective describes a thing, it does not
 * date anything (TimeBank leaves these untagged). Followed by a noun, the word is skipped.
 */
const ADJECTIVE_FOLLOWERS = '(?!(?:and|or|but|since|until|through|from|to|for|in|on|at|by|with|as|the|a|an|this|that|while|when|during|over|basis)\\b)[a-z]+';
const ADVERBS: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', biweekly: 'P2W' };

export const set: Parser = {
  name: 'set',
  pattern: new RegExp(
    `${B}(?:(?:every|each)\\s+(?<other>other\\s+)?(?:(?<w>${WEEKDAY})|(?<m>${MONTH})|(?<u>${UNIT}))` +
      `|(?<adv>hourly|daily|nightly|weekly|monthly|yearly|biweekly)(?!\\s+${ADJECTIVE_FOLLOWERS})|(?<adv2>annually)` +
      `|(?<pw>${WEEKDAY})(?:s|\\s+(?<pp>mornings|afternoons|evenings|nights))` +
      `|(?<=\\b(?:once|twice|thrice|times)\\s+)(?:a|an|per)\\s+(?<u2>${UNIT}))${E}`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    const step = g['other'] ? 2 : 1;
    const make = (value: string) => candidate(match, this.name, 'SET', value, { anchor: 'none', confidence: 0.8 });
    if (g['w']) return make(`XXXX-WXX-${weekdayOf(g['w'])}`);
    if (g['pw']) {
      const part = g['pp'] ? lexicon.partsOfDay[group(match, 'pp')!.replace(/s$/, '')] : undefined;
      return make(`XXXX-WXX-${weekdayOf(g['pw'])}${part ? `T${part}` : ''}`);
    }
    if (g['m']) return make(`XXXX-${String(monthOf(g['m'])).padStart(2, '0')}`);
    if (g['adv'] || g['adv2']) return make(ADVERBS[group(match, 'adv') ?? group(match, 'adv2')!]!);
    const unit = unitOf(g['u'] ?? g['u2']!);
    // A recurring quarter stays a quarter ("every quarter" → P1Q), unlike a duration counted in quarters.
    if (unit === 'Q') return make(`P${step}Q`);
    return unit ? make(durationValue([[step, unit]])) : null;
  },
};
