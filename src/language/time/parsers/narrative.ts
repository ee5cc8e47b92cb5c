/**
 * Times named from the story's own reference time rather than from the publication: "later that day", "that
 * evening", "the same night", "the next morning", "the night before", "hours later", "minutes after the quake",
 * "that year", "with immediate effect". Like the offset parser's "two days later" they carry a `shift`; the chain refiner resolves them
 * against the nearest dated expression before them (anchor "time:<id>").
 */
import { B, E, candidate, group } from '../candidate.ts';
import { alternation, lexicon } from '../lexicon.ts';
import type { Candidate, Granularity, Parser } from '../types.ts';

const PART = alternation(Object.keys(lexicon.partsOfDay).filter((p) => !/^(tonight|overnight)$/.test(p)));
const RELATIONS: Record<string, number> = { next: 1, following: 1, previous: -1, prior: -1, same: 0 };
const UNITS: Record<string, { unit: string; granularity: Granularity }> = {
  day: { unit: 'D', granularity: 'day' },
  week: { unit: 'W', granularity: 'week' },
  month: { unit: 'M', granularity: 'month' },
  year: { unit: 'Y', granularity: 'year' },
};
/** "Later that day" leans to the end of the day, "earlier that week" to its start (TIMEX3 mod). */
const EDGE: Record<string, string> = { later: 'END', earlier: 'START' };

export const narrative: Parser = {
  name: 'narrative',
  pattern: new RegExp(
    `${B}(?:` +
      // "later that day", "earlier that evening", "later the same day", "later in the day"
      `(?:(?<edge>later|earlier)\\s+(?:that|the\\s+same|(?<in>in\\s+the))|(?<dem>that|the\\s+same))\\s+(?:(?<u>day|week|month|year)|(?<part>${PART}))` +
      // "the next morning", "the following evening", "the previous night"
      `|the\\s+(?<rel>next|following|previous|prior|same)\\s+(?<part2>${PART})` +
      // "the night before", "the evening before" (not "the night before the vote": that counts from an event)
      `|the\\s+(?<part3>${PART})\\s+before(?!\\s+(?:the|a|an|his|her|its|their|last)\\b)` +
      // "most of the day", "the rest of the day", "by the end of the day" (not the idiom "at the end of the day")
      `|(?<=\\b(?:most|rest|much|all|part|end|start|beginning|middle)\\s+of\\s+)(?<!\\bat\\s+the\\s+end\\s+of\\s+)(?<ofday>the\\s+day)` +
      // "with immediate effect", "effective immediately": the day of what the story tells
      `|(?<now>(?:with\\s+)?immediate\\s+effect|effective\\s+immediately)` +
      // "hours later", "minutes after the quake", "moments before the blast"
      `|(?<clock>hours|minutes|moments|seconds)\\s+(?:later|afterwards?|earlier|(?:after|before)(?=\\s))` +
      `)${E}(?!-)`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const edge = group(match, 'edge');
    const part = group(match, 'part') ?? group(match, 'part2') ?? group(match, 'part3');
    const code = part ? lexicon.partsOfDay[part] : undefined;
    // "Later in the week" said of what is still to come is this week: it counts from the publication.
    const fromNow = g['in'] && ctx.tenseAt(match.index) === 'future';
    const base: Partial<Candidate> = { anchor: fromNow ? 'publication' : 'previous', confidence: 0.6 };
    if (g['clock'] || g['now'] || g['ofday']) {
      // Hours or minutes from a time of the story stay on its day.
      return candidate(match, this.name, 'DATE', 'XXXX', { ...base, shift: { unit: 'D', amount: 0 }, granularity: 'day' });
    }
    if (code) {
      const rel = group(match, 'rel');
      const amount = rel ? (RELATIONS[rel] ?? 0) : g['part3'] ? -1 : 0;
      return candidate(match, this.name, 'TIME', 'XXXX', { ...base, shift: { unit: 'D', amount }, granularity: 'time', partOfDay: code, ...(edge ? { mod: EDGE[edge] } : {}) });
    }
    const unit = UNITS[group(match, 'u') ?? 'day']!;
    // "that day" after a named day is that day; "later that year" keeps the year with mod END.
    const mod = edge && unit.granularity !== 'day' ? { mod: EDGE[edge] } : {};
    return candidate(match, this.name, 'DATE', 'XXXX', { ...base, shift: { unit: unit.unit, amount: 0 }, granularity: unit.granularity, ...mod });
  },
};
