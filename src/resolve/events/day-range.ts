/**
 * The days a report covers. A multi-day event is often reported with its range ("on the 9th and 10th of
 * January", "from March 3 to March 5", "May 4-6") while another report names one of its days ("on January 10"):
 * the event mention carries one date, so the range is read back from the time expressions of its sentence.
 */
import type { AnnotatedDocument, EventMention, TimeExpression } from '../../model.ts';
import { loadData } from '../../data.ts';

/** Whole days since 1970-01-01 of the first and last day covered (equal for a single day). */
export interface DaySpan {
  first: number;
  last: number;
}

interface RangeRule {
  /** What may stand between the two dates, matched against the text between them. */
  between: string;
  /** The widest range this connector makes: "and" lists adjacent days, "to" spans a longer event. */
  maxDays: number;
}

const rules = () => loadData<{ dayRange: RangeRule[] }>('resolve/event-coreference.json').dayRange.map((r) => ({ re: new RegExp(`^(?:${r.between})$`, 'i'), maxDays: r.maxDays }));

export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000) : null;
}

/** The span of a full-day report: its own day, widened to the range its date expression is part of. */
export function daySpanOf(mention: EventMention, doc: AnnotatedDocument): DaySpan | null {
  const day = mention.date ? dayNumber(mention.date.value) : null;
  if (day === null) return null;
  const times = doc.times.filter((t) => t.sentence === mention.sentence && dayNumber(t.value) !== null).sort((a, b) => a.start - b.start);
  const at = times.findIndex((t) => (mention.date!.time ? t.id === mention.date!.time : t.value === mention.date!.value));
  if (at < 0) return { first: day, last: day };
  const partner = linked(times[at]!, times[at + 1], doc.text) ?? linked(times[at - 1], times[at]!, doc.text);
  if (!partner) return { first: day, last: day };
  return { first: Math.min(day, partner.first), last: Math.max(day, partner.last) };
}

/** Two full days joined by a range connector, in order and close enough, as a span. */
function linked(a: TimeExpression | undefined, b: TimeExpression | undefined, text: string): DaySpan | null {
  if (!a || !b) return null;
  const first = dayNumber(a.value)!;
  const last = dayNumber(b.value)!;
  const between = text.slice(a.end, b.start).trim();
  const rule = rules().find((r) => r.re.test(between));
  return rule && last > first && last - first <= rule.maxDays ? { first, last } : null;
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}
