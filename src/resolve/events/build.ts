/**
 * An Event from a cluster of reports: its date (what the reports agree on, at the best precision), type,
 * readable title, participants with their usual role, duration, place, status, evidence spans and quantities.
 * `sources`, `outlets` and `conflicts` are left for assess (src/assess).
 */
import type { Event, EventStatus, Participant, Quantity } from '../../model.ts';
import type { CorpusContext } from '../context.ts';
import { loadData } from '../../data.ts';
import { titleFor } from '../../events/ontology.ts';
import { addDays, datesCompatible, formatDate, isFullDate, parseDate, precision } from '../partial-date.ts';
import { slug } from '../entities/build.ts';
import type { Cluster } from './cluster.ts';
import type { MentionFeatures } from './features.ts';
import { dayNumber } from './day-range.ts';
import { entityNames } from '../indexes.ts';

/** Well below a date a report states: the event may have happened the day before it was reported. */
const NEWS_DATE_CONFIDENCE = 0.3;

export function buildEvent(c: Cluster, ctx: CorpusContext, used: Set<string>): Event {
  const names = entityNames(ctx.entities.entities);
  const type = typeOf(c);
  const participants = participantsOf(c.members);
  const date = dateOf(c);
  const id = uniqueId(eventId(date.value, type, participants, names), used);
  return {
    id,
    date,
    type,
    title: titleOf(type, participants, c, names),
    participants,
    durationMinutes: durationOf(c.members),
    location: c.members.find((m) => m.placeText)?.placeText ?? null,
    status: statusOf(c.members.map((m) => m.mention.status)),
    mentions: c.members.map((m) => ({
      document: m.doc.id,
      start: m.mention.start,
      end: m.mention.end,
      text: m.doc.text.slice(m.mention.start, m.mention.end),
      trigger: { start: m.mention.trigger.start, end: m.mention.trigger.end, text: m.doc.text.slice(m.mention.trigger.start, m.mention.trigger.end) },
    })),
    sources: 0,
    outlets: [],
    conflicts: [],
    quantities: quantitiesOf(c.members),
    eventMentions: c.members.map((m) => m.mention.id),
  };
}

/** The most reported type, unless a stated medium names the type (a "meeting" by video link is a call). */
function typeOf(c: Cluster): string {
  const byMedium = loadData<{ mediumType: Record<string, string> }>('resolve/event-coreference.json').mediumType;
  const types = c.members.map((m) => m.mention.type);
  const implied = [...c.facts.media].map((m) => byMedium[m]).filter((t): t is string => !!t && types.includes(t));
  return implied.length === 1 ? implied[0]! : mostCommon(types);
}

/**
 * For an event reported by its range ("the 9th and 10th") and by one of its days ("January 10"): the day most
 * reports cover, the earliest on a tie (an event is dated by its start). Null when no report gave a range.
 */
