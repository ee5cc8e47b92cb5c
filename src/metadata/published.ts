/**
 * The publication date, chosen by evidence rather than by order: each candidate is weighed by its origin
 * (data/metadata/origins.json); weak ones (a scraper's header stamp) must not be contradicted by the article's own
 * dates; agreeing candidates raise confidence. With no candidate, a dateline whose year comes from the text.
 * Otherwise: no date, basis "none" (the pipeline dates such documents later through the events they share with
 * dated ones). The latest explicit date a text mentions is no estimate: on TE3 newswire it gave the wrong month in
 * 25 of 25 cases (news cites past and coming dates, rarely today's).
 */
import type { MetadataCandidate, PartialDate, PublishedDate } from '../model.ts';
import { latest, type ContentDates } from './content-dates.ts';
import { daysBetween, parseMetadataDate } from './parse-date.ts';
import { originWeight } from './weights.ts';

/** Below this trust, a candidate must survive the content check. */
const WEAK = 0.5;
/** A weak date this far after every date the text mentions is not the article's. */
const MAX_DAYS_AFTER_CONTENT = 400;

interface Weighed {
  date: PartialDate;
  origin: string;
  value: string;
  weight: number;
  field: 'published' | 'modified';
}

export function choosePublished(candidates: MetadataCandidate[], content: ContentDates): PublishedDate {
  const rejected: PublishedDate['rejected'] = [];
  const weighed: Weighed[] = [];
  for (const c of candidates) {
    if (c.field !== 'published' && c.field !== 'modified') continue;
    const date = parseMetadataDate(c.value);
    if (!date) continue;
    const w: Weighed = { date, origin: c.origin, value: c.value, field: c.field, weight: originWeight(c.field, c.origin) };
    const reason = w.weight < WEAK ? contradiction(date, content) : null;
    if (reason) rejected.push({ date, basis: `${c.origin}: ${c.value}`, reason });
    else weighed.push(w);
  }
  const published = best(weighed.filter((w) => w.field === 'published'));
  if (published) return { date: published.date, basis: `${published.origin}: ${published.value}`, confidence: confidence(published, weighed), rejected };
  const modified = best(weighed.filter((w) => w.field === 'modified'));
  if (modified) {
    return { date: modified.date, basis: `${modified.origin} (modification date, no publication date given): ${modified.value}`, confidence: round(confidence(modified, weighed) * 0.8), rejected };
  }
  return fromContent(content, rejected);
}

function best(list: Weighed[]): Weighed | null {
  // Same weight: the earlier date, as a later one is more likely an update.
  return [...list].sort((a, b) => b.weight - a.weight || daysBetween(b.date, a.date))[0] ?? null;
}

/** The winner's weight, raised when other candidates of another origin agree on the day. */
function confidence(winner: Weighed, all: Weighed[]): number {
  const agreeing = new Set(all.filter((w) => w !== winner && w.date === winner.date && w.origin !== winner.origin).map((w) => w.origin)).size;
  return round(Math.min(0.99, winner.weight + 0.1 * agreeing));
}

/** Why the article's content contradicts a weak date, or null when it does not. */
export function contradiction(date: PartialDate, content: ContentDates): string | null {
  const year = Number(date.slice(0, 4));
  const lastYear = content.years.at(-1);
  if (lastYear !== undefined && year > lastYear + 1) {
    return `the text names no year after ${lastYear}, ${year - lastYear} years before this date`;
  }
  const last = latest(content.mentions);
  if (last && daysBetween(last.date, date) > MAX_DAYS_AFTER_CONTENT) {
    return `more than a year after every date the text mentions (latest: ${last.text}, ${last.date})`;
  }
  return null;
}

function fromContent(content: ContentDates, rejected: PublishedDate['rejected']): PublishedDate {
  if (content.dateline) {
    const d = content.dateline;
    return { date: d.date, basis: `dateline: ${d.text}`, confidence: d.yearInferred ? 0.5 : 0.7, rejected };
  }
  return { date: null, basis: 'none', confidence: 0, rejected };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
