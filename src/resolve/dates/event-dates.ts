/**
 * Day-precise dates of events, as far as documents with a known publication date can give them: the date the
 * event's own reports state (a month-day without a year takes the reporting document's year, not after its
 * publication), else — when a dated document reports it as news with no date of its own — that document's
 * publication day, with less confidence.
 */
import type { Event, EventMention } from '../../model.ts';
import type { CorpusContext } from '../context.ts';
import { isFullDate } from '../partial-date.ts';

export interface KnownDate {
  date: string;
  confidence: number;
  basis: string;
  /** Documents this date was derived from, transitively: a document never dates itself through them. */
  chain: Set<string>;
  /** Only a lower bound (the latest date the document states): its own explicit dates may date others, no more. */
  floorOnly?: boolean;
}

export interface EventDate {
  date: string;
  /** Documents whose reports give the date. */
  by: string[];
  confidence: number;
  how: 'stated' | 'news';
}

export function dateEvent(event: Event, ctx: CorpusContext, known: Map<string, KnownDate>, exclude: string): EventDate | null {
  // A document dated only by its likeness to others (shared-facts.ts, story tier) dates no event.
  const mentions = mentionsOf(event, ctx).filter((m) => m.document !== exclude && !known.get(m.document)?.chain.has(exclude) && !known.get(m.document)?.basis.startsWith('most like'));
  const stated = new Map<string, string[]>();
  for (const m of mentions) {
    const date = fullDateOf(m, known.get(m.document)?.date ?? null);
    if (date) stated.set(date, [...new Set([...(stated.get(date) ?? []), m.document])]);
  }
  const best = [...stated].sort((a, b) => b[1].length - a[1].length)[0];
  if (best && (stated.size === 1 || best[1].length > [...stated.values()].filter((v) => v !== best[1]).reduce((n, v) => Math.max(n, v.length), 0))) {
    const conf = Math.max(...best[1].map((d) => known.get(d)?.confidence ?? 0.5));
    return { date: best[0], by: best[1], confidence: conf, how: 'stated' };
  }
  const news = mentions.filter((m) => !m.date && m.status === 'occurred' && known.has(m.document));
  if (news.length === 0) return null;
  const dates = news.map((m) => known.get(m.document)!).sort((a, b) => a.date.localeCompare(b.date));
  const first = dates[0]!;
  return { date: first.date, by: [...new Set(news.filter((m) => known.get(m.document)!.date === first.date).map((m) => m.document))], confidence: first.confidence * 0.8, how: 'news' };
}

/** The event's reports, in corpus order. */
export function mentionsOf(event: Event, ctx: CorpusContext): EventMention[] {
  const at = positions(ctx.eventMentions);
  const found = new Set<number>();
  for (const id of event.eventMentions) for (const i of at.get(id) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => ctx.eventMentions[i]!);
}

/** Where each event mention id sits in the corpus list, built once per list (rebuilt if the list grew or shrank). */
const positionCache = new WeakMap<EventMention[], { size: number; at: Map<string, number[]> }>();

function positions(mentions: EventMention[]): Map<string, number[]> {
  const cached = positionCache.get(mentions);
  if (cached && cached.size === mentions.length) return cached.at;
  const at = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const list = at.get(m.id);
    if (list) list.push(i);
    else at.set(m.id, [i]);
  });
  positionCache.set(mentions, { size: mentions.length, at });
  return at;
}

/** A report's full date; "XXXX-MM-DD" takes the latest year that does not put it after the publication date. */
function fullDateOf(m: EventMention, published: string | null): string | null {
  const value = m.date?.value ?? null;
  if (value && isFullDate(value)) return value;
  if (!value || !published || !/^XXXX-\d{2}-\d{2}$/.test(value)) return null;
  const year = Number(published.slice(0, 4));
  const same = `${year}${value.slice(4)}`;
  return same <= published ? same : `${year - 1}${value.slice(4)}`;
}
