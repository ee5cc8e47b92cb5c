/**
 * A day of a month: "December 7", "Dec. 15, 1989", "December 31st, 2021", "Wednesday, December 22, 2021",
 * "7 December 2021", "the 13th of January", and pairs "the 9th and 10th of January" / "January 9 and 10",
 * which give two dates. Without a year, the year follows the tense (see resolve.ts).
 */
import { fmtDay, type Ymd } from '../calendar.ts';
import { B, E, candidate, relative } from '../candidate.ts';
import { MONTH, WEEKDAY, alternation, lexicon, monthOf } from '../lexicon.ts';
import { yearFor } from '../resolve.ts';
import type { Candidate, Parser, TimeContext } from '../types.ts';

const ORD = `(?:\\d{1,2}(?:st|nd|rd|th)?|${alternation(Object.keys(lexicon.ordinals).filter((o) => !/\d/.test(o)))})`;
const YEAR = `(?:,?\\s*(?<y>\\d{4})(?!\\d))`;
const PAIR = `(?:\\s*(?:and|or|to|through|-|–)\\s*(?:the\\s+)?(?<d2>${ORD}))`;

const monthFirst = `(?:${WEEKDAY},?\\s+)?(?<m>${MONTH})\\s+(?<d>${ORD})${E}${PAIR}?${YEAR}?`;
const dayFirst = `(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<d>${ORD})${PAIR}?\\s+(?:of\\s+)?(?<m>${MONTH})${E}${YEAR}?`;

export const monthDay: Parser = {
  name: 'month-day',
  pattern: new RegExp(`${B}(?:${monthFirst}|${dayFirst.replace(/\?<(d2?|m|y)>/g, '?<$1_>')})`, 'g'),
  extract(match, ctx) {
    const g = match.groups!;
    const month = monthOf(g['m'] ?? g['m_'] ?? '');
    const d1 = dayOf(g['d'] ?? g['d_']);
    const d2 = dayOf(g['d2'] ?? g['d2_']);
    const yearText = g['y'] ?? g['y_'];
    if (!month || !d1 || d1 > 31 || (d2 !== null && d2 > 31)) return null;
    const whole = candidateFor(match, ctx, month, d1, yearText);
    if (d2 === null) return whole ? [whole] : null;
    return splitPair(match, ctx, month, d1, d2, yearText);
  },
};

function dayOf(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.toLowerCase();
  return lexicon.ordinals[t] ?? (/^\d/.test(t) ? parseInt(t, 10) : null);
}

function resolveDay(ctx: TimeContext, offset: number, month: number, day: number, yearText?: string): { day: Ymd; absolute: boolean } | null {
  if (yearText) return { day: { y: Number(yearText), m: month, d: day }, absolute: true };
  if (!ctx.dct) return null;
  return { day: { y: yearFor(month, day, ctx.dct, ctx.tenseAt(offset)), m: month, d: day }, absolute: false };
}

function candidateFor(match: RegExpExecArray, ctx: TimeContext, month: number, d: number, yearText?: string): Candidate | null {
  const r = resolveDay(ctx, match.index, month, d, yearText);
  if (!r) return candidate(match, 'month-day', 'DATE', `XXXX-${pad(month)}-${pad(d)}`, { ...relative(ctx), granularity: 'day' });
  const extra = r.absolute ? { confidence: 0.95 } : relative(ctx, 0.85);
  return candidate(match, 'month-day', 'DATE', fmtDay(r.day), { ...extra, granularity: 'day', day: r.day });
}

/** "the 9th and 10th of January": the first day alone, then the second with the month (and year). */
function splitPair(match: RegExpExecArray, ctx: TimeContext, month: number, d1: number, d2: number, yearText?: string): Candidate[] {
  const first = candidateFor(match, ctx, month, d1, yearText)!;
  const second = candidateFor(match, ctx, month, d2, yearText)!;
  const groups = match.indices?.groups ?? {};
  const firstDay = groups['d'] ?? groups['d_'];
  const secondDay = groups['d2'] ?? groups['d2_'];
  if (!firstDay || !secondDay) return [first];
  // The month (and year) stays with whichever day it is written beside: "January 9" + "10", "9th" + "10th of January".
  return [{ ...first, end: firstDay[1] }, { ...second, start: secondDay[0] }];
}

const pad = (n: number): string => String(n).padStart(2, '0');
