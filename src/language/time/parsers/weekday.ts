/**
 * A day of the week: "Thursday", "on Thursday", "Tuesday's meeting" (the possessive is left out of the span),
 * "last Friday", "next Monday", "the previous Friday", with an optional part of day ("Thursday evening" → TIME).
 */
import { addDays, fmtDay, weekday as weekdayOfDate } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import { WEEKDAY, alternation, lexicon, weekdayOf } from '../lexicon.ts';
import { weekdayFor } from '../resolve.ts';
import type { Tense } from '../../../model.ts';
import type { Parser, TimeContext } from '../types.ts';

const PART = alternation(Object.keys(lexicon.partsOfDay).filter((p) => !/^(tonight|overnight)$/.test(p)));

export const weekday: Parser = {
  name: 'weekday',
  pattern: new RegExp(
    `${B}(?<t>(?:(?<rel>last|next|this(?:\\s+(?:past|coming))?|the\\s+(?:previous|following|next|same))\\s+)?(?<w>${WEEKDAY})(?:\\s+(?<part>${PART}))?)${E}`,
    'g',
  ),
  extract(match, ctx) {
    const w = weekdayOf(match.groups!['w']!)!;
    const part = group(match, 'part');
    const partCode = part ? lexicon.partsOfDay[part] : undefined;
    const type = partCode ? 'TIME' : 'DATE';
    if (!ctx.dct) return candidate(match, this.name, type, `XXXX-WXX-${w}${partCode ? `T${partCode}` : ''}`, { ...relative(ctx), granularity: 'day' });
    const rel = group(match, 'rel') ?? '';
    const tense = /last|past|previous/.test(rel) ? 'past' : /next|coming|following/.test(rel) ? 'future' : bareTense(match, ctx);
    // A timetable in the present ("the court holds its hearing on Thursday") is this coming day, or today.
    let day = tense === 'scheduled' ? (weekdayOfDate(ctx.dct) === w ? ctx.dct : weekdayFor(w, ctx.dct, 'future')) : weekdayFor(w, ctx.dct, tense);
    // "last Friday" said on a Friday is a week ago; "next Friday" a week ahead of this one in some usage, kept as the next.
    if (/last|previous/.test(rel) && weekdayOfDate(ctx.dct) === w) day = addDays(ctx.dct, -7);
    const value = fmtDay(day) + (partCode ? `T${partCode}` : '');
    return candidate(match, this.name, type, value, { ...relative(ctx, rel ? 0.85 : 0.75), granularity: partCode ? 'time' : 'day', day });
  },
};

/** "Saturday's earthquake": a possessive day names an event already reported unless the verbs look ahead. */
const POSSESSIVE = /^['’]s\b/;

function bareTense(match: RegExpExecArray, ctx: TimeContext): Tense | 'scheduled' {
  const after = ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 3);
  if (!POSSESSIVE.test(after)) {
    const tense = ctx.tenseAt(match.index);
    return tense === 'present' && ctx.scheduledAt(match.index) ? 'scheduled' : tense;
  }
  return ctx.verbTenseAt(match.index) === 'future' ? 'future' : 'past';
}
