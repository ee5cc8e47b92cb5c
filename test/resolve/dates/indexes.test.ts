import { describe, expect, it } from 'vitest';
import { nearestYear } from '../../../src/resolve/dates/own-dates.ts';
import { mentionsOf } from '../../../src/resolve/dates/event-dates.ts';
import type { Event, EventMention } from '../../../src/model.ts';
import type { CorpusContext } from '../../../src/resolve/context.ts';

/** nearestYear as first written: every year scored against every date. */
function reference(monthDay: string, corpusDates: string[]): number | null {
  const dates = corpusDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (dates.length === 0) return null;
  const years = new Set(dates.flatMap((d) => [-1, 0, 1].map((k) => Number(d.slice(0, 4)) + k)));
  const gap = (y: number) => Math.min(...dates.map((d) => Math.abs(Date.parse(`${y}${monthDay}`) - Date.parse(d))));
  const valid = [...years].filter((y) => !Number.isNaN(Date.parse(`${y}${monthDay}`)));
  return valid.sort((a, b) => gap(a) - gap(b) || a - b)[0] ?? null;
}

describe('nearestYear', () => {
  it('agrees with scoring every year against every date, on repeated and odd corpora', () => {
    let s = 99;
    const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 300; i++) {
      const dates = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => `${2019 + Math.floor(rnd() * 4)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`);
      if (rnd() < 0.2) dates.push('2021', 'n/a', '2020-02-30');
      const monthDay = `-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 31))}`;
      expect(nearestYear(monthDay, dates), `${monthDay} ${dates.join(' ')}`).toBe(reference(monthDay, dates));
    }
    expect(nearestYear('-02-29', ['2023-03-01', '2024-03-01'])).toBe(reference('-02-29', ['2023-03-01', '2024-03-01']));
    expect(nearestYear('-01-02', [])).toBeNull();
  });
});

describe('mentionsOf', () => {
  it("returns an event's reports in corpus order, from an index that follows the corpus list", () => {
    const m = (id: string) => ({ id, document: id.split('-')[0]! }) as EventMention;
    const eventMentions = [m('a-ev0'), m('a-ev1'), m('b-ev0'), m('c-ev0')];
    const ctx = { docs: [], eventMentions, entities: { entities: [], entityOf: {} }, duplicates: [] } as CorpusContext;
    const event = (ids: string[]) => ({ eventMentions: ids }) as Event;
    expect(mentionsOf(event(['c-ev0', 'a-ev0', 'x-ev9']), ctx).map((x) => x.id)).toEqual(['a-ev0', 'c-ev0']);
    eventMentions.push(m('d-ev0'));
    expect(mentionsOf(event(['d-ev0', 'b-ev0']), ctx).map((x) => x.id)).toEqual(['b-ev0', 'd-ev0']);
  });
});
