import { describe, expect, it } from 'vitest';
import { resolveEvents } from '../../src/resolve/events.ts';
import { makeDoc, type MentionSpec } from './fixtures.ts';
import { makeContext } from './context.ts';

const people: MentionSpec[] = [{ text: 'Ada Moreno' }, { text: 'Ivo Petrak' }];
const pair = { actors: ['Ada Moreno'], targets: ['Ivo Petrak'] };

describe('resolveEvents', () => {
  it('merges reports of one call across documents and keeps calls on other days apart', () => {
    const a = makeDoc('a', 'Ada Moreno held a phone call with Ivo Petrak on March 3. Ada Moreno and Ivo Petrak had a video call on March 9.', {
      mentions: [...people, { text: 'Ada Moreno', nth: 1 }, { text: 'Ivo Petrak', nth: 1 }],
    });
    const b = makeDoc('b', 'Ivo Petrak and Ada Moreno spoke by telephone on March 3 for 40 minutes.', { mentions: people });
    const c = makeDoc('c', 'Ada Moreno phoned Ivo Petrak in March.', { mentions: people });
    const ctx = makeContext([
      [a, [{ trigger: 'phone call', ...pair, date: '2023-03-03', medium: 'phone' }, { trigger: 'video call', ...pair, date: '2023-03-09', medium: 'video' }]],
      [b, [{ trigger: 'spoke by telephone', actors: ['Ivo Petrak'], targets: ['Ada Moreno'], date: '2023-03-03', medium: 'phone', duration: 40 }]],
      [c, [{ trigger: 'phoned', ...pair, date: '2023-03', medium: 'phone' }]],
    ]);
    const events = resolveEvents(ctx);
    expect(events.map((e) => e.date.value)).toEqual(['2023-03-03', '2023-03-09']);
    const call = events[0]!;
    expect(call.eventMentions.sort()).toEqual(['a-ev0', 'b-ev0', 'c-ev0']);
    expect(call.durationMinutes).toBe(40);
    expect(call.id).toBe('ev-2023-03-03-contact-call-moreno-petrak');
    expect(call.title).toBe('Ada Moreno and Ivo Petrak hold a phone call');
    expect(call.mentions.every((m) => [a, b, c].find((d) => d.id === m.document)!.text.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('treats a virtual meeting and a video call as one event', () => {
    const a = makeDoc('a', 'Ada Moreno and Ivo Petrak held a virtual meeting on May 2.', { mentions: people });
    const b = makeDoc('b', 'Ada Moreno had a video call with Ivo Petrak on May 2.', { mentions: people });
    const ctx = makeContext([
      [a, [{ trigger: 'virtual meeting', type: 'contact.meet', ...pair, date: '2023-05-02', medium: 'video' }]],
      [b, [{ trigger: 'video call', ...pair, date: '2023-05-02', medium: 'video' }]],
    ]);
    expect(resolveEvents(ctx)).toHaveLength(1);
  });

  it('keeps same-day events of one kind apart when participants or places differ', () => {
    const a = makeDoc('a', 'Ada Moreno called Ivo Petrak. Lea Roux called Ivo Petrak. A quake struck Osaka. A quake struck Lima.', {
      mentions: [...people, { text: 'Lea Roux' }, { text: 'Ivo Petrak', nth: 1 }, { text: 'Osaka', type: 'location' }, { text: 'Lima', type: 'location' }],
    });
    const m0 = a.mentions;
    const ctx = makeContext([
      [
        a,
        [
          { trigger: 'called', ...pair, date: '2023-06-01' },
          { trigger: 'called', nth: 1, actors: ['Lea Roux'], targets: ['Ivo Petrak'], date: '2023-06-01' },
          { trigger: 'quake', type: 'disaster.earthquake', date: '2023-06-01', location: m0[4]!.id },
          { trigger: 'quake', nth: 1, type: 'disaster.earthquake', date: '2023-06-01', location: m0[5]!.id },
        ],
      ],
    ]);
    const events = resolveEvents(ctx);
    expect(events).toHaveLength(4);
    expect(events.filter((e) => e.type === 'disaster.earthquake').map((e) => e.location).sort()).toEqual(['Lima', 'Osaka']);
  });

  it('joins an undated report to a dated event only with strong evidence', () => {
    const a = makeDoc('a', 'Ada Moreno and Ivo Petrak spoke by phone for 50 minutes on June 1. They spoke by phone again on June 8.', { mentions: people });
    const b = makeDoc('b', 'Ada Moreno and Ivo Petrak talked on the phone for 50 minutes.', { mentions: people });
    const c = makeDoc('c', 'Ada Moreno and Ivo Petrak talked on the phone.', { mentions: people });
    const ctx = makeContext([
      [a, [{ trigger: 'spoke by phone', ...pair, date: '2023-06-01', medium: 'phone', duration: 50 }, { trigger: 'spoke by phone again', ...pair, date: '2023-06-08', medium: 'phone' }]],
      [b, [{ trigger: 'talked on the phone', ...pair, medium: 'phone', duration: 50 }]],
      [c, [{ trigger: 'talked on the phone', ...pair, medium: 'phone' }]],
    ]);
    const events = resolveEvents(ctx);
    const june1 = events.find((e) => e.date.value === '2023-06-01')!;
    expect(june1.eventMentions).toContain('b-ev0');
    // Two phone calls fit c equally: it stays its own, undated event.
    expect(events.find((e) => e.eventMentions.includes('c-ev0'))!.date.value).toBeNull();
    expect(events).toHaveLength(3);
  });

  it('merges several mentions of one event within a document; occurred beats planned', () => {
    const a = makeDoc('a', 'Ada Moreno will meet Ivo Petrak on July 4. Ada Moreno met Ivo Petrak on July 4. The meeting was tense.', {
      mentions: [...people, { text: 'Ada Moreno', nth: 1 }, { text: 'Ivo Petrak', nth: 1 }],
    });
    const ctx = makeContext([
      [a, [
        { trigger: 'meet', type: 'contact.meet', ...pair, date: '2023-07-04', status: 'planned' },
        { trigger: 'met', type: 'contact.meet', ...pair, date: '2023-07-04' },
        { trigger: 'meeting', type: 'contact.meet' },
      ]],
    ]);
    const events = resolveEvents(ctx);
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('occurred');
  });

  it('judges an undated document by all its reports of the event, not its first sentence alone', () => {
    const a = makeDoc('a', 'Ada Moreno and Ivo Petrak spoke by phone for 50 minutes on June 1.', { mentions: people, published: '2023-06-02' });
    const b = makeDoc('b', 'Ada Moreno and Ivo Petrak held a phone call. The call lasted an hour.', { mentions: people, published: '2023-06-09' });
    const c = makeDoc('c', 'Ada Moreno and Ivo Petrak talked by phone. It lasted one hour.', { mentions: people, published: '2023-06-09' });
    const ctx = makeContext([
      [a, [{ trigger: 'spoke by phone', ...pair, date: '2023-06-01', medium: 'phone', duration: 50 }]],
      [b, [{ trigger: 'phone call', ...pair, medium: 'phone' }, { trigger: 'call lasted', ...pair, duration: 60 }]],
      [c, [{ trigger: 'talked by phone', ...pair, medium: 'phone' }, { trigger: 'lasted', ...pair, duration: 60 }]],
    ]);
    const events = resolveEvents(ctx);
    expect(events).toHaveLength(2);
    const hour = events.find((e) => e.eventMentions.includes('b-ev0'))!;
    expect(hour.eventMentions.sort()).toEqual(['b-ev0', 'b-ev1', 'c-ev0', 'c-ev1']);
    // Reported as news by two documents of the same day: dated, weakly, to that day.
    expect(hour.date.value).toBe('2023-06-09');
    expect(hour.date.confidence).toBeLessThan(0.5);
  });

  it('joins a report misdated by a day to the better-supported event it matches otherwise, and only then', () => {
    const video = (id: string, date: string) => {
      const d = makeDoc(id, 'Ada Moreno and Ivo Petrak held a video call.', { mentions: people });
      return [d, [{ trigger: 'video call', ...pair, date, medium: 'video', duration: 120 }]] as const;
    };
    const [a, b, c] = [video('a', '2023-09-05'), video('b', '2023-09-05'), video('c', '2023-09-04')];
    const events = resolveEvents(makeContext([[a[0], [...a[1]]], [b[0], [...b[1]]], [c[0], [...c[1]]]]));
    expect(events).toHaveLength(1);
    expect(events[0]!.date.value).toBe('2023-09-05');
    // Two documents on each day: two calls on consecutive days, kept apart.
    const [d, e] = [video('d', '2023-09-04'), video('e', '2023-09-04')];
    const apart = resolveEvents(makeContext([[a[0], [...a[1]]], [b[0], [...b[1]]], [d[0], [...d[1]]], [e[0], [...e[1]]]]));
    expect(apart.map((x) => x.date.value).sort()).toEqual(['2023-09-04', '2023-09-05']);
  });
  it('ties an undated report without parties to the event of the same type dated to the weekday it names', () => {
    // 2023-06-08 is a Thursday, 2023-06-05 a Monday.
    const a = makeDoc('a', 'The regulator opened an inquiry on June 8. Trading was halted on June 5.', {});
    const b = makeDoc('b', 'The inquiry began on Thursday.', { times: [{ text: 'Thursday', value: 'XXXX-WXX-4', anchor: 'none' }] });
    const c = makeDoc('c', 'A halt came on Friday.', { times: [{ text: 'Friday', value: 'XXXX-WXX-5', anchor: 'none' }] });
    const ctx = makeContext([
      [a, [{ trigger: 'inquiry', type: 'justice.investigate', date: '2023-06-08' }, { trigger: 'halted', type: 'business.halt', date: '2023-06-05' }]],
      [b, [{ trigger: 'inquiry', type: 'justice.investigate' }]],
      [c, [{ trigger: 'halt', type: 'business.halt' }]],
    ]);
    const events = resolveEvents(ctx);
    expect(events.find((e) => e.type === 'justice.investigate')!.eventMentions.sort()).toEqual(['a-ev0', 'b-ev0']);
    // Friday is not the halt's Monday: it stays apart.
    expect(events.filter((e) => e.type === 'business.halt')).toHaveLength(2);
  });
});

describe('multi-day events reported with their range', () => {
  const talks = (id: string, text: string, times: { text: string; value: string }[], date: string) => {
    const doc = makeDoc(id, text, { mentions: people, times });
    return [doc, [{ trigger: 'talks', type: 'contact.meet', ...pair, date, time: `${id}-t0`, status: 'planned' as const }]] as const;
  };

  it('joins a report of one day with a report of the whole range', () => {
    const a = talks('a', 'Ada Moreno and Ivo Petrak will hold talks in Oslo on the 4th and 5th of May.', [{ text: 'the 4th', value: '2031-05-04' }, { text: '5th of May', value: '2031-05-05' }], '2031-05-04');
    const b = talks('b', 'Ada Moreno and Ivo Petrak are due to open talks in Oslo on May 5.', [{ text: 'May 5', value: '2031-05-05' }], '2031-05-05');
    const events = resolveEvents(makeContext([a, b].map(([doc, specs]) => [doc, [...specs]])));
    expect(events).toHaveLength(1);
    // The day both reports cover, and both count as agreeing on it.
    expect(events[0]!.date.value).toBe('2031-05-05');
    expect(events[0]!.date.confidence).toBeGreaterThan(0.8);
  });

  it('keeps apart two single-day reports of different days, and a range that does not reach the other day', () => {
    const a = talks('a', 'Ada Moreno and Ivo Petrak will hold talks from May 1 to May 3.', [{ text: 'May 1', value: '2031-05-01' }, { text: 'May 3', value: '2031-05-03' }], '2031-05-01');
    const b = talks('b', 'Ada Moreno and Ivo Petrak will hold talks on May 5.', [{ text: 'May 5', value: '2031-05-05' }], '2031-05-05');
    const c = talks('c', 'Ada Moreno and Ivo Petrak will hold talks on May 9 and 20.', [{ text: 'May 9', value: '2031-05-09' }, { text: '20', value: '2031-05-20' }], '2031-05-09');
    const d = talks('d', 'Ada Moreno and Ivo Petrak will hold talks on May 20.', [{ text: 'May 20', value: '2031-05-20' }], '2031-05-20');
    const ctx = makeContext([a, b, c, d].map(([doc, specs]) => [doc, [...specs]]));
    expect(resolveEvents(ctx)).toHaveLength(4);
  });
});
