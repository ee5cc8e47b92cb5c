/**
 * What the article's own text says about when it was written: a dateline ("WASHINGTON, Dec. 7 (Reuters) -"),
 * the explicit dates it mentions ("January 21, 2022", "on February 12") and the years it names. Relative
 * expressions ("on Tuesday") are the time stage's business, not evidence here.
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from '../model.ts';
import { daysBetween, toTime } from './parse-date.ts';

export interface DateMention {
  date: PartialDate;
  text: string;
  /** The year came from another mention, not from this one. */
  yearInferred: boolean;
}

export interface ContentDates {
  dateline: DateMention | null;
  mentions: DateMention[];
  /** Four-digit years named anywhere in the text. */
  years: number[];
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * [PLACE,] Month Day[, Year][,] (Agency) — ; the place is capitalised, possibly two places joined by "/" or a
 * bracketed country ("Ottawa [Canada], June 29 (ANI):"); wires that file from their home desk omit it
 * ("April 4 (Reuters) -", "Feb. 15 --").
 */
const DATELINE = new RegExp(
  `^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)(?:([\\p{Lu}][\\p{L}.'’ /\\[\\]-]{1,40}(?:,\\s*[\\p{Lu}][\\p{L}.'’ /\\[\\]-]{1,40})?),?\\s+)?(${MONTH}\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?)\\s*(?:,?\\s*\\(([^)]{2,30})\\))?\\s*(?:[-–—:]|$)`,
  'u',
);
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const WRITTEN_DATE = new RegExp(`\\b${MONTH}(?:\\s|$)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'i');

export function contentDates(text: string): ContentDates {
  // Only calendar dates written out: chrono also reads "in a few weeks" as a date relative to its reference.
  const raw = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1))).filter((r) => WRITTEN_DATE.test(r.text));
  const full = raw.filter((r) => r.start.isCertain('year') && r.start.isCertain('day'));
  const latestFull = full.map((r) => ymd(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!)).sort().at(-1) ?? null;
  const mentions: DateMention[] = [];
  for (const r of raw) {
    if (!r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    if (r.start.isCertain('year')) mentions.push({ date: ymd(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!), text: r.text.trim(), yearInferred: false });
    else if (latestFull) mentions.push({ date: withYearNear(latestFull, r.start.get('month')!, r.start.get('day')!), text: r.text.trim(), yearInferred: true });
  }
  const years = [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))].sort();
  return { dateline: dateline(text, latestFull), mentions, years };
}

function dateline(text: string, latestFull: PartialDate | null): DateMention | null {
  const found = parseDateline(DATELINE.exec(text.slice(0, 300)));
  if (!found) return null;
  const { m, parsed } = found;
  const s = parsed.start;
  if (s.isCertain('year')) return { date: ymd(s.get('year')!, s.get('month')!, s.get('day')!), text: m[0].trim(), yearInferred: false };
  return latestFull ? { date: withYearNear(latestFull, s.get('month')!, s.get('day')!), text: m[0].trim(), yearInferred: true } : null;
}

/** The date part of a dateline match, read by chrono. */
function parseDateline(m: RegExpExecArray | null): { m: RegExpExecArray; parsed: chrono.ParsedResult } | null {
  if (!m) return null;
  const parsed = chrono.strict.parse(m[2]!.replace(/\s+,/g, ','), new Date(Date.UTC(2000, 0, 1)))[0];
  return parsed ? { m, parsed } : null;
}

/** A dateline without a year ("TARSK, Feb 12 (CNW) —"): its "-MM-DD", for a year the corpus supplies. */
export function yearlessDateline(text: string): { monthDay: string; text: string } | null {
  // The dateline opens the story's first paragraph, which may follow the outlet and headline lines.
  const found = parseDateline(text.slice(0, 800).split('\n').slice(0, 8).map((line) => DATELINE.exec(line)).find((x) => x !== null) ?? null);
  if (!found) return null;
  const { m, parsed } = found;
  if (parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  return { monthDay: ymd(2000, parsed.start.get('month')!, parsed.start.get('day')!).slice(4), text: m[0].trim() };
}

/** The month-day in the year that puts it closest to the reference date (Jan 10 near Dec 22, 2021 is 2022). */
function withYearNear(reference: PartialDate, month: number, day: number): PartialDate {
  const year = Number(reference.slice(0, 4));
  return [year - 1, year, year + 1]
    .map((y) => ymd(y, month, day))
    .sort((a, b) => Math.abs(daysBetween(reference, a)) - Math.abs(daysBetween(reference, b)))[0]!;
}

function ymd(y: number, m: number, d: number): PartialDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function latest(mentions: DateMention[]): DateMention | null {
  return mentions.reduce<DateMention | null>((best, m) => (!best || toTime(m.date) > toTime(best.date) ? m : best), null);
}
