/**
 * What parsers and refiners exchange: candidates are TIMEX3 values already normalized against the context,
 * plus what a later refiner still needs (a shift to apply to another expression, a granularity).
 */
import type { Tense, TimexType } from '../../model.ts';
import type { Ymd } from './calendar.ts';

/** How fine a DATE value is: what "a year earlier" keeps when it shifts an expression. */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | 'ref' | 'time';

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  anchor: string;
  confidence: number;
  mod?: string;
  granularity?: Granularity;
  /** The calendar day the value stands for (or starts at), for shifting and combining with a time of day. */
  day?: Ymd;
  /** A relative expression ("two days later") to resolve against the previous dated expression. */
  shift?: { unit: string; amount: number };
  /** Part of day ("EV") of a relative TIME such as "that evening", added to the day the chain refiner finds. */
  partOfDay?: string;
  /** The expression a relative one was resolved against (becomes anchor "time:<id>"). */
  anchorRef?: Candidate;
  /** Name of the parser that produced it, for debugging and for refiners that treat kinds differently. */
  parser: string;
}

export interface TimeContext {
  text: string;
  /** Publication date, or null when unknown (relative expressions then stay unresolved). */
  dct: Ymd | null;
  /** Tense governing the expression at this offset: its clause's, falling back to the sentence's. */
  tenseAt(offset: number): Tense;
  /**
   * The tense of the verbs around the offset only: what a date that is not an adverbial (a possessive
   * "Saturday's earthquake" naming an event) takes, since "killed by" or "until" before it do not make it a deadline.
   */
  verbTenseAt(offset: number): Tense;
  /**
   * Whether the verb governing the offset is a present tense that states a timetable ("the court holds its
   * first hearing on Thursday"), not a report ("the ministry says"), outside a headline.
   */
  scheduledAt(offset: number): boolean;
  /** Index of the sentence holding this offset. */
  sentenceAt(offset: number): number;
}

export interface Parser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: TimeContext): Candidate | Candidate[] | null;
}

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], ctx: TimeContext): Candidate[];
}
