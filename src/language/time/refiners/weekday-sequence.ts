/**
 * A week told day by day: "its shares plunged on Monday, trading was halted on Tuesday, the chief executive
 * resigned on Wednesday and the regulator opened an investigation on Thursday", written on a Monday. Each bare
 * past weekday alone would be the latest such day, which puts "Monday" on the DCT and the rest in the week
 * before. Three or more bare weekdays in one sentence, named in calendar order and all in the past, are one
 * week in order: an earlier-named day that came out on or after a later-named one moves back a week.
 */
import { addDays, compare, fmtDay } from '../calendar.ts';
import { WEEKDAY, weekdayOf } from '../lexicon.ts';
import type { Candidate, Refiner, TimeContext } from '../types.ts';

/** A weekday alone, or with a part of day: "Monday", "Tuesday night" (no "last", "next", "the following"). */
const BARE = new RegExp(`^(${WEEKDAY})(?:\\s+\\w+)?$`, 'i');
const MIN_RUN = 3;

export const weekdaySequence: Refiner = {
  name: 'weekday-sequence',
  refine(candidates, ctx) {
    if (!ctx.dct) return candidates;
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      if (!isBarePastWeekday(c, ctx)) continue;
      const s = ctx.sentenceAt(c.start);
      bySentence.set(s, [...(bySentence.get(s) ?? []), c]);
    }
    const moved = new Map<Candidate, Candidate>();
    for (const days of bySentence.values()) {
      const numbers = days.map((c) => weekdayOf(BARE.exec(ctx.text.slice(c.start, c.end))![1]!)!);
      const ordered = days.length >= MIN_RUN && numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
      if (!ordered) continue;
      let next = days[days.length - 1]!.day!;
      for (let i = days.length - 2; i >= 0; i--) {
        const c = days[i]!;
        let day = c.day!;
        while (compare(day, next) >= 0) day = addDays(day, -7);
        if (day !== c.day) moved.set(c, { ...c, day, value: fmtDay(day) + c.value.slice(10) });
        next = day;
      }
    }
    return moved.size === 0 ? candidates : candidates.map((c) => moved.get(c) ?? c);
  },
};

function isBarePastWeekday(c: Candidate, ctx: TimeContext): boolean {
  if (c.parser !== 'weekday' || !c.day || !BARE.test(ctx.text.slice(c.start, c.end))) return false;
  if (/^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3))) return false; // "Friday's announcement" names, not narrates
  return compare(c.day, ctx.dct!) <= 0;
}
