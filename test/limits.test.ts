/** The limits of src/limits.ts as each stage applies them: cut and flagged, or left out with an error. */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/pipeline.ts';
import { resolveLimits, truncateText } from '../src/limits.ts';
import { tokenize } from '../src/language/tokens.ts';
import { ingestOptions } from '../src/cli/ingest-flags.ts';
import type { RawDocument } from '../src/model.ts';

const STORY = 'The port of Valdmar was closed on Sunday after a storm damaged two cranes, the harbour authority said.';
const doc = (body: string, source = 'story.txt'): RawDocument => ({ source, kind: 'text', body, hints: { published: '2024-03-04' }, readNotes: [] });

describe('limits', () => {
  it('defaults, overrides and refusals', () => {
    expect(resolveLimits({ maxTokens: 10 }).maxTokens).toBe(10);
    expect(() => resolveLimits({ maxTokens: 0 })).toThrow(/positive integer/);
    expect(ingestOptions({ limit: ['maxInputBytes=64M', 'maxTokens=5000'] }).limits).toEqual({ maxInputBytes: 64 * 1024 * 1024, maxTokens: 5000 });
    expect(() => ingestOptions({ limit: ['maxWhat=1'] })).toThrow(/NAME one of/);
  });

  it('text is cut at a paragraph break, never inside a surrogate pair', () => {
    expect(truncateText('aaaa aaaa aaaa aaaa\n\nbbbb', 23)).toBe('aaaa aaaa aaaa aaaa');
    expect(truncateText('😀😀😀', 3)).toBe('😀');
  });

  it('cleaned text, tokens and sentences over their limits are cut and the document flagged TRUNCATED', () => {
    // Distinct paragraphs: the cleaner drops repeated lines.
    const body = Array.from({ length: 60 }, (_, i) => STORY.replace('two cranes', `${i + 2} cranes`)).join('\n\n');
    for (const limits of [{ maxTextChars: 2_000 }, { maxTokens: 200 }, { maxSentences: 5 }]) {
      const a = analyzeDocuments([doc(body)], { limits });
      const flags = a.documents[0]!.quality.flags;
      expect(flags.map((f) => f.code), JSON.stringify(limits)).toContain('TRUNCATED');
      expect(a.documents[0]!.text.length).toBeLessThan(body.length);
      expect(a.events.length).toBeGreaterThan(0);
    }
  });

  it('a giant token is cut before the tokenizer and a run-on sentence read in pieces', () => {
    const giant = tokenize(`Officials said ${'x'.repeat(2_000)} on Monday.`, { ...resolveLimits(), maxTokenChars: 100 });
    expect(giant.tokens.filter((t) => t.pos === 'X' && t.text.startsWith('x')).map((t) => t.text.length)).toEqual(Array(20).fill(100));
    const runOn = tokenize('and the talks went on '.repeat(200), { ...resolveLimits(), maxSentenceTokens: 50 });
    expect(runOn.sentences.length).toBe(20);
    expect(runOn.sentences.every((s) => s.tokenEnd - s.tokenStart <= 50)).toBe(true);
    expect(runOn.tokens.every((t, i) => runOn.sentences[t.sentence]!.tokenStart <= i && i < runOn.sentences[t.sentence]!.tokenEnd)).toBe(true);
  });

  it('a document past its wall time is left out with an error; the run goes on', () => {
    expect(() => analyzeDocuments([doc(STORY)], { limits: { maxDocumentMs: 1 } })).toThrow(/maxDocumentMs=1/);
  });
});
