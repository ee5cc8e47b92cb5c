/**
 * Calendar arithmetic on plain year/month/day triples (UTC, no time zones: a news date is a calendar day),
 * and the TIMEX3 spellings of days, weeks, months and quarters.
 */
export interface Ymd {
  y: number;
  /** 1..12 */
  m: number;
  d: number;
}

export function parseYmd(value: string | null): Ymd | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function toDate(a: Ymd): Date {
  const date = new Date(Date.UTC(2000, a.m - 1, a.d));
  date.setUTCFullYear(a.y);
  return date;
}

function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(a: Ymd, days: number): Ymd {
  const date = toDate(a);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28). */
export function addMonths(a: Ymd, months: number): Ymd {
  const index = a.y * 12 + (a.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(a: Ymd): number {
  return ((toDate(a).getUTCDay() + 6) % 7) + 1;
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toDate(thursday).getTime() - toDate(jan1).getTime()) / 86_400_000);
  return { y: thursday.y, w: Math.floor(dayOfYear / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (a: Ymd): string => `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
export const fmtQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;

export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}
