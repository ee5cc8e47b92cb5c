/**
 * Dates given as a distance from another time: "three years ago" (from the DCT), "two days later",
 * "a week earlier", "the following day", "the previous month", "the same day", "year-earlier" (from the
 * expression before it). They are emitted with a `shift`; the chain refiner computes the value.
 */
import { B, E, candidate, group } from '../candidate.ts';
import { NUMBER, UNIT, numberOf, unitOf } from '../lexicon.ts';
import type { Granularity, Parser } from '../types.ts';

const UNIT_GRANULARITY: Record<string, Granularity> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year' };

const DISTANCE = `(?:(?:about|nearly|almost|some|roughly|more\\s+than|less\\s+than|just|only)\\s+)?(?<n>${NUMBER})[\\s-]+(?<u>${UNIT})(?:\\s+or\\s+so)?`;
const SIGNS: Record<string, number> = { ago: -1, earlier: -1, before: -1, previous: -1, prior: -1, later: 1, after: 1, following: 1, next: 1, hence: 1, 'from now': 1, same: 0 };

export const offset: Parser = {
  name: 'offset',
  pattern: new RegExp(
    `${B}(?:${DISTANCE}\\s+(?<dir>ago|earlier|later|hence|from\\s+now)` +
      `|the\\s+(?<rel>following|next|previous|prior|same)\\s+(?<u2>day|week|month|year|quarter)` +
      `|the\\s+(?<u3>day|week|month|year)\\s+(?<dir3>before|after)(?!\\s+(?:the|a|an|his|her|its|their)\\b)` +
      `|(?<adj>the\\s+(?:comparable\\s+|corresponding\\s+)?year[-\\s](?:earlier|ago)\\s+(?:(?:first|second|third|fourth)\\s+)?(?<noun>quarter|period)|year[-\\s](?:earlier|ago))` +
      `|(?<adj2>(?:the\\s+)?(?:same|corresponding|comparable)\\s+(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)|last\\s+year's\\s+(?:quarter|period)))${E}`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    if (g['adj'] || g['adj2']) {
      // "the year-ago quarter", "the same period last year": the period a year before the one being talked about;
      // "year-earlier" alone qualifies a figure and means a year back, like "a year ago": the same quarter of
      // last year in a report about a quarter, else last year (the chain refiner decides).
      const period = g['noun'] || g['adj2'];
      return candidate(match, this.name, 'DATE', 'XXXX', { shift: { unit: 'Y', amount: -1 }, anchor: period ? 'period' : 'publication', confidence: 0.6, ...(period ? { granularity: 'quarter' as const } : {}) });
    }
    const dir = group(match, 'dir') ?? group(match, 'rel') ?? group(match, 'dir3')!;
    const unit = unitOf(g['u'] ?? g['u2'] ?? g['u3']!)!;
    const n = g['n'] ? numberOf(g['n']) : 1;
    const sign = SIGNS[dir] ?? 0;
    // "ago" and "from now" count from the publication; the rest from the expression they follow.
    const anchor = dir === 'ago' || dir === 'hence' || dir === 'from now' ? 'publication' : 'previous';
    // "Two hours later", "a few minutes earlier", "36 hours after": a clock distance from a time of the story
    // lands on its day (or the day a whole number of days away), the precision news gives such events.
    if (unit === 'TM' || unit === 'H' || unit === 'S') {
      const days = unit === 'H' && n !== 'X' ? Math.floor(n / 24) : 0;
      return candidate(match, this.name, 'DATE', 'XXXX', { shift: { unit: 'D', amount: sign * days }, anchor, confidence: 0.6, granularity: 'day' });
    }
    if (n === 'X') return candidate(match, this.name, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', { anchor, confidence: 0.5, granularity: 'ref' });
    // "the following year" names a whole unit; "two days later" keeps the precision of what it counts from.
    const whole = g['u2'] || g['u3'] ? { granularity: UNIT_GRANULARITY[unit] } : {};
    return candidate(match, this.name, 'DATE', 'XXXX', { shift: { unit, amount: sign * n }, anchor, confidence: 0.7, ...whole });
  },
};
