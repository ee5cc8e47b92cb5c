/**
 * The latest past date a document states itself ("On February 12", "January 21, 2022"): it was written on or
 * after it. Dates in sentences about plans ("talks scheduled for January 10") and dates the metadata stage
 * rejected (a scraper's header) do not count. A month and day without a year take the year of the
 * document's own full dates; a document with none (a wire story dated only "VIENNA, March 11 —") takes the
 * year that puts the day nearest the dated documents of the corpus, which report the same story. A day that any
 * document of the corpus names in a plan ("delegations would meet on April 2") is a plan everywhere: another
 * article naming it ("the delegations meeting on April 2") may well be written before it.
 */
import type { AnnotatedDocument, TimeExpression } from '../../model.ts';
import { loadData } from '../../data.ts';
import { isFullDate } from '../partial-date.ts';

export interface OwnDate {
  date: string;
  text: string;
}

export interface CorpusDays {
  /** Full publication dates of the other documents, for a day-and-month the document leaves without a year. */
  published: string[];
  /** "-MM-DD" of the days named in plans anywhere in the corpus (planDays). */
  plans: Set<string>;
}

export function latestOwnDate(doc: AnnotatedDocument, corpus: CorpusDays = { published: [], plans: new Set() }): OwnDate | null {
  const rejected = new Set(doc.metadata.published.rejected.map((r) => r.date));
  const usable = doc.times.filter((t) => t.type === 'DATE' && !rejected.has(t.value) && !inFutureSentence(doc, t));
  // A date years before every dated report of the story is history ("the uprising of August 8, 1988"): it places
  // neither the document nor the year of its bare month-days.
  const storyYears = corpus.published.filter(isFullDate).map((d) => Number(d.slice(0, 4)));
  const recent = (date: string) => storyYears.length === 0 || Number(date.slice(0, 4)) >= Math.min(...storyYears) - 1;
  const full = usable.filter((t) => isFullDate(t.value) && t.anchor === 'absolute' && recent(t.value));
  const year = full.length ? Math.max(...full.map((t) => Number(t.value.slice(0, 4)))) : null;
  const candidates: (OwnDate & { past: boolean })[] = full.map((t) => ({ date: t.value, text: t.text, past: false }));
  for (const t of usable) {
    if (!/^XXXX-\d{2}-\d{2}$/.test(t.value)) continue;
    const named = namedWeekday(doc, t);
    const refs = year !== null ? [year] : corpus.published.filter(isFullDate).map((d) => Number(d.slice(0, 4)));
    const fitting = named === null ? null : yearWithWeekday(t.value.slice(4), named.day, refs);
    const y = fitting ?? year ?? nearestYear(t.value.slice(4), corpus.published);
    // A day named with its weekday in a past sentence ("flew out early Wednesday (July 13)") is a past fact here,
    // whatever plans other documents made for it.
    const past = named !== null && fitting !== null && doc.sentences[t.sentence]?.tense === 'past';
    if (y !== null) candidates.push({ date: `${y}${t.value.slice(4)}`, text: named && fitting !== null ? named.text : t.text, past });
  }
  return candidates
    .filter((c) => c.past || !corpus.plans.has(c.date.slice(4)))
    .reduce<OwnDate | null>((best, c) => (!best || c.date > best.date ? { date: c.date, text: c.text } : best), null);
}

/** The year (among the corpus years and those either side) that puts "-MM-DD" nearest a corpus date. */
export function nearestYear(monthDay: string, corpusDates: string[]): number | null {
  // A corpus repeats the same few days many times: each distinct day is parsed once, each year's gap computed once.
  const dates = [...new Set(corpusDates)].filter(isFullDate);
  if (dates.length === 0) return null;
  const times = dates.map((d) => Date.parse(d));
  const years = new Set(dates.flatMap((d) => [-1, 0, 1].map((k) => Number(d.slice(0, 4)) + k)));
  const gaps = new Map<number, number>();
  for (const y of years) {
    const t = Date.parse(`${y}${monthDay}`);
    if (!Number.isNaN(t)) gaps.set(y, Math.min(...times.map((d) => Math.abs(t - d))));
  }
  return [...gaps.keys()].sort((a, b) => gaps.get(a)! - gaps.get(b)! || a - b)[0] ?? null;
}

/**
 * "-MM-DD" of every day named as the goal of a plan in any document: a plan cue before the date in its stretch
 * of sentence ("would hold talks on April 2"), so that "declared mourning on Sunday and said he would visit"
 * does not make Sunday a plan.
 */
