/**
 * Clock times: "10:07", "5 p.m.", "7:15 p.m. EST", "noon", "midnight", "mid-afternoon". On the DCT's day until
 * the merge refiner joins them to a date written beside them ("December 31st, 2021 at 10:07 IST").
 */
import { fmtDay } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import type { Parser } from '../types.ts';

const ZONE = '(?:\\s+(?:[ECMP][SD]T|GMT|UTC|IST|BST|CET|CEST|MSK|local\\s+time))';

export const timeOfDay: Parser = {
  name: 'time-of-day',
  pattern: new RegExp(
    `${B}(?:(?<h>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)(?!\\w)${ZONE}?|(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?!\\d)${ZONE}?|(?<word>noon|midnight|mid[\\s-]?afternoon|midday))${E}`,
    'gi',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    let clock: string;
    const word = group(match, 'word');
    if (word) clock = word === 'midnight' ? '24:00' : word.startsWith('mid') && word !== 'midday' ? 'AF' : '12:00';
    else {
      let h = Number(g['h'] ?? g['h24']);
      const min = g['min'] ?? g['m24'] ?? '00';
      const ap = group(match, 'ap');
      if (ap?.startsWith('p') && h < 12) h += 12;
      if (ap?.startsWith('a') && h === 12) h = 0;
      if (h > 24) return null;
      clock = `${String(h).padStart(2, '0')}:${min}`;
    }
    const date = ctx.dct ? fmtDay(ctx.dct) : 'XXXX-XX-XX';
    return candidate(match, this.name, 'TIME', `${date}T${clock}`, { ...relative(ctx, 0.6), granularity: 'time', ...(ctx.dct ? { day: ctx.dct } : {}) });
  },
};
