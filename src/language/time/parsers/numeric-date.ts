/** Numeric dates: "12/30/2021" (US order, unless the first number cannot be a month), "2021-12-30". */
import { fmtDay } from '../calendar.ts';
import { candidate } from '../candidate.ts';
import type { Parser } from '../types.ts';

export const numericDate: Parser = {
  name: 'numeric-date',
  pattern: /(?<![\w/.-])(?:(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4}|\d{2})|(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2}))(?![\w/-])/g,
  extract(match) {
    const g = match.groups!;
    let y: number, m: number, d: number;
    if (g['iy']) [y, m, d] = [Number(g['iy']), Number(g['im']), Number(g['id'])];
    else {
      const [a, b] = [Number(g['a']), Number(g['b'])];
      [m, d] = a > 12 ? [b, a] : [a, b];
      y = Number(g['y']);
      if (y < 100) y += y < 50 ? 2000 : 1900;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return candidate(match, this.name, 'DATE', fmtDay({ y, m, d }), { granularity: 'day', day: { y, m, d }, confidence: 0.9 });
  },
};
