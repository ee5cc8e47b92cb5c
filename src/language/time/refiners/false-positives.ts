/**
 * Drops matches that are not times: month and weekday names written in lower case ("may" the verb,
 * "march" the noun), a bare "May"/"March" with no calendar context, month abbreviations standing alone,
 * four-digit numbers that count things ("2000 troops", "$1990"), and titles such as "This Week".
 */
import { lexicon } from '../lexicon.ts';
import type { Candidate, Refiner, TimeContext } from '../types.ts';

const CALENDAR_WORDS = new Set([...Object.keys(lexicon.months), ...Object.keys(lexicon.weekdays)].filter((w) => w.length >= 3));
/** Months that are also common words: they need a preposition, a day or a year beside them. */
const AMBIGUOUS_MONTHS = /^(may|march|mar|jan|sun|sat|wed)$/i;
const MONTH_CONTEXT = /\b(in|since|until|till|by|of|during|through|from|before|after|early|late|mid|last|next|this|that|end|beginning|start|middle|and|or|to)\s*-?\s*$/i;
/** What follows "may" the modal verb: a bare verb or an adverb, never what follows a month. */
const MODAL_FOLLOWER = /^\s+(be|have|not|also|well|never|still|just|even|soon|only|need|want|become|take|make|get|go|come|see|do|say|help|lead|face|find)\b/i;
const COUNTED = /^\s*(%|percent|per\b|troops|people|soldiers|shares|workers|employees|jobs|units|cars|homes|tons|barrels|points|votes|miles|meters|kilometers|feet)/i;

export const falsePositives: Refiner = {
  name: 'false-positives',
  refine(candidates, ctx) {
    return candidates.filter((c) => keep(c, ctx));
  },
};

function keep(c: Candidate, ctx: TimeContext): boolean {
  const text = ctx.text.slice(c.start, c.end);
  for (const word of text.match(/[A-Za-z]+/g) ?? []) {
    if (CALENDAR_WORDS.has(word.toLowerCase()) && word[0] === word[0]!.toLowerCase() && word !== word.toUpperCase()) return false;
  }
  // "ABC's "This Week"": a capitalized unit after "this/last/next" names a programme or a title, not a period.
  if (c.parser === 'relative-period' && /\b(?:Week|Month|Year|Quarter)\b/.test(text) && text !== text.toUpperCase()) return false;
  if (c.parser === 'month') return plausibleMonth(text, ctx.text.slice(Math.max(0, c.start - 20), c.start), ctx.text.slice(c.end, c.end + 12));
  if (c.parser === 'year') return plausibleYear(ctx.text.slice(Math.max(0, c.start - 2), c.start), ctx.text.slice(c.end, c.end + 20));
  return true;
}

function plausibleMonth(text: string, before: string, after: string): boolean {
  if (/\d{4}/.test(text) || /\s/.test(text.trim())) return true; // "June 1998", "last May"
  const word = text.replace(/\.$/, '');
  if (lexicon.months[word.toLowerCase()] !== undefined && word.length <= 4 && !/^(may|june|july)$/i.test(word)) return false;
  if (AMBIGUOUS_MONTHS.test(word)) return MONTH_CONTEXT.test(before) && !MODAL_FOLLOWER.test(after);
  return true;
}

function plausibleYear(before: string, after: string): boolean {
  if (/[$£€#]\s?$/.test(before) || /\d[.,]?$/.test(before)) return false;
  return !COUNTED.test(after);
}
