import { describe, expect, it } from 'vitest';
import { findQuotedPassages } from '../../../src/language/quotes/index.ts';

const inner = (text: string): string[][] => findQuotedPassages(text).map((p) => p.parts.map((s) => text.slice(s.start, s.end)));

describe('quoted passages', () => {
  it('finds curly and straight quotes', () => {
    expect(inner('He said “go now” and "stay there".')).toEqual([['go now'], ['stay there']]);
  });
  it('keeps nested single quotes and apostrophes inside', () => {
    expect(inner('“The so-called ‘plan’ is Russia’s idea,” she said.')).toEqual([['The so-called ‘plan’ is Russia’s idea,']]);
  });
  it('does not take an apostrophe for a quote mark', () => {
    expect(inner('Kyiv’s mayor and the country’s army')).toEqual([]);
  });
  it('continues a quote into a paragraph that opens with a quote mark', () => {
    const text = '“We will not move.\n\n“Nor will we leave,” he said.';
    expect(inner(text)).toEqual([['We will not move.', 'Nor will we leave,']]);
  });
  it('ends an unclosed quote with its paragraph when the next one does not continue it', () => {
    expect(inner('“We will not move.\n\nThe minister left.')).toEqual([['We will not move.']]);
  });
});
