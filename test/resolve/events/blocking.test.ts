import { describe, expect, it } from 'vitest';
import { byDay, ClusterIndex, compatibleTypes, yearKeys } from '../../../src/resolve/events/blocking.ts';
import { compatible, strongEvidence, weekdayEvidence, type EventFacts } from '../../../src/resolve/events/compatible.ts';
import { mergeDates, type DateParts } from '../../../src/resolve/partial-date.ts';

interface TestCluster {
  facts: EventFacts;
  members: { doc: { id: string } }[];
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = ['contact.call', 'contact.meet', 'contact.talk', 'statement.warn', 'statement.threaten', 'statement.say', 'disaster.earthquake', 'disaster.other', 'conflict.attack'];
const PEOPLE = ['e-a', 'e-b', 'e-c', 'e-d', 'e-e'];
const DAY = 86_400_000;

/** Random facts of a report: types, dates of every precision (unknown years, year-end spans), participants, weekdays. */
function facts(rnd: () => number, dated: boolean): EventFacts {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let date: DateParts | null = null;
  let span: EventFacts['span'] = null;
  if (dated) {
    const year = pick([2021, 2022, 2022, null]);
    const month = pick([1, 12, 12, null]);
    const day = month === null ? null : pick([1, 2, 30, 31, null]);
    date = year === null && month === null ? { year: 2022, month: null, day: null } : { year, month, day };
    if (date.year !== null && date.month !== null && date.day !== null) {
      const d = Date.UTC(date.year, date.month - 1, date.day) / DAY;
      span = rnd() < 0.3 ? { first: d - Math.floor(rnd() * 2), last: d + Math.floor(rnd() * 3) } : { first: d, last: d };
    }
  }
  const participants = new Set(PEOPLE.filter(() => rnd() < 0.3));
  return {
    types: new Set([pick(TYPES)]),
    statuses: new Set([pick(['occurred', 'occurred', 'planned'])]),
    media: new Set(rnd() < 0.3 ? [pick(['phone', 'video'])] : []),
    date,
    places: new Set(rnd() < 0.2 ? [pick(['vienna', 'geneva'])] : []),
    participants,
    durations: rnd() < 0.3 ? [pick([30, 40, 60])] : [],
    weekdays: new Set(!dated && rnd() < 0.4 ? [1 + Math.floor(rnd() * 7)] : []),
    span,
  };
}

function cluster(rnd: () => number, dated: boolean, doc: string): TestCluster {
  return { facts: facts(rnd, dated), members: [{ doc: { id: doc } }] };
}

/** What cluster.ts's `add` does to a cluster's facts when it gains a report. */
function gain(c: TestCluster, f: EventFacts, doc: string): void {
  c.members.push({ doc: { id: doc } });
  for (const t of f.types) c.facts.types.add(t);
  for (const p of f.participants) c.facts.participants.add(p);
  for (const w of f.weekdays) c.facts.weekdays.add(w);
  if (f.span) c.facts.span = c.facts.span ? { first: Math.min(c.facts.span.first, f.span.first), last: Math.max(c.facts.span.last, f.span.last) } : f.span;
  if (f.date) c.facts.date = c.facts.date ? mergeDates(c.facts.date, f.date) : f.date;
}

describe('event clustering blocking', () => {
  it('finds the types compatible with a type as compatible.ts decides them', () => {
    const typesOf = compatibleTypes(TYPES);
    expect(typesOf('contact.call').sort()).toEqual(['contact.call', 'contact.meet', 'contact.talk']);
    expect(typesOf('statement.say')).toEqual(['statement.say']);
    expect(typesOf('unseen.type')).toEqual(['unseen.type']);
  });

  it('files a date under its year, an unknown year apart, and a span under every year it touches', () => {
    expect(yearKeys({ year: 2022, month: 3, day: null }, null)).toEqual(['2022']);
    expect(yearKeys({ year: null, month: 3, day: 4 }, null)).toEqual(['X']);
    const dec31 = Date.UTC(2021, 11, 31) / DAY;
    expect(yearKeys({ year: 2021, month: 12, day: 31 }, { first: dec31, last: dec31 + 1 })).toEqual(['2021', '2022']);
  });

  it('never leaves out a cluster a dated report is compatible with, also after clusters gain reports', () => {
    const rnd = random(42);
    const index = new ClusterIndex<TestCluster>(compatibleTypes(TYPES));
    const clusters = Array.from({ length: 300 }, (_, i) => cluster(rnd, rnd() < 0.85, `d${i % 30}`));
    for (const c of clusters) index.update(c);
    for (let i = 0; i < 150; i++) {
      const c = clusters[Math.floor(rnd() * clusters.length)]!;
      const f = facts(rnd, rnd() < 0.8);
      const doc = `d${Math.floor(rnd() * 30)}`;
      gain(c, f, doc);
      index.gained(c, doc, f);
    }
    let pairs = 0;
    for (let q = 0; q < 400; q++) {
      const report = facts(rnd, true);
      const found = new Set(index.datedCandidates(report));
      for (const c of clusters) {
        if (!c.facts.date || !compatible(report, c.facts)) continue;
        pairs++;
        expect(found.has(c)).toBe(true);
      }
      expect(found.size).toBeLessThan(clusters.length);
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('never leaves out a cluster strong or weekday evidence ties an undated cluster to', () => {
    const rnd = random(7);
    const index = new ClusterIndex<TestCluster>(compatibleTypes(TYPES));
    const clusters = Array.from({ length: 300 }, (_, i) => cluster(rnd, rnd() < 0.8, `d${i % 30}`));
    for (const c of clusters) index.update(c);
    let tied = 0;
    for (let q = 0; q < 400; q++) {
      const undated = facts(rnd, false);
      const found = new Set(index.evidenceCandidates(undated));
      for (const c of clusters) {
        if (!strongEvidence(undated, c.facts) && !weekdayEvidence(undated, c.facts)) continue;
        tied++;
        expect(found.has(c)).toBe(true);
      }
    }
    expect(tied).toBeGreaterThan(20);
  });

  it('hands back the clusters of a document in the order they were filed', () => {
    const rnd = random(3);
    const index = new ClusterIndex<TestCluster>(compatibleTypes(TYPES));
    const clusters = Array.from({ length: 50 }, (_, i) => cluster(rnd, rnd() < 0.5, `d${i % 5}`));
    for (const c of clusters) index.update(c);
    gain(clusters[0]!, facts(rnd, false), 'd3');
    index.gained(clusters[0]!, 'd3', clusters[0]!.facts);
    expect(index.inDocument('d3')).toEqual(clusters.filter((c) => c.members.some((m) => m.doc.id === 'd3')));
  });

  it('looks up the clusters exactly one day away', () => {
    const at = (y: number, m: number, d: number): TestCluster => ({ facts: { ...facts(random(1), false), date: { year: y, month: m, day: d } }, members: [] });
    const clusters = [at(2021, 12, 31), at(2022, 1, 1), at(2022, 1, 2), at(2022, 1, 3), { ...at(2022, 1, 1), facts: { ...at(2022, 1, 1).facts, date: { year: 2022, month: 1, day: null } } }];
    const near = byDay(clusters);
    expect(near({ year: 2022, month: 1, day: 1 })).toEqual([clusters[0], clusters[2]]);
    expect(near({ year: 2022, month: 1, day: null })).toEqual([]);
  });
});
