/**
 * Can two reports describe one real event? Each test is one fact that must not disagree: type (or a type used
 * interchangeably for it), medium, date at the granularity given, place, participants. An undated report needs
 * positive evidence besides (strongEvidence): a matching duration or the same stated medium, with the same pair.
 */
import { loadData } from '../../data.ts';
import { datesCompatible, type DateParts } from '../partial-date.ts';
import { spansOverlap, type DaySpan } from './day-range.ts';

interface CoreferenceTable {
  compatible: string[][];
  status: string[][];
  durationTolerance: number;
}

const table = () => loadData<CoreferenceTable>('resolve/event-coreference.json');

/** The facts of a report or of a cluster of reports. */
export interface EventFacts {
  types: Set<string>;
  statuses: Set<string>;
  media: Set<string>;
  date: DateParts | null;
  places: Set<string>;
  participants: Set<string>;
  durations: number[];
  /** ISO weekdays named by undated reports ("on Thursday"). */
  weekdays: Set<number>;
  /** The days the full-day reports cover (a range when one reported the event as lasting several days). */
  span: DaySpan | null;
}

export function typesCompatible(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) for (const y of b) if (x === y || table().compatible.some((g) => g.includes(x) && g.includes(y))) return true;
  return false;
}

export function mediaCompatible(a: Set<string>, b: Set<string>): boolean {
  return a.size === 0 || b.size === 0 || [...a].some((m) => b.has(m));
}

export function placesCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  return [...a].some((x) => [...b].some((y) => x === y || x.includes(y) || y.includes(x)));
}

/** Reports with named participants on both sides must share two of them (or all, when one names fewer). */
export function participantsOverlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function participantsCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  return participantsOverlap(a, b) >= Math.min(2, a.size, b.size);
}

export function durationsAgree(a: number[], b: number[]): boolean {
  return a.some((x) => b.some((y) => Math.abs(x - y) <= table().durationTolerance * Math.max(x, y)));
}

export function durationsConflict(a: number[], b: number[]): boolean {
  return a.length > 0 && b.length > 0 && !durationsAgree(a, b);
}

export function statusesCompatible(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) for (const y of b) if (x === y || table().status.some((g) => g.includes(x) && g.includes(y))) return true;
  return false;
}

/** No fact disagrees. */
export function compatible(a: EventFacts, b: EventFacts): boolean {
  if (!typesCompatible(a.types, b.types) || !mediaCompatible(a.media, b.media)) return false;
  if (!statusesCompatible(a.statuses, b.statuses)) return false;
  if (a.date && b.date && !datesAgree(a, b)) return false;
  if (!weekdaysCompatible(a, b)) return false;
  return placesCompatible(a.places, b.places) && participantsCompatible(a.participants, b.participants);
}

/** The same day, or for a multi-day event reported with its range, one of its days. */
function datesAgree(a: EventFacts, b: EventFacts): boolean {
  if (a.span && b.span) return spansOverlap(a.span, b.span);
  return datesCompatible(a.date!, b.date!);
}

/** Named weekdays must agree with each other and with a full date: Monday's report is not Thursday's. */
export function weekdaysCompatible(a: EventFacts, b: EventFacts): boolean {
  const days = (f: EventFacts) => (f.span ? spanWeekdays(f.span) : f.date && isFullDay(f.date) ? new Set([isoWeekday(f.date)]) : f.weekdays);
  const x = days(a);
  const y = days(b);
  return x.size === 0 || y.size === 0 || [...x].some((d) => y.has(d));
}

/** ISO weekdays of the days a span covers (day 0, 1970-01-01, was a Thursday). */
function spanWeekdays(span: DaySpan): Set<number> {
  const out = new Set<number>();
  for (let d = span.first; d <= span.last && out.size < 7; d++) out.add((((d + 3) % 7) + 7) % 7 + 1);
  return out;
}

function isFullDay(d: DateParts): boolean {
  return d.year !== null && d.month !== null && d.day !== null;
}

function isoWeekday(d: DateParts): number {
  return ((new Date(Date.UTC(d.year!, d.month! - 1, d.day!)).getUTCDay() + 6) % 7) + 1;
}

/**
 * Reports from different documents must also share something that identifies the event: a participant, a
 * place, or the very day for the very same type ("an attack" in 2014 in one article is not the other's).
 */
export function identifying(a: EventFacts, b: EventFacts): boolean {
  if (participantsOverlap(a.participants, b.participants) > 0) return true;
  if (a.places.size > 0 && b.places.size > 0) return true;
  const sameType = [...a.types].some((t) => b.types.has(t));
  return sameType && a.date?.day != null && b.date?.day != null;
}

/**
 * Enough to tie an undated report to another report: the same two participants at least, and the same duration
 * (within tolerance) or the same stated medium, with no conflicting duration.
 */
export function strongEvidence(a: EventFacts, b: EventFacts): { reason: string; strength: number } | null {
  if (!compatible(a, b) || participantsOverlap(a.participants, b.participants) < 2) return null;
  if (durationsAgree(a.durations, b.durations)) return { reason: 'same participants and duration', strength: 2 };
  if (durationsConflict(a.durations, b.durations)) return null;
  if ([...a.media].some((m) => b.media.has(m))) return { reason: 'same participants and medium', strength: 1 };
  return null;
}

/**
 * Weaker evidence for events without two named parties (a quake, a company's halt, a court's ruling): an
 * undated report of the very same type naming the weekday of a dated event ("the investigation opened on
 * Thursday" and an investigation dated to a Thursday). It only ties when no other cluster fits as well.
 */
export function weekdayEvidence(a: EventFacts, b: EventFacts): { reason: string; strength: number } | null {
  if (a.date || !b.date || !isFullDay(b.date) || a.weekdays.size === 0) return null;
  if (![...a.types].some((t) => b.types.has(t)) || !compatible(a, b)) return null;
  return { reason: 'same type, reported on the weekday of its date', strength: 0.5 };
}
