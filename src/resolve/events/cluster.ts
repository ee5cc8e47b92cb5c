/**
 * Groups event mentions into clusters, one per real event. Dated reports go first, most precise first, so the
 * day-level clusters exist before a month-level report looks for one. A report joins the single best compatible
 * cluster (a tie means it is ambiguous and it stays alone). An undated report first joins the nearest compatible
 * report of its own document; the clusters left undated then join another document's cluster only when strong
 * evidence ties them (compatible.ts).
 */
import { mergeDates, precision, type DateParts } from '../partial-date.ts';
import { compatible, durationsAgree, identifying, participantsOverlap, strongEvidence, weekdayEvidence, type EventFacts } from './compatible.ts';
import type { MentionFeatures } from './features.ts';
import { byDay, ClusterIndex, compatibleTypes } from './blocking.ts';

export interface Cluster {
  members: MentionFeatures[];
  facts: EventFacts;
  /** Why undated members were joined, by mention id. */
  links: Record<string, string>;
}

export function clusterMentions(features: MentionFeatures[]): Cluster[] {
  const clusters: Cluster[] = [];
  // Candidate clusters come from indexes (blocking.ts), not from scanning every cluster.
  const typesOf = compatibleTypes(features.map((f) => f.mention.type));
  const index = new ClusterIndex<Cluster>(typesOf);
  for (const f of [...features].sort(byPrecision)) {
    const facts = factsOf(f);
    const joined = f.date ? bestDated(f, facts, index.datedCandidates(facts)) : bestUndated(f, facts, index.inDocument(f.doc.id));
    if (joined) {
      add(joined.cluster, f, facts, joined.reason);
      index.gained(joined.cluster, f.doc.id, facts);
    } else {
      const c = { members: [f], facts, links: {} };
      clusters.push(c);
      index.update(c);
    }
  }
  return reconcileNearDates(mergeUndated(clusters, typesOf));
}

export function factsOf(f: MentionFeatures): EventFacts {
  const m = f.mention;
  return {
    types: new Set([m.type]),
    statuses: new Set([m.status]),
    media: new Set(m.medium ? [m.medium] : []),
    date: f.date,
    places: new Set(f.place ? [f.place] : []),
    participants: new Set(f.participants),
    durations: m.durationMinutes !== null ? [m.durationMinutes] : [],
    weekdays: new Set(f.weekday !== null ? [f.weekday] : []),
    span: f.span,
  };
}

/** `clusters`: at least those of a compatible type and year (ClusterIndex.datedCandidates). */
function bestDated(f: MentionFeatures, facts: EventFacts, clusters: Cluster[]): { cluster: Cluster; reason: string | null } | null {
  const scored = clusters
    .filter((c) => c.facts.date !== null && compatible(facts, c.facts))
    .filter((c) => c.members.some((m) => m.doc.id === f.doc.id) || identifying(facts, c.facts))
    .map((c) => ({ c, score: score(f, facts, c) }));
  const best = unique(scored);
  return best ? { cluster: best, reason: null } : null;
}

/**
 * In the first pass an undated report only joins its own document's reports; other documents come later.
 * `clusters`: at least those with a report from its document, in the order they were made (the nearer wins a tie).
 */
function bestUndated(f: MentionFeatures, facts: EventFacts, clusters: Cluster[]): { cluster: Cluster; reason: string } | null {
  const own = clusters
    .map((c) => ({ c, gap: gapInDocument(c, f) }))
    .filter((x) => x.gap !== null && compatible(facts, x.c.facts))
    .sort((a, b) => a.gap! - b.gap!);
  return own.length > 0 ? { cluster: own[0]!.c, reason: `same document (${f.doc.id}), nearest compatible report` } : null;
}

/** The one cluster tied to `facts` by the strongest evidence; none when two tie (ambiguous). */
function strongest(clusters: Cluster[], facts: EventFacts): { c: Cluster; reason: string } | null {
  const strong = clusters
    .map((c) => ({ c, why: strongEvidence(facts, c.facts) ?? weekdayEvidence(facts, c.facts) }))
    .filter((x) => x.why !== null)
    .sort((a, b) => b.why!.strength - a.why!.strength);
  if (strong.length === 0 || (strong.length > 1 && strong[1]!.why!.strength === strong[0]!.why!.strength)) return null;
  return { c: strong[0]!.c, reason: strong[0]!.why!.reason };
}

/**
 * Second pass: each undated cluster — all one document's reports of the event, so its facts (duration, medium)
 * are gathered from every sentence — joins the one cluster of another document tied to it by strong evidence.
 */
function mergeUndated(clusters: Cluster[], typesOf: (type: string) => string[]): Cluster[] {
  const out = clusters.filter((c) => c.facts.date !== null);
  const index = new ClusterIndex<Cluster>(typesOf);
  for (const c of out) index.update(c);
  for (const c of clusters.filter((x) => x.facts.date === null)) {
    const best = strongest(index.evidenceCandidates(c.facts), c.facts);
    if (best) {
      for (const m of c.members) {
        const facts = factsOf(m);
        add(best.c, m, facts, c.links[m.mention.id] ?? best.reason);
        index.gained(best.c, m.doc.id, facts);
      }
    } else {
      out.push(c);
      index.update(c);
    }
  }
  return out;
}

