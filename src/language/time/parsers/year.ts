/**
 * A year written in digits: "1962", "in 2014", "fiscal 1989", "FY2021", or spelled out as transcripts do:
 * "nineteen ninety-six", "the year two thousand". "'98" after a month is handled by
 * month-day. Numbers that are counts ("2000 troops", "$1990") are rejected by the number-not-year refiner.
 */
import { B, E, candidate } from '../candidate.ts';
import { SPELLED_2000S, SPELLED_YEAR, spelledYearOf } from '../lexicon.ts';
import type { Parser } from '../types.ts';

export const year: Parser = {
  name: 'year',
  pattern: new RegExp(
    `${B}(?:(?:(?:fiscal(?:\\s+year)?|FY)\\s*)?(?<y>1[5-9]\\d\\d|20\\d\\d)${E}(?!,\\d|\\.\\d|-\\d)` +
      `|(?:the\\s+year\\s+)?(?<sy>${SPELLED_YEAR})${E}|the\\s+year\\s+(?<sy2>${SPELLED_2000S})${E})`,
    'gi',
  ),
  extract(match) {
    const spelled = match.groups!['sy'] ?? match.groups!['sy2'];
    if (!spelled && /^[a-z]/.test(match[0]) && !/^fiscal/.test(match[0])) return null; // "fy2021" in lower case is not a year
    const y = spelled ? String(spelledYearOf(spelled) ?? '') : match.groups!['y']!;
    if (!y) return null;
    return candidate(match, this.name, 'DATE', y, { granularity: 'year', day: { y: Number(y), m: 1, d: 1 }, confidence: 0.9 });
  },
};