function coveredDay(c: Cluster): string | null {
  const spans = c.members.flatMap((m) => (m.span ? [m.span] : []));
  if (!spans.some((s) => s.last > s.first)) return null;
  const first = Math.min(...spans.map((s) => s.first));
  const last = Math.max(...spans.map((s) => s.last));
  let best = first;
  let bestCount = 0;
  for (let d = first; d <= last; d++) {
    const count = spans.filter((s) => s.first <= d && d <= s.last).length;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return new Date(best * 86_400_000).toISOString().slice(0, 10);
}

/** A report of a multi-day event by its range agrees with a date inside the range. */
function withinSpan(m: MentionFeatures, value: string): boolean {
  const day = dayNumber(value);
  return !!m.span && day !== null && m.span.first <= day && day <= m.span.last;
}

/** The cluster's merged date; confidence is the mean confidence of the dated reports times their agreement. */
function dateOf(c: Cluster): Event['date'] {
  const value = c.facts.date ? (coveredDay(c) ?? formatDate(c.facts.date)) : null;
  if (!value || !c.facts.date) return newsDate(c);
  const dated = c.members.filter((m) => m.mention.date);
  const agreeing = dated.filter((m) => datesCompatible(parseDate(m.mention.date!.value)!, c.facts.date!) || withinSpan(m, value));
  const mean = agreeing.reduce((s, m) => s + m.mention.date!.confidence, 0) / Math.max(1, agreeing.length);
  const docs = new Set(agreeing.map((m) => m.doc.id)).size;
  // Independent reports of the same day raise confidence, a little each.
  const support = Math.min(1, mean + 0.05 * (docs - 1));
  return { value, confidence: round(support * (agreeing.length / Math.max(1, dated.length)) * (precision(c.facts.date) >= 3 ? 1 : 0.9)) };
}

/**
 * No report dates it, but several documents published within a day of each other report it as having happened:
 * news of the day, dated (weakly) to the earliest of those publication days.
 */
function newsDate(c: Cluster): Event['date'] {
  const none = { value: null, confidence: 0 };
  if (c.members.some((m) => m.mention.status !== 'occurred')) return none;
  const days = [...new Set(c.members.map((m) => m.doc.metadata.published.date))];
  if (days.length === 0 || days.some((d) => !d || !isFullDate(d))) return none;
  if (new Set(c.members.map((m) => m.doc.id)).size < 2) return none;
  const sorted = (days as string[]).sort();
  if (addDays(sorted[0]!, 1) < sorted[sorted.length - 1]!) return none;
  return { value: sorted[0]!, confidence: NEWS_DATE_CONFIDENCE };
}

function participantsOf(members: MentionFeatures[]): Participant[] {
  const roles = new Map<string, Map<string, number>>();
  const count = (entity: string, role: string) => {
    const byRole = roles.get(entity) ?? new Map<string, number>();
    byRole.set(role, (byRole.get(role) ?? 0) + 1);
    roles.set(entity, byRole);
  };
  for (const m of members) {
    for (const a of m.actors) count(a, 'actor');
    for (const t of m.targets) count(t, 'target');
  }
  const total = (e: string) => [...roles.get(e)!.values()].reduce((s, n) => s + n, 0);
  return [...roles.keys()]
    .sort((a, b) => total(b) - total(a) || a.localeCompare(b))
    .map((entity) => ({ entity, role: mostCommon([...roles.get(entity)!].flatMap(([role, n]) => Array<string>(n).fill(role))) }));
}

function titleOf(type: string, participants: Participant[], c: Cluster, names: Map<string, string>): string {
  const named = (role: string) => participants.filter((p) => p.role === role).map((p) => names.get(p.entity) ?? p.entity);
  let actors = named('actor');
  let targets = named('target');
  // Symmetric reports swap sides; a call between two people still reads "A and B hold a call".
  if (targets.length === 0 && actors.length > 1) [actors, targets] = [actors.slice(0, 1), actors.slice(1)];
  if (actors.length === 0 && targets.length > 1) [actors, targets] = [targets.slice(0, 1), targets.slice(1)];
  const title = titleFor(type, {
    actor: actors.length ? listOf(actors) : undefined,
    target: targets.length ? listOf(targets) : undefined,
    place: c.members.find((m) => m.placeText)?.placeText ?? undefined,
    trigger: c.members[0]?.mention.trigger.text,
  });
  const medium = loadData<{ titleMedium: Record<string, string> }>('resolve/event-coreference.json').titleMedium[[...c.facts.media][0] ?? ''];
  return medium && c.facts.media.size === 1 ? title.replace(/\ba call\b/, `a ${medium} call`) : title;
}

function listOf(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The most reported duration (ties: the first report's). Disagreements are assess's conflicts. */
function durationOf(members: MentionFeatures[]): number | null {
  const values = members.map((m) => m.mention.durationMinutes).filter((d): d is number => d !== null);
  return values.length ? Number(mostCommon(values.map(String))) : null;
}

/** It happened once any report says so; otherwise the most common modality. */
function statusOf(statuses: EventStatus[]): EventStatus {
  if (statuses.includes('occurred')) return 'occurred';
  return mostCommon(statuses) as EventStatus;
}

/** One figure per kind: the report from the latest-published document wins (a rising toll is an update). */
function quantitiesOf(members: MentionFeatures[]): Quantity[] {
  const latest = new Map<string, { q: Quantity; at: string }>();
  for (const m of members) {
    const at = m.doc.metadata.published.date ?? '';
    for (const q of m.mention.quantities) {
      const seen = latest.get(q.kind);
      if (!seen || at > seen.at) latest.set(q.kind, { q, at });
    }
  }
  return [...latest.values()].map((x) => x.q);
}

function eventId(date: string | null, type: string, participants: Participant[], names: Map<string, string>): string {
  const who = participants
    .slice(0, 3)
    .map((p) => slug((names.get(p.entity) ?? p.entity).split(/\s+/).pop() ?? ''))
    .sort();
  return ['ev', date ?? 'undated', slug(type), ...who].filter(Boolean).join('-');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function mostCommon<T extends string>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
