/**
 * Days named from the publication date: "today", "yesterday", "tomorrow", "tonight", "the day before yesterday",
 * and with a part of day: "this morning", "last night", "yesterday afternoon", "tomorrow evening" (TIME).
 */
import { addDays, fmtDay } from '../calendar.ts';
import { B, E, candidate, group, relative } from '../candidate.ts';
import { alternation, lexicon } from '../lexicon.ts';
import type { Parser } from '../types.ts';

const OFFSETS: Record<string, number> = {
  today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'the day before yesterday': -2, 'the day after tomorrow': 2,
  this: 0, last: -1,
};
const PART = alternation(Object.keys(lexicon.partsOfDay).filter((p) => !/^(tonight|overnight)$/.test(p)));

export const deicticDay: Parser = {
  name: 'deictic-day',
  pattern: new RegExp(
    `${B}(?:(?<day>the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow)|today|yesterday|tomorrow|tonight)(?:'s)?(?:\\s+(?<part>${PART}))?|(?<dem>this|last)\\s+(?<part2>${PART})|(?<over>overnight))${E}`,
    'g',
  ),
  extract(match, ctx) {
    const word = group(match, 'day') ?? group(match, 'dem') ?? 'today';
    const part = group(match, 'part') ?? group(match, 'part2') ?? (word === 'tonight' || match.groups!['over'] ? 'night' : undefined);
    const code = part ? lexicon.partsOfDay[part] : undefined;
    if (word === 'last' && code !== 'NI') return null; // "last morning" is not idiomatic; "last evening" rare
    const type = code ? 'TIME' : 'DATE';
    const span = /'s$/i.test(match[0]) ? { end: match.index + match[0].length - 2 } : {};
    if (!ctx.dct) return candidate(match, this.name, type, code ? `XXXX-XX-XXT${code}` : 'XXXX-XX-XX', { ...relative(ctx), ...span });
    const day = addDays(ctx.dct, OFFSETS[word] ?? 0);
    const value = fmtDay(day) + (code ? `T${code}` : '');
    return candidate(match, this.name, type, value, { ...relative(ctx, 0.9), granularity: code ? 'time' : 'day', day, ...span });
  },
};
