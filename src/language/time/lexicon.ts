/**
 * The time lexicon (data/time/lexicon.json) and regular-expression alternations built from it, longest first
 * so that "a couple of" wins over "a".
 */
import { loadData } from '../../data.ts';

export interface TimeLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  numbers: Record<string, number>;
  vagueNumbers: string[];
  ordinals: Record<string, number>;
  units: Record<string, string>;
  unitPlurals: Record<string, string>;
  fuzzy: Record<string, string>;
  seasons: Record<string, string>;
  partsOfDay: Record<string, string>;
  approx: Record<string, string>;
  holidays: Record<string, string>;
  refs: Record<string, string>;
}

export const lexicon = loadData<TimeLexicon>('time/lexicon.json');

/** A non-capturing alternation of the words, longest first, spaces matching any whitespace. */
export function alternation(words: Iterable<string>): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}

export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');

/** Month number of a name or abbreviation ("Sept." → 9). */
export const monthOf = (word: string): number | undefined => lexicon.months[norm(word)];
export const weekdayOf = (word: string): number | undefined => lexicon.weekdays[norm(word).replace(/'s$/, '')];

/** Month names; abbreviations ("Sept", "Jan") may take a trailing dot, full names ("May") may not. */
const isAbbreviation = (m: string): boolean => Object.keys(lexicon.months).some((full) => full.length > m.length && full.startsWith(m));
export const MONTH = `(?:${alternation(Object.keys(lexicon.months).filter((m) => !isAbbreviation(m)))}|${alternation(Object.keys(lexicon.months).filter(isAbbreviation))}\\.?)`;
/** Full weekday names only: "Sun"/"Wed" alone are too often other words. */
export const WEEKDAY = alternation(Object.keys(lexicon.weekdays).filter((w) => w.endsWith('day')));

/** A count: digits, number words ("twenty four", "twenty-four") or vague quantities ("several"). */
const NUMBER_WORD = alternation(Object.keys(lexicon.numbers));
/** Number words that can follow another in a compound ("twenty four"): not the article ("a five year low" is 5). */
const COMPOUND_WORD = alternation(Object.keys(lexicon.numbers).filter((w) => !/^an?$/.test(w)));
export const NUMBER = `(?:\\d+(?:\\s+1/2|½|[.,]\\d+)?|${alternation(lexicon.vagueNumbers)}|${COMPOUND_WORD}(?:[\\s-]+${COMPOUND_WORD})*|${NUMBER_WORD})`;

/** Value of a count: a number, or "X" for a vague one. "twenty four" → 24, "two hundred" → 200. */
export function numberOf(text: string): number | 'X' {
  const t = norm(text);
  if (/^\d/.test(t)) return Number(t.replace(/,/g, '').replace(/\s*(1\/2|½)$/, '.5'));
  if (lexicon.vagueNumbers.includes(t)) return 'X';
  let total = 0;
  let current = 0;
  const re = new RegExp(NUMBER_WORD, 'gi');
  for (const m of t.matchAll(re)) {
    const v = lexicon.numbers[norm(m[0])] ?? 0;
    if (v === 100) current = (current || 1) * 100;
    else current += v;
  }
  total += current;
  return total || 'X';
}

/** Unit letter(s) for a unit word, singular or plural ("hours" → "H", "minutes" → "TM"). */
export function unitOf(word: string): string | undefined {
  const w = norm(word).replace(/-/g, '');
  const singular = lexicon.unitPlurals[w] ?? w.replace(/s$/, '');
  return lexicon.units[singular];
}

export const UNIT = `(?:${alternation(Object.keys(lexicon.units))}s?|${alternation(Object.keys(lexicon.unitPlurals))})`;

const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNDER_HUNDRED = `(?:(?:${TENS.join('|')})(?:[\\s-]+(?:${UNITS_WORDS.join('|')}))?|${TEENS.join('|')}|oh[\\s-]+(?:${UNITS_WORDS.join('|')}))`;
/**
 * A year spelled out as broadcast transcripts write it: "nineteen ninety-six", "eighteen sixty-five",
 * "nineteen oh five". "Two thousand (and) one" is a year only after "the year" (else a count).
 */
export const SPELLED_YEAR = `(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[\\s-]+${UNDER_HUNDRED})`;
export const SPELLED_2000S = `(?:two[\\s-]+thousand(?:[\\s-]+(?:and[\\s-]+)?(?:${UNDER_HUNDRED}|${UNITS_WORDS.join('|')}))?)`;

/** Value of a spelled-out year ("nineteen ninety-six" → 1996, "two thousand and one" → 2001), or undefined. */
export function spelledYearOf(text: string): number | undefined {
  const words = norm(text).replace(/-/g, ' ').split(' ').filter((w) => w && w !== 'and');
  const small = (ws: string[]): number => {
    let n = 0;
    for (const w of ws) {
      if (w === 'oh') continue;
      const v = UNITS_WORDS.indexOf(w) + 1 || (TEENS.indexOf(w) >= 0 ? TEENS.indexOf(w) + 10 : 0) || (TENS.indexOf(w) >= 0 ? (TENS.indexOf(w) + 2) * 10 : 0);
      n += v;
    }
    return n;
  };
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + small(words.slice(2));
  const century = TEENS.indexOf(words[0] ?? '');
  if (century < 1) return undefined;
  return (century + 10) * 100 + small(words.slice(1));
}
