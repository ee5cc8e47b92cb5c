import { describe, expect, it } from 'vitest';
import { matchTriggers } from '../../src/eval/ecb/match.ts';
import { mainEvents, type ChainMention } from '../../src/eval/ecb/main-events.ts';

describe('pairing triggers with gold mentions', () => {
  // "Police checked into the clinic": gold "checked into" (head "checked") and "clinic" is no event.
  const gold = [{ id: 'g1', tokens: [{ start: 7, end: 14 }, { start: 15, end: 19 }], head: { start: 7, end: 14 } }];

  it('an overlapping trigger matches, one to one, the head first', () => {
    const into = { id: 'into', start: 15, end: 19 };
    const checked = { id: 'checked', start: 7, end: 14 };
    expect(matchTriggers([into, checked], gold)).toEqual(new Map([['checked', 'g1']]));
    expect(matchTriggers([into], gold)).toEqual(new Map([['into', 'g1']]));
  });

  it('a trigger that touches no gold token matches nothing; spans are end-exclusive', () => {
    expect(matchTriggers([{ id: 'x', start: 19, end: 25 }], gold).size).toBe(0);
    expect(matchTriggers([{ id: 'x', start: 0, end: 7 }], gold).size).toBe(0);
  });

  it('a longer trigger over two gold mentions takes the one whose head it covers', () => {
    const two = [
      { id: 'quake', tokens: [{ start: 0, end: 5 }], head: { start: 0, end: 5 } },
      { id: 'struck', tokens: [{ start: 6, end: 12 }], head: { start: 6, end: 12 } },
    ];
    expect(matchTriggers([{ id: 't', start: 2, end: 12 }], two)).toEqual(new Map([['t', 'struck']]));
  });
});

describe('main events', () => {
  // Chain A (ecb) in documents a1–a4, chain B (ecbplus) in b1–b2.
  const gold: ChainMention[] = [
    ...['a1', 'a2', 'a3', 'a4'].map((file) => ({ id: `${file}#1`, file, subtopic: 'ecb' as const, chain: 'x:A', crossDocument: true })),
    { id: 'a1#2', file: 'a1', subtopic: 'ecb', chain: 'x:small', crossDocument: true },
    ...['b1', 'b2'].map((file) => ({ id: `${file}#1`, file, subtopic: 'ecbplus' as const, chain: 'x:B', crossDocument: true })),
  ];

  it('picks the chain in most documents per subtopic; whole at half of its documents', () => {
    const r = mainEvents(gold, new Map([['a1#1', 'E1'], ['a2#1', 'E1'], ['a3#1', 'E2'], ['b1#1', 'E3']]));
    expect(r.events.map((e) => [e.chain, e.event, e.held, e.documents, e.whole])).toEqual([
      ['x:A', 'E1', 2, 4, true],
      ['x:B', 'E3', 1, 2, true],
    ]);
    expect(r.ok).toBe(true);
  });

  it('fails when one output event also holds the other main event', () => {
    const r = mainEvents(gold, new Map([['a1#1', 'E1'], ['a2#1', 'E1'], ['b1#1', 'E1'], ['b2#1', 'E1']]));
    expect(r.events.every((e) => e.whole && !e.unmixed)).toBe(true);
    expect(r.ok).toBe(false);
  });

  it('fails when a main event is spread over events each under half', () => {
    const r = mainEvents(gold, new Map([['a1#1', 'E1'], ['a2#1', 'E2'], ['a3#1', 'E3'], ['b1#1', 'E4'], ['b2#1', 'E4']]));
    expect(r.events[0]!.whole).toBe(false);
    expect(r.ok).toBe(false);
  });
});
