/**
 * Resolution of underspecified calendar references against the publication date and the tense: which year a
 * bare "June" or "December 7" belongs to, which week a bare "Thursday" falls in. News reports past events in
 * the past tense and announces coming ones in the future tense; with no tense cue the nearest date wins.
 */
import type { Tense } from '../../model.ts';
import { addDays, addMonths, compare, daysBetween, daysInMonth, weekday, type Ymd } from './calendar.ts';

/** How much closer a date must be to win against the direction the tense points to. */
const TENSE_BIAS = 5;

/**
 * The year of "December 7" / "June": the occurrence just before the DCT or just after it, whichever is nearer,
 * with the tense's direction favoured (a past-tense "in June" written in December is last June; a past-tense
 * "expire Nov. 21" written on November 2 is still this November: eleven months back is too far).
 */
export function yearFor(month: number, day: number | null, dct: Ymd, tense: Tense): number {
  const start = (y: number): Ymd => ({ y, m: month, d: day ?? 1 });
  const end = (y: number): Ymd => ({ y, m: month, d: day ?? daysInMonth(y, month) });
  const pastYear = compare(start(dct.y), dct) <= 0 ? dct.y : dct.y - 1;
  const futureYear = compare(end(dct.y), dct) >= 0 ? dct.y : dct.y + 1;
  if (pastYear === futureYear) return pastYear; // the DCT falls inside that month
  const back = daysBetween(end(pastYear), dct) * (tense === 'future' ? TENSE_BIAS : 1);
  const ahead = daysBetween(dct, start(futureYear)) * (tense === 'past' ? TENSE_BIAS : 1);
  return back <= ahead ? pastYear : futureYear;
}

/** "Thursday": future → the next one after the DCT; otherwise the latest on or before it (news reports the past). */
export function weekdayFor(target: number, dct: Ymd, tense: Tense): Ymd {
  const today = weekday(dct);
  if (tense === 'future') return addDays(dct, ((target - today + 6) % 7) + 1);
  return addDays(dct, -((today - target + 7) % 7));
}

/** Shifts a day by an amount of a calendar unit (unit letters as in the lexicon: D, W, M, Q, Y, DE, CE). */
export function shiftDay(day: Ymd, unit: string, amount: number): Ymd {
  switch (unit) {
    case 'D':
      return addDays(day, amount);
    case 'W':
    case 'WE':
      return addDays(day, amount * 7);
    case '2W':
      return addDays(day, amount * 14);
    case 'M':
      return addMonths(day, amount);
    case 'Q':
      return addMonths(day, amount * 3);
    case 'Y':
      return addMonths(day, amount * 12);
    case 'DE':
      return addMonths(day, amount * 120);
    case 'CE':
      return addMonths(day, amount * 1200);
    default:
      return day;
  }
}

/** TIMEX3 duration for parts such as [[2,'H'],[1,'TM']] → "PT2H1M"; a vague count gives "X" ("PXY"). */
export function durationValue(parts: [number | 'X', string][]): string {
  let date = '';
  let time = '';
  for (const [n, unit] of expandFractions(parts)) {
    const count = n === 'X' ? 'X' : String(n);
    if (unit === 'H' || unit === 'TM' || unit === 'S') time += `${count}${unit === 'TM' ? 'M' : unit}`;
    else if (unit === '2W') date += `${n === 'X' ? 'X' : n * 2}W`;
    // TimeBank writes quarters, decades and centuries in months and years ("the next three quarters" → P9M).
    else if (unit === 'Q') date += `${n === 'X' ? 'X' : n * 3}M`;
    else if (unit === 'DE' && n !== 'X') date += `${n * 10}Y`;
    else if (unit === 'CE' && n !== 'X') date += `${n * 100}Y`;
    else if (unit === 'WE') date += `${count}WE`;
    else date += `${count}${unit}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

const SMALLER: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['TM', 60], TM: ['S', 60] };

/** "one and a half hours" → 1 H + 30 TM: TIMEX3 values have whole numbers. */
function expandFractions(parts: [number | 'X', string][]): [number | 'X', string][] {
  const out: [number | 'X', string][] = [];
  for (const [n, unit] of parts) {
    if (n === 'X' || Number.isInteger(n) || !SMALLER[unit]) {
      out.push([n, unit]);
      continue;
    }
    const [small, factor] = SMALLER[unit]!;
    if (Math.floor(n) > 0) out.push([Math.floor(n), unit]);
    out.push([Math.round((n - Math.floor(n)) * factor), small]);
  }
  return out;
}

export const firstOfMonth = (y: number, m: number): Ymd => ({ y, m, d: 1 });
export { addMonths };
