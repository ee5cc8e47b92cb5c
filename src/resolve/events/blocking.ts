/**
 * Blocking for event clustering: which clusters a report is worth testing against. Testing every report against
 * every cluster grows with the square of the corpus; these indexes hand cluster.ts only the clusters that could
 * pass its tests, so blocking changes how long clustering takes, never which clusters form. Each lookup rests on
 * a condition the tests of compatible.ts already demand:
 *  - `compatible` needs compatible types, decided type by type (typesCompatible of two sets holds when it holds
 *    for one type of each), and, for two dated reports, dates that agree: the same year when both give one, or
 *    overlapping day spans — so a dated report only meets clusters filed under a compatible type and one of its
 *    years (or under "no year");
 *  - an undated report's first pass only looks at clusters of its own document;
 *  - `strongEvidence` needs two shared participants, `weekdayEvidence` the very same type;
 *  - `reconcileNearDates` only looks one day either side of a full date.
 * test/resolve/events/blocking.test.ts checks these conditions against compatible.ts on generated reports.
 */
import type { DateParts } from '../partial-date.ts';
import { typesCompatible, type EventFacts } from './compatible.ts';
import type { DaySpan } from './day-range.ts';

/** Sets of clusters filed under string keys, handed back in the order the clusters were first filed. */
class Buckets<C> {
  private readonly map = new Map<string, Set<C>>();

  add(key: string, c: C): void {
    const set = this.map.get(key);
    if (set) set.add(c);
    else this.map.set(key, new Set([c]));
  }

  get(key: string): ReadonlySet<C> | undefined {
    return this.map.get(key);
  }
}

const NO_YEAR = 'X';

/** The years a dated report or cluster may agree on: its date's year (or NO_YEAR), and every year its span touches. */
export function yearKeys(date: DateParts | null, span: DaySpan | null): string[] {
  const keys = new Set<string>([date?.year != null ? String(date.year) : NO_YEAR]);
  if (span) {
    const first = new Date(span.first * 86_400_000).getUTCFullYear();
    const last = new Date(span.last * 86_400_000).getUTCFullYear();
    for (let y = first; y <= last; y++) keys.add(String(y));
  }
  return [...keys];
}

/** For each type, the types typesCompatible accepts with it (itself included), among those given. */
export function compatibleTypes(types: Iterable<string>): (type: string) => string[] {
  const all = [...new Set(types)];
  const cache = new Map<string, string[]>();
  return (type) => {
    let found = cache.get(type);
    if (!found) {
      found = [...new Set([type, ...all])].filter((other) => typesCompatible(new Set([type]), new Set([other])));
      cache.set(type, found);
    }
    return found;
  };
}

export interface Indexed {
  facts: EventFacts;
  members: { doc: { id: string } }[];
}

/**
 * Clusters filed by what the clustering tests look up: type, type and year, document, participant. Facts only
 * grow when a cluster gains a report, so a cluster is filed again under its new keys (`update`) and never unfiled.
 */
export class ClusterIndex<C extends Indexed> {
  private readonly order = new Map<C, number>();
  private readonly byType = new Buckets<C>();
  private readonly byTypeYear = new Buckets<C>();
  private readonly byDocument = new Buckets<C>();
  private readonly byParticipant = new Buckets<C>();
  private readonly typesOf: (type: string) => string[];

  /** `typesOf`: the compatible types of a type (compatibleTypes over every type the reports use). */
  constructor(typesOf: (type: string) => string[]) {
    this.typesOf = typesOf;
  }

  /** Files a cluster (again, after it gained reports: every key of its current facts). */
  update(c: C): void {
    if (!this.order.has(c)) this.order.set(c, this.order.size);
    const years = c.facts.date ? yearKeys(c.facts.date, c.facts.span) : [];
    for (const t of c.facts.types) {
      this.byType.add(t, c);
      for (const y of years) this.byTypeYear.add(`${t}|${y}`, c);
    }
    for (const m of c.members) this.byDocument.add(m.doc.id, c);
    for (const p of c.facts.participants) this.byParticipant.add(p, c);
  }

  /** Files a cluster that gained one report: only the keys the report may have added. */
  gained(c: C, doc: string, facts: EventFacts): void {
    if (!this.order.has(c)) return this.update(c);
    const years = c.facts.date ? yearKeys(c.facts.date, c.facts.span) : [];
    for (const t of c.facts.types) {
      if (facts.types.has(t)) this.byType.add(t, c);
      for (const y of years) this.byTypeYear.add(`${t}|${y}`, c);
    }
    this.byDocument.add(doc, c);
    for (const p of facts.participants) this.byParticipant.add(p, c);
  }

  /**
   * Dated clusters a dated report could be compatible with: a compatible type, and a year in common (or no year
   * on either side). Clusters without a date may be among them; the caller tests everything as before.
   */
  datedCandidates(facts: EventFacts): C[] {
    const out = new Set<C>();
    const types = [...facts.types].flatMap((t) => this.typesOf(t));
    if (!facts.date || facts.date.year === null) {
      for (const t of types) for (const c of this.byType.get(t) ?? []) out.add(c);
    } else {
      const years = new Set([...yearKeys(facts.date, facts.span), NO_YEAR]);
      for (const t of types) for (const y of years) for (const c of this.byTypeYear.get(`${t}|${y}`) ?? []) out.add(c);
    }
    return this.sorted(out);
  }

  /** Clusters with a report from the document. */
  inDocument(doc: string): C[] {
    return this.sorted(new Set(this.byDocument.get(doc) ?? []));
  }

  /**
   * Clusters that strongEvidence or weekdayEvidence could tie an undated cluster to: a shared participant, or —
   * when it names a weekday — the same type.
   */
  evidenceCandidates(facts: EventFacts): C[] {
    const out = new Set<C>();
    for (const p of facts.participants) for (const c of this.byParticipant.get(p) ?? []) out.add(c);
    if (facts.weekdays.size > 0) for (const t of facts.types) for (const c of this.byType.get(t) ?? []) out.add(c);
    return this.sorted(out);
  }

  /** In filing order: the order of the list the clusters were built in. */
  private sorted(set: Set<C>): C[] {
    return [...set].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** Clusters by the day number of a full date, for the lookup of the clusters one day away. */
export function byDay<C extends Indexed>(clusters: C[]): (date: DateParts) => C[] {
  const days = new Map<number, C[]>();
  for (const c of clusters) {
    const d = dayOf(c.facts.date);
    if (d === null) continue;
    const list = days.get(d);
    if (list) list.push(c);
    else days.set(d, [c]);
  }
  const position = new Map(clusters.map((c, i) => [c, i]));
  return (date) => {
    const d = dayOf(date);
    if (d === null) return [];
    return [...(days.get(d - 1) ?? []), ...(days.get(d + 1) ?? [])].sort((a, b) => position.get(a)! - position.get(b)!);
  };
}

function dayOf(d: DateParts | null): number | null {
  if (!d || d.year === null || d.month === null || d.day === null) return null;
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}
