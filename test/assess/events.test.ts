import { describe, expect, it } from 'vitest';
import { assessEvents } from '../../src/assess/index.ts';
import { resolveEvents } from '../../src/resolve/events.ts';
import { makeDoc, type MentionSpec } from '../resolve/fixtures.ts';
import { makeContext } from '../resolve/context.ts';

const people: MentionSpec[] = [{ text: 'Ada Moreno' }, { text: 'Ivo Petrak' }];
const pair = { actors: ['Ada Moreno'], targets: ['Ivo Petrak'] };
const call = (duration: number | null) => ({ trigger: 'talks', type: 'contact.meet', ...pair, date: '2023-04-04', duration });

describe('assessEvents', () => {
  it('counts copies once and lists outlets', () => {
    const text = 'Ada Moreno and Ivo Petrak held talks on April 4.';
    const a = makeDoc('a', text, { mentions: people, outlet: 'Daily One' });
    const b = makeDoc('b', text, { mentions: people, outlet: 'Daily Two' });
    const c = makeDoc('c', 'Ada Moreno and Ivo Petrak held talks on April 4 in the capital.', { mentions: people, outlet: 'Third Post' });
    const ctx = makeContext([[a, [call(null)]], [b, [call(null)]], [c, [call(null)]]], [{ representative: 'a', members: ['a', 'b'], kind: 'exact', similarity: 1 }]);
    const [event] = assessEvents(resolveEvents(ctx), ctx);
    expect(event!.sources).toBe(2);
    expect(event!.outlets).toEqual(['Daily One', 'Daily Two', 'Third Post']);
  });

  it('reports a duration conflict with the documents saying each value, not a rounding difference', () => {
    const a = makeDoc('a', 'Ada Moreno and Ivo Petrak held talks for nearly four hours.', { mentions: people });
    const b = makeDoc('b', 'Ada Moreno and Ivo Petrak held talks lasting 3.5 hours.', { mentions: people });
    const c = makeDoc('c', 'Ada Moreno and Ivo Petrak held talks for four hours.', { mentions: people });
    const ctx = makeContext([[a, [call(235)]], [b, [call(210)]], [c, [call(240)]]]);
    const [event] = assessEvents(resolveEvents(ctx), ctx);
    expect(event!.conflicts).toEqual([
      { field: 'durationMinutes', values: [{ value: '210', documents: ['b'] }, { value: '235', documents: ['a', 'c'] }] },
    ]);
  });

  it('treats a toll rising with later publication days as an update, and differing same-day tolls as a conflict', () => {
    const quake = (deaths: number) => ({ trigger: 'quake', type: 'disaster.earthquake', date: '2023-02-06', quantities: [{ kind: 'deaths', value: deaths, unit: null, text: String(deaths) }] });
    const mk = (id: string, published: string) => makeDoc(id, 'A quake struck Osaka on February 6.', { published, mentions: [{ text: 'Osaka', type: 'location' }] });
    const place = (d: ReturnType<typeof mk>, deaths: number) => ({ ...quake(deaths), location: d.mentions[0]!.id });
    const [a, b] = [mk('a', '2023-02-06'), mk('b', '2023-02-08')];
    const rising = makeContext([[a, [place(a, 100)]], [b, [place(b, 900)]]]);
    const [e1] = assessEvents(resolveEvents(rising), rising);
    expect(e1!.conflicts).toEqual([]);
    const [c, d] = [mk('c', '2023-02-06'), mk('d', '2023-02-06')];
    const sameDay = makeContext([[c, [place(c, 100)]], [d, [place(d, 900)]]]);
    const [e2] = assessEvents(resolveEvents(sameDay), sameDay);
    expect(e2!.conflicts.map((x) => x.field)).toEqual(['deaths']);
    // 204 in the morning, 260 in the evening: the same day's editions of a rising toll.
    const [g, e, f] = [mk('g', '2023-02-05'), mk('e', '2023-02-06'), mk('f', '2023-02-06')];
    const editions = makeContext([[g, [place(g, 100)]], [e, [place(e, 204)]], [f, [place(f, 260)]]]);
    const [e3] = assessEvents(resolveEvents(editions), editions);
    expect(e3!.conflicts).toEqual([]);
  });

  it('reports a magnitude that differs on later days as a conflict: only counts rise', () => {
    const mk = (id: string, published: string) => makeDoc(id, 'A quake struck Osaka on February 6.', { published, mentions: [{ text: 'Osaka', type: 'location' }] });
    const quake = (d: ReturnType<typeof mk>, magnitude: number) => ({ trigger: 'quake', type: 'disaster.earthquake', date: '2023-02-06', location: d.mentions[0]!.id, quantities: [{ kind: 'magnitude', value: magnitude, unit: null, text: String(magnitude) }] });
    const [a, b] = [mk('a', '2023-02-06'), mk('b', '2023-02-07')];
    const ctx = makeContext([[a, [quake(a, 6.8)]], [b, [quake(b, 7.1)]]]);
    const [event] = assessEvents(resolveEvents(ctx), ctx);
    expect(event!.conflicts).toEqual([{ field: 'magnitude', values: [{ value: '6.8', documents: ['a'] }, { value: '7.1', documents: ['b'] }] }]);
  });

  it('reports who initiated when reports disagree', () => {
    const a = makeDoc('a', 'The talks, requested by Ada Moreno, ended on April 4 with Ivo Petrak.', { mentions: people });
    const b = makeDoc('b', 'Ada Moreno held talks at the request of Ivo Petrak on April 4.', { mentions: people });
    const ctx = makeContext([[a, [call(null)]], [b, [call(null)]]]);
    const [event] = assessEvents(resolveEvents(ctx), ctx);
    const initiator = event!.conflicts.find((c) => c.field === 'initiator')!;
    expect(initiator.values.map((v) => [v.value, v.documents])).toEqual([['Ada Moreno', ['a']], ['Ivo Petrak', ['b']]]);
  });
});