/**
 * Third pass: a cluster dated by one document alone, a day away from a better-supported cluster that matches it
 * on everything else that identifies the event (the same two participants, the same stated medium or duration),
 * is that event misdated by a day (a time zone, a weekday resolved against the wrong day). It joins, keeping the
 * better-supported date; assess reports the disagreement as a date conflict.
 */
function reconcileNearDates(clusters: Cluster[]): Cluster[] {
  const merged = new Set<Cluster>();
  // Dates do not change in this pass (a target keeps its own): the clusters a day away can be looked up by day.
  const dayAway = byDay(clusters);
  for (const weak of [...clusters].sort((a, b) => dateSupport(a) - dateSupport(b))) {
    if (!weak.facts.date || datingDocuments(weak).size !== 1) continue;
    const targets = dayAway(weak.facts.date).filter((c) => c !== weak && !merged.has(c) && oneDayApart(weak.facts.date!, c.facts.date) && dateSupport(c) > dateSupport(weak));
    const tied = targets.filter((c) => strongEvidence({ ...weak.facts, date: null, span: null }, { ...c.facts, date: null, span: null }) !== null);
    if (tied.length !== 1) continue;
    const target = tied[0]!;
    const date = target.facts.date;
    for (const m of weak.members) add(target, m, factsOf(m), `same participants and medium or duration, dated a day apart by ${m.doc.id}`);
    target.facts.date = date;
    merged.add(weak);
  }
  return clusters.filter((c) => !merged.has(c));
}

function datingDocuments(c: Cluster): Set<string> {
  return new Set(c.members.filter((m) => m.date).map((m) => m.doc.id));
}

/** How well a cluster's date is supported: documents dating it, then the best confidence among its dates. */
function dateSupport(c: Cluster): number {
  const confidences = c.members.filter((m) => m.mention.date).map((m) => m.mention.date!.confidence);
  return datingDocuments(c).size + (confidences.length ? Math.max(...confidences) : 0) / 10;
}

function oneDayApart(a: DateParts, b: DateParts | null): boolean {
  if (!b) return false;
  if (a.year === null || a.month === null || a.day === null || b.year === null || b.month === null || b.day === null) return false;
  const t = (d: DateParts) => Date.UTC(d.year!, d.month! - 1, d.day!);
  return Math.abs(t(a) - t(b)) === 86_400_000;
}

function add(c: Cluster, f: MentionFeatures, facts: EventFacts, reason: string | null): void {
  c.members.push(f);
  for (const t of facts.types) c.facts.types.add(t);
  for (const t of facts.statuses) c.facts.statuses.add(t);
  for (const m of facts.media) c.facts.media.add(m);
  for (const p of facts.places) c.facts.places.add(p);
  for (const p of facts.participants) c.facts.participants.add(p);
  c.facts.durations.push(...facts.durations);
  for (const w of facts.weekdays) c.facts.weekdays.add(w);
  if (facts.span) c.facts.span = c.facts.span ? { first: Math.min(c.facts.span.first, facts.span.first), last: Math.max(c.facts.span.last, facts.span.last) } : facts.span;
  if (facts.date) c.facts.date = c.facts.date ? mergeDates(c.facts.date, facts.date) : facts.date;
  if (reason) c.links[f.mention.id] = reason;
}

function score(f: MentionFeatures, facts: EventFacts, c: Cluster): number {
  let s = 2 * participantsOverlap(facts.participants, c.facts.participants);
  if (c.facts.date && facts.date && precision(c.facts.date) === precision(facts.date)) s += 1;
  if (durationsAgree(facts.durations, c.facts.durations)) s += 1;
  if (facts.types.size && [...facts.types].some((t) => c.facts.types.has(t))) s += 1;
  if (c.members.some((m) => m.doc.id === f.doc.id)) s += 0.5;
  return s;
}

/**
 * The best-scoring cluster; on a tie, the one reported by more documents. Two equally scored and equally
 * supported clusters leave the report ambiguous: it stays alone rather than risk joining the wrong event.
 */
function unique(scored: { c: Cluster; score: number }[]): Cluster | null {
  const support = (c: Cluster) => new Set(c.members.map((m) => m.doc.id)).size;
  const sorted = [...scored].sort((a, b) => b.score - a.score || support(b.c) - support(a.c));
  if (sorted.length === 0) return null;
  if (sorted.length > 1 && sorted[1]!.score === sorted[0]!.score && support(sorted[1]!.c) === support(sorted[0]!.c)) return null;
  return sorted[0]!.c;
}

/**
 * Distance in characters from `f` to the cluster's nearest report in f's document, or null. A report after `f`
 * counts double: an anaphor ("the call") usually follows what it refers to.
 */
function gapInDocument(c: Cluster, f: MentionFeatures): number | null {
  const gaps = c.members
    .filter((m) => m.doc.id === f.doc.id)
    .map((m) => (m.mention.start <= f.mention.start ? f.mention.start - m.mention.start : 2 * (m.mention.start - f.mention.start)));
  return gaps.length ? Math.min(...gaps) : null;
}

/** A total order (ties end on the mention id), so the clusters do not depend on the order mentions arrive in. */
function byPrecision(a: MentionFeatures, b: MentionFeatures): number {
  const pa = a.date ? precision(a.date) : 0;
  const pb = b.date ? precision(b.date) : 0;
  return pb - pa || a.doc.id.localeCompare(b.doc.id) || a.mention.start - b.mention.start || a.mention.end - b.mention.end || (a.mention.id < b.mention.id ? -1 : a.mention.id > b.mention.id ? 1 : 0);
}
