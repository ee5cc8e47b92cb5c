import { describe, expect, it } from 'vitest';
import { resolveQuotes } from '../../src/resolve/quotes.ts';
import { resolveEvents } from '../../src/resolve/events.ts';
import { makeDoc, type MentionSpec } from './fixtures.ts';
import { makeContext } from './context.ts';

const people: MentionSpec[] = [{ text: 'Ada Moreno' }, { text: 'Ivo Petrak' }];

describe('resolveQuotes', () => {
  it('joins one quote reported by several outlets, keeps other wordings as variants, resolves speaker and event', () => {
    const a = makeDoc('a', 'Ada Moreno called Ivo Petrak and said "we will answer firmly and at once" during the call.', {
      mentions: people,
      quotes: [{ text: 'we will answer firmly and at once', speaker: 'Ada Moreno' }],
    });
    const b = makeDoc('b', 'Ada Moreno told Ivo Petrak: "We will answer firmly, and at once."', {
      mentions: people,
      quotes: [{ text: 'We will answer firmly, and at once.', speaker: 'Ada Moreno' }],
    });
    const c = makeDoc('c', 'Ada Moreno said "the harvest was good this year" at the fair.', {
      mentions: [{ text: 'Ada Moreno' }],
      quotes: [{ text: 'the harvest was good this year', speaker: 'Ada Moreno' }],
    });
    const ctx = makeContext([
      [a, [{ trigger: 'called', actors: ['Ada Moreno'], targets: ['Ivo Petrak'], date: '2023-01-05' }]],
      [b, []],
      [c, []],
    ]);
    const events = resolveEvents(ctx);
    const quotes = resolveQuotes(ctx, events);
    expect(quotes).toHaveLength(2);
    const firm = quotes.find((q) => q.text.toLowerCase().includes('firmly'))!;
    expect(firm.mentions.map((m) => m.document).sort()).toEqual(['a', 'b']);
    expect(firm.variants).toHaveLength(1);
    expect(firm.speaker).toBe('e-ada-moreno');
    expect(firm.event).toBe(events[0]!.id);
    expect(quotes.find((q) => q !== firm)!.event).toBeNull();
  });

  it('keeps similar words by different speakers apart', () => {
    const a = makeDoc('a', 'Ada Moreno said "the talks were useful and frank" today.', { mentions: [{ text: 'Ada Moreno' }], quotes: [{ text: 'the talks were useful and frank', speaker: 'Ada Moreno' }] });
    const b = makeDoc('b', 'Ivo Petrak said "the talks were useful but hard" today.', { mentions: [{ text: 'Ivo Petrak' }], quotes: [{ text: 'the talks were useful but hard', speaker: 'Ivo Petrak' }] });
    const ctx = makeContext([[a, []], [b, []]]);
    expect(resolveQuotes(ctx, [])).toHaveLength(2);
  });

  it('puts a quote that rewords two earlier ones with the one reported first', () => {
    const quoted = (id: string, words: string) => makeDoc(id, `An official said "${words}" today.`, { quotes: [{ text: words }] });
    const a = quoted('a', 'ministers agreed harbor tariffs rise slowly');
    const b = quoted('b', 'ministers agreed fishing quotas fall sharply');
    const c = quoted('c', 'ministers agreed harbor tariffs fishing quotas');
    const quotes = resolveQuotes(makeContext([[a, []], [b, []], [c, []]]), []);
    expect(quotes.map((q) => q.mentions.map((m) => m.document))).toEqual([['a', 'c'], ['b']]);
  });
});
