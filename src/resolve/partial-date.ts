/**
 * Partial dates ("2021", "2021-12", "2021-12-07", and "XXXX-12-07" when the year is unknown) compared at the
 * granularity given: a month is compatible with every day in it, an unknown year with any year.
 */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function parseDate(value: string | null | undefined): DateParts | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(value ?? '');
  if (!m) return null;
  const num = (s: string | undefined) => (s && !s.startsWith('X') ? Number(s) : null);
  const parts = { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
  return parts.year === null && parts.month === null ? null : parts;
}

export function datesCompatible(a: DateParts, b: DateParts): boolean {
  return same(a.year, b.year) && same(a.month, b.month) && same(a.day, b.day);
}

function same(x: number | null, y: number | null): boolean {
  return x === null || y === null || x === y;
}

/** How precise: a full day 3, month 2, year 1 (an unknown year costs half a point). */
export function precision(d: DateParts): number {
  const base = d.day !== null ? 3 : d.month !== null ? 2 : 1;
  return d.year === null ? base - 0.5 : base;
}

/** Both at once: the more precise of two compatible dates, its gaps filled from the other. */
export function mergeDates(a: DateParts, b: DateParts): DateParts {
  return { year: a.year ?? b.year, month: a.month ?? b.month, day: a.day ?? b.day };
}

export function formatDate(d: DateParts): string | null {
  if (d.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.month === null) return String(d.year);
  if (d.day === null) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Adds days to a full date "YYYY-MM-DD". */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isFullDate(value: string | null | undefined): boolean {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