export function planDays(docs: AnnotatedDocument[]): Set<string> {
  const days = docs.flatMap((d) => d.times.filter((t) => t.type === 'DATE' && /^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(t.value) && planCue(d, t, 'before')));
  return new Set(days.map((t) => t.value.slice(4)));
}

/**
 * A plan: the sentence is in the future tense, or the stretch of it holding the date (a dateline's "VIENNA,
 * March 11 —" is cut off from the lead that follows) has a plan cue.
 */
export function inFutureSentence(doc: AnnotatedDocument, t: TimeExpression): boolean {
  const s = doc.sentences[t.sentence];
  if (!s) return false;
  const cutOff = DASH_TEST.test(doc.text.slice(s.start, s.end));
  return (s.tense === 'future' && !cutOff) || planCue(doc, t, 'around');
}

const DASH_TEST = /\s[—–]\s|\s-{1,2}\s/;

const DASH = /\s[—–]\s|\s-{1,2}\s/g;

function planCue(doc: AnnotatedDocument, t: TimeExpression, where: 'before' | 'around'): boolean {
  const s = doc.sentences[t.sentence];
  if (!s) return false;
  // The clause holding the date, not the whole sentence: in "officials expected Putin to go after him, despite a
  // deal that ended the June 23-24 mutiny" the date is no plan. A comma or a dash ends the stretch.
  const before = (doc.text.slice(s.start, t.start).split(DASH).pop() ?? '').split(/[,;]/).pop() ?? '';
  const after = where === 'around' ? (doc.text.slice(t.end, s.end).split(DASH)[0] ?? '') : '';
  const text = `${before} ${t.text} ${after}`.toLowerCase();
  return futureCuePatterns().some((re) => re.test(text));
}

let cuePatterns: { cues: string[]; patterns: RegExp[] } | undefined;

/** The plan cues of data/resolve/date-relations.json as word-bounded patterns, compiled once. */
function futureCuePatterns(): RegExp[] {
  const cues = loadData<{ futureCues: string[] }>('resolve/date-relations.json').futureCues;
  if (cuePatterns?.cues !== cues) cuePatterns = { cues, patterns: cues.map((c) => new RegExp(`\\b${c}\\b`)) };
  return cuePatterns.patterns;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORD = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/**
 * The weekday written with a month-day ("Saturday, June 24", "on Tuesday (February 6)", "February 6 (Tuesday)"):
 * 0 = Sunday … 6 = Saturday, with the words that name both; null when the day stands alone.
 */
export function namedWeekday(doc: AnnotatedDocument, t: TimeExpression): { day: number; text: string } | null {
  const inside = WEEKDAY_WORD.exec(t.text);
  if (inside) return { day: WEEKDAY_NAMES.findIndex((w) => w.startsWith(inside[1]!.toLowerCase())), text: t.text };
  for (const u of doc.times) {
    const iso = /^XXXX-WXX-([1-7])$/.exec(u.value);
    if (!iso || u.sentence !== t.sentence) continue;
    const gap = u.end <= t.start ? doc.text.slice(u.end, t.start) : u.start >= t.end ? doc.text.slice(t.end, u.start) : null;
    if (gap !== null && /^[\s,(]*$/.test(gap) && gap.length <= 3) {
      const text = doc.text.slice(Math.min(u.start, t.start), Math.max(u.end, t.end)) + (gap.includes('(') ? ')' : '');
      return { day: Number(iso[1]) % 7, text };
    }
  }
  return null;
}

/**
 * The year in which "-MM-DD" falls on the weekday the text names, nearest the reference years (the document's
 * own, else the story's): "Friday, June 25" near 2021 is 2021, never 2022 when June 25 is a Saturday. Null when
 * no year within one of the references fits (a weekday that fits only further off is more likely a slip: "Friday
 * (Jan 9)" in a story of a year whose January 9 is a Tuesday), or there are no references.
 */
export function yearWithWeekday(monthDay: string, day: number, refs: number[]): number | null {
  if (refs.length === 0) return null;
  const lo = Math.min(...refs) - 1;
  const hi = Math.max(...refs) + 1;
  let best: { year: number; gap: number } | null = null;
  for (let y = lo; y <= hi; y++) {
    const t = new Date(`${y}${monthDay}T00:00:00Z`);
    if (Number.isNaN(t.getTime()) || t.getUTCDay() !== day || t.toISOString().slice(4, 10) !== monthDay) continue;
    const gap = Math.min(...refs.map((r) => Math.abs(r - y)));
    if (!best || gap < best.gap || (gap === best.gap && y > best.year)) best = { year: y, gap };
  }
  return best?.year ?? null;
}
