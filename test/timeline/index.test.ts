import { describe, expect, it } from 'vitest';
import { buildTimeline, humanDate, summarize } from '../../src/timeline/index.ts';
import type { Event, EventStatus } from '../../src/model.ts';

function event(id: string, date: string | null, status: EventStatus, sources: number, documents: string[]): Event {
  return {
    id, date: { value: date, confidence: 0.9 }, type: 'contact.call', title: `Event ${id}`, participants: [],
    durationMinutes: null, location: null, status, sources, outlets: [], conflicts: [], quantities: [], eventMentions: [],
    mentions: documents.map((document) => ({ document, start: 0, end: 22, text: 'Two leaders spoke today.', trigger: { start: 12, end: 17, text: 'spoke' } })),
  };
}

describe('timeline', () => {
  const events = [
    event('late', '2023-05-09', 'occurred', 1, ['d1']),
    event('plan', '2023-06-01', 'planned', 1, ['d2']),
    event('early', '2023-05', 'occurred', 3, ['d1', 'd2', 'd3']),
    event('iffy', '2023-05-10', 'hypothetical', 2, ['d1', 'd2']),
    event('denied', '2023-05-11', 'denied', 1, ['d3']),
    event('undated', null, 'occurred', 2, ['d1', 'd3']),
  ];

  it('holds dated events that happened or are planned, in date order, month before its days', () => {
    expect(buildTimeline(events).map((t) => t.event)).toEqual(['early', 'late', 'plan']);
  });

  it('keeps an untyped event only when a second source or a second party backs it', () => {
    const party = (entity: string) => ({ entity, role: 'actor' as const });
    const generic = (id: string, sources: number, parties: number): Event => ({
      ...event(id, '2023-05-09', 'occurred', sources, ['d1', 'd2'].slice(0, sources)),
      type: 'generic',
      participants: ['e-a', 'e-b'].slice(0, parties).map(party),
    });
    const kept = buildTimeline([generic('lone', 1, 1), generic('backed', 2, 1), generic('pair', 1, 2)]).map((t) => t.event);
    expect(kept).toEqual(['backed', 'pair']);
  });

  it('summarizes the best-supported events that happened, in date order, citing their documents', () => {
    const summary = summarize(events, buildTimeline(events), 1);
    expect(summary).toEqual([{ text: 'May 2023: Event early. [d1, d2, d3]', events: ['early'] }]);
    expect(summarize(events, buildTimeline(events)).map((s) => s.events[0])).toEqual(['early', 'late']);
  });

  it('writes dates the way a reader says them', () => {
    expect(humanDate('2021-12-07')).toBe('7 December 2021');
    expect(humanDate('2022-01')).toBe('January 2022');
    expect(humanDate('2014')).toBe('2014');
  });
});
