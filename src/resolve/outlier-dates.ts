/**
 * A publication date far from every other report of the story is suspect when only page furniture gave it (a
 * header line, a bare date at the top: often the scraper's "today" or a stale template) and the article's own
 * text does not back its year. Articles about one unfolding story are written within weeks of each other; a
 * header saying 2019 among reports from October 2023 is far more likely wrong than the story is. The date is
 * moved to `rejected` with the reason, and the document is then dated like an undated one, through the events
 * it shares with the others (resolve/dates.ts). One repair is tried first: a template that prints the wrong year
 * ("14 Feb 2023" in a story of February 2024) keeps its day and month, so when the story's year puts that day
 * among the other reports (and any weekday the header names still fits), that day is taken, with low confidence.
 * Structured dates (JSON-LD, meta tags, feeds) are not questioned.
 */
import type { MetadataDocument, PublishedDate } from '../model.ts';
import { loadData } from '../data.ts';
import { daysBetween, toTime } from '../metadata/parse-date.ts';
import { contentDates } from '../metadata/content-dates.ts';
import { isFullDate } from './partial-date.ts';
import { nearestYear } from './dates/own-dates.ts';

interface OutlierTable {
  /** Days from the nearest other publication date beyond which a weak date is an outlier. */
  days: number;
  /** Highest confidence of a date that may be questioned (page furniture, not structured data). */
  maxConfidence: number;
  /** Other dated documents needed before one can be called an outlier. */
  minOthers: number;
  /** How near another report a date repaired with the story's year must fall. */
  repairDays: number;
}

const table = () => loadData<{ outliers: OutlierTable }>('resolve/date-relations.json').outliers;

export function rejectOutlierDates<T extends MetadataDocument>(docs: T[]): T[] {
  const { days, maxConfidence, minOthers, repairDays } = table();
  const dated = docs.filter((d) => isFullDate(d.metadata.published.date));
  const times = dated.map((d) => toTime(d.metadata.published.date!)).sort((a, b) => a - b);
  return docs.map((doc) => {
    const published = doc.metadata.published;
    if (!isFullDate(published.date) || published.confidence > maxConfidence) return doc;
    if (dated.length - 1 < minOthers) return doc;
    const nearest = nearestOther(times, toTime(published.date!));
    if (nearest <= days) return doc;
    const others = dated.filter((d) => d !== doc).map((d) => d.metadata.published.date!);
    // The others must agree among themselves: with no story period, there is nothing to be far from.
    // (Counted only for the rare far date: it compares the others pairwise.)
    const together = others.filter((o, i) => others.some((p, k) => k !== i && Math.abs(daysBetween(o, p)) <= days)).length;
    if (together < minOthers || ownTextBacks(doc, published.date!, days)) return doc;
    const reason = `${nearest} days from the nearest other report of the story, and the text does not state its year: likely a scraper or template date`;
    const repaired = withStoryYear(published, others, repairDays);
    const rejected = rejectedDate(published, repaired ? `${reason}; its day and month are kept with the story's year` : reason);
    return { ...doc, metadata: { ...doc.metadata, published: repaired ? { ...repaired, rejected: rejected.rejected } : rejected } };
  });
}

/**
 * Days from `time` to the nearest other of the sorted publication times, which hold `time` itself once (the
 * document's own date). Looked up by bisection: a scan of all the others for every document grows with the
 * square of the corpus.
 */
function nearestOther(sorted: number[], time: number): number {
  const from = firstAtLeast(sorted, time);
  const to = firstAtLeast(sorted, time + 1);
  if (to - from > 1) return 0;
  const before = from > 0 ? time - sorted[from - 1]! : Infinity;
  const after = to < sorted.length ? sorted[to]! - time : Infinity;
  return Math.min(before, after) / 86_400_000;
}

function firstAtLeast(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const REPAIRED_CONFIDENCE = 0.45;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function withStoryYear(published: PublishedDate, others: string[], days: number): PublishedDate | null {
  const monthDay = published.date!.slice(4);
  const year = nearestYear(monthDay, others);
  if (year === null) return null;
  const date = `${year}${monthDay}`;
  if (Math.min(...others.map((o) => Math.abs(daysBetween(date, o)))) > days) return null;
  const named = WEEKDAYS.find((w) => published.basis.toLowerCase().includes(w));
  if (named && WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] !== named) return null;
  return { date, basis: `${published.basis}, with the year of the story's other reports → ${date}`, confidence: REPAIRED_CONFIDENCE, rejected: [] };
}

function rejectedDate(published: PublishedDate, reason: string): PublishedDate {
  return { date: null, basis: 'none', confidence: 0, rejected: [...published.rejected, { date: published.date!, basis: published.basis, reason }] };
}

/**
 * "… on 3 April 2019 …" in the body, near the header date, backs it. A year alone does not: "the agreement ran
 * out on 31 December 2023" in an article headed February 2023 contradicts its header rather than backing it.
 */
function ownTextBacks(doc: MetadataDocument, date: string, days: number): boolean {
  const body = doc.text.split('\n').filter((line) => !line.trim() || !doc.metadata.published.basis.includes(line.trim())).join('\n');
  return contentDates(body).mentions.some((m) => !m.yearInferred && Math.abs(daysBetween(date, m.date)) <= days);
}
