/**
 * A date as written in metadata ("2023-03-08T06:00:00Z", "Sat, 04 Mar 2023 09:30:00 +0000",
 * "December 31st, 2021 at 10:07 IST") → a PartialDate of the calendar day as the publisher wrote it: no time-zone
 * shift, since the day in the publisher's zone is the day the article carries.
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from '../model.ts';

const ISO = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s]|$)/;
/** Day first with dots is the European order ("12.02.2022" is 12 February). */
const DOTTED = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const YEAR = /\b(1[89]|20)\d{2}\b/;

/** Needs a year: a month and day alone are not a publication date. */
export function parseMetadataDate(value: string): PartialDate | null {
  const iso = ISO.exec(value);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : null);
  const dotted = DOTTED.exec(value);
  if (dotted) return valid(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  // "5 hours ago" has a year only relative to today, which says nothing about the article.
  if (!YEAR.test(value)) return null;
  const result = chrono.strict.parse(value)[0] ?? chrono.parse(value)[0];
  if (!result || !result.start.isCertain('year')) return null;
  const s = result.start;
  return valid(s.get('year')!, s.get('month')!, s.isCertain('day') ? s.get('day')! : null);
}

function valid(year: number, month: number, day: number | null): PartialDate | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === null ? ym : day >= 1 && day <= 31 ? `${ym}-${String(day).padStart(2, '0')}` : null;
}

/** Whole days from a to b (partial dates count from their first day). */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  return (toTime(b) - toTime(a)) / 86_400_000;
}

export function toTime(d: PartialDate): number {
  const [y, m = '01', day = '01'] = d.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(day));
}
