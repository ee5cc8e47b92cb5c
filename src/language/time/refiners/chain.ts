/**
 * Resolves expressions that count from another time ("two days later", "a year earlier", "the following
 * day", "year-ago"): from the latest dated expression before them, or from the DCT for "ago". The result keeps
 * the finer of the two granularities: "a year earlier" after "the third quarter" is a quarter, "two days
 * later" after "January 10" a day. "A year ago" beside a quarter in the same sentence means that quarter
 * a year before (financial reports' "profit rose in the third quarter from a year ago").
 */
import { addMonths, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, quarterOf, type Ymd } from '../calendar.ts';
import { shiftDay } from '../resolve.ts';
import type { Candidate, Granularity, Refiner, TimeContext } from '../types.ts';

const ORDER: Granularity[] = ['time', 'day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];
const UNIT_GRANULARITY: Record<string, Granularity> = { D: 'day', W: 'week', WE: 'week', '2W': 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century' };

export const chain: Refiner = {
  name: 'chain',
  refine(candidates, ctx) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const resolved = c.shift ? resolveShift(c, out, ctx) : c;
      if (resolved) out.push(resolved);
    }
    return out;
  },
};

function resolveShift(c: Candidate, before: Candidate[], ctx: TimeContext): Candidate | null {
  const { unit, amount } = c.shift!;
  const unitGranularity = UNIT_GRANULARITY[unit] ?? 'day';
  const base = baseFor(c, before, ctx, c.granularity ?? unitGranularity);
  if (!base) return { ...c, value: c.value, anchor: 'none', confidence: 0.2 };
  // Counting from another expression keeps its precision when finer; counting from the DCT ("ago") does not.
  let granularity = c.granularity ?? (base.ref && finer(base.granularity, unitGranularity) ? base.granularity : unitGranularity);
  // Nothing finer than what it counts from: "two days later" after "in October" is still October.
  const coarse = base.ref && finer(granularity, base.granularity) && finer(unitGranularity, base.granularity);
  // "That day" or "hours later" with no day before it in the story speaks of a day the text never dates
  // ("losses on trades made that day" in a report about 1987): not a time expression worth a value.
  if (coarse && c.parser === 'narrative') return null;
  if (coarse) granularity = base.granularity;
  const day = shiftDay(base.day, unit, amount);
  const { shift: _shift, partOfDay, ...rest } = c;
  const timed = partOfDay && !coarse;
  const value = timed ? `${fmtDay(day)}T${partOfDay}` : format(day, granularity, base.value);
  const resolved: Candidate = { ...rest, type: timed ? 'TIME' : rest.type === 'TIME' ? 'DATE' : rest.type, value, granularity, day };
  if (base.ref) return { ...resolved, anchorRef: base.ref, anchor: 'time', confidence: coarse ? 0.5 : 0.7 };
  return { ...resolved, anchor: 'publication', confidence: 0.75 };
}

interface Base {
  day: Ymd;
  granularity: Granularity;
  value: string;
  ref?: Candidate;
}

/**
 * What a relative expression counts from. "Ago" counts from the DCT; the rest from the story's reference time:
 * the nearest dated expression before it that is at least as precise as what it names ("hours later" looks for a
 * day or a clock time, passing over "since 2011"), else the nearest of any precision, else the DCT.
 */
function baseFor(c: Candidate, before: Candidate[], ctx: TimeContext, wanted: Granularity): Base | null {
  const dated = [...before].reverse().filter((b) => b.day && b.granularity && ORDER.includes(b.granularity) && b.type !== 'DURATION' && b.type !== 'SET' && isBase(b)); // period-ref ("the quarter") keeps its quarter and is a base
  const sentence = ctx.sentenceAt(c.start);
  const dct: Base | null = ctx.dct ? { day: ctx.dct, granularity: 'day', value: fmtDay(ctx.dct) } : null;
  const nearQuarter = dated.find((b) => sentence - ctx.sentenceAt(b.start) <= 2 && (b.granularity === 'quarter' || b.granularity === 'half'));
  if (c.anchor === 'period') return nearQuarter ? asBase(nearQuarter) : ctx.dct ? lastQuarter(ctx.dct) : null;
  // "A year ago" in a report about a quarter is that quarter a year before.
  if (c.anchor === 'publication') return c.shift?.unit === 'Y' && c.shift.amount === -1 && nearQuarter ? asBase(nearQuarter) : dct;
  const previous = dated.find((b) => !finer(wanted, b.granularity!)) ?? dated[0];
  return previous ? asBase(previous) : dct;
}

/**
 * Expressions that were themselves shifted are not bases: "a year earlier" twice in a report is the same year.
 * A story's days are, though: "On Monday …. The next day …. Hours later …" walks on from day to day.
 */
function isBase(b: Candidate): boolean {
  if (b.parser !== 'offset' && b.parser !== 'narrative') return true;
  return b.granularity === 'day' || b.granularity === 'time';
}

/** The last quarter completed before the DCT: what a report's "the quarter" usually is. */
function lastQuarter(dct: Ymd): Base {
  const day = addMonths(dct, -3);
  return { day, granularity: 'quarter', value: fmtQuarter(day.y, quarterOf(day.m)) };
}

const asBase = (b: Candidate): Base => ({ day: b.day!, granularity: b.granularity!, value: b.value, ref: b });

function finer(a: Granularity, b: Granularity): boolean {
  return ORDER.indexOf(a) < ORDER.indexOf(b);
}

function format(day: Ymd, granularity: Granularity, baseValue: string): string {
  switch (granularity) {
    case 'time':
      return fmtDay(day) + baseValue.slice(baseValue.indexOf('T'));
    case 'day':
      return fmtDay(day);
    case 'week':
      return fmtWeek(day);
    case 'month':
      return fmtMonth(day.y, day.m);
    case 'quarter':
      return fmtQuarter(day.y, quarterOf(day.m));
    case 'half':
      return `${fmtYear(day.y)}-H${day.m <= 6 ? 1 : 2}`;
    case 'decade':
      return String(Math.floor(day.y / 10));
    case 'century':
      return String(Math.floor(day.y / 100)).padStart(2, '0');
    default:
      return fmtYear(day.y);
  }
}
