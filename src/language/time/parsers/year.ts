/**
 * A year written in digits: "1962", "in 2014", "fiscal 1989", "FY2021", "'98" after a month is handled by
 * month-day. Numbers that are counts ("2000 troops", "$1990") are rejected by the number-not-year refiner.
 */
import { B, E, candidate } from '../candidate.ts';
import type { Parser } from '../types.ts';

export const year: Parser = {
  name: 'year',
  pattern: new RegExp(`${B}(?:(?:fiscal(?:\\s+year)?|FY)\\s*)?(?<y>1[5-9]\\d\\d|20\\d\\d)${E}(?!,\\d|\\.\\d|-\\d)`, 'g'),
  extract(match) {
    const y = match.groups!['y']!;
    return candidate(match, this.name, 'DATE', y, { granularity: 'year', day: { y: Number(y), m: 1, d: 1 }, confidence: 0.9 });
  },
};
