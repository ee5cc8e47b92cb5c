/**
 * Time expressions: recognition and TIMEX3 normalization. Like chrono-node, an ordered list of small parsers
 * (one per kind of expression, each a pattern and an extract function) proposes candidates already resolved
 * against the publication date and the tense; refiners then drop false positives, settle overlaps, attach fuzzy
 * modifiers, join clock times to dates and resolve expressions that count from another ("two days later").
 */
import type { TimeExpression } from '../../model.ts';
import type { DocumentView } from '../view/index.ts';
import { timeContext } from './context.ts';
import type { Candidate, Parser, Refiner, TimeContext } from './types.ts';
import { numericDate } from './parsers/numeric-date.ts';
import { monthDay } from './parsers/month-day.ts';
import { month } from './parsers/month.ts';
import { quarter } from './parsers/quarter.ts';
import { season } from './parsers/season.ts';
import { decade } from './parsers/decade.ts';
import { year } from './parsers/year.ts';
import { weekday } from './parsers/weekday.ts';
import { deicticDay } from './parsers/deictic-day.ts';
import { relativePeriod } from './parsers/relative-period.ts';
import { offset } from './parsers/offset.ts';
import { narrative } from './parsers/narrative.ts';
import { set } from './parsers/set.ts';
import { duration } from './parsers/duration.ts';
import { timeOfDay } from './parsers/time-of-day.ts';
import { refs } from './parsers/refs.ts';
import { periodRef } from './parsers/period-ref.ts';
import { falsePositives } from './refiners/false-positives.ts';
import { overlaps } from './refiners/overlaps.ts';
import { fuzzy } from './refiners/fuzzy.ts';
import { mergeDateTime } from './refiners/merge-date-time.ts';
import { weekdaySequence } from './refiners/weekday-sequence.ts';
import { chain } from './refiners/chain.ts';

/** The document as time tagging reads it: tokens, sentences and tree. */
export type TimeInput = DocumentView;

/** Earlier parsers win ties between equally long overlapping matches. */
export const PARSERS: Parser[] = [numericDate, monthDay, quarter, offset, narrative, set, relativePeriod, season, month, decade, year, weekday, deicticDay, timeOfDay, duration, periodRef, refs];
export const REFINERS: Refiner[] = [falsePositives, overlaps, fuzzy, mergeDateTime, weekdaySequence, chain];

/** Finds and normalizes time expressions; `dct` is the document creation (publication) date, "YYYY-MM-DD" or null. */
export function tagTimes(input: TimeInput, dct: string | null): TimeExpression[] {
  const ctx = timeContext(input.text, input.sentences, input.tokens, dct);
  let candidates = PARSERS.flatMap((p) => runParser(p, ctx));
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, ctx);
  return toExpressions(candidates, input, ctx);
}

function runParser(parser: Parser, ctx: TimeContext): Candidate[] {
  const flags = [...new Set(`${parser.pattern.flags}gdi`)].join('');
  const re = new RegExp(parser.pattern.source, flags);
  const out: Candidate[] = [];
  for (const match of ctx.text.matchAll(re)) {
    const found = parser.extract(match, ctx);
    if (found) out.push(...(Array.isArray(found) ? found : [found]));
  }
  return out.filter((c) => c.end > c.start);
}

function toExpressions(candidates: Candidate[], input: TimeInput, ctx: TimeContext): TimeExpression[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const ids = new Map(sorted.map((c, i) => [c, `${input.id}-t${i + 1}`]));
  return sorted.map((c) => {
    const anchor = c.anchorRef ? `time:${ids.get(c.anchorRef) ?? ''}` : c.anchor === 'previous' ? 'none' : c.anchor;
    const expression: TimeExpression = {
      id: ids.get(c)!,
      document: input.id,
      start: c.start,
      end: c.end,
      text: input.text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      anchor,
      confidence: c.confidence,
      sentence: ctx.sentenceAt(c.start),
    };
    if (c.mod) expression.mod = c.mod;
    return expression;
  });
}
