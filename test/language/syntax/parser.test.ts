import { describe, expect, it } from 'vitest';
import { readConllu } from '../../../src/language/syntax/conllu.ts';
import { parseSentence, tagSentence } from '../../../src/language/syntax/index.ts';
import { scoreParses } from '../../../src/eval/parse.ts';
import { SHARED } from '../../helpers.ts';

/** The dependent of `head` (by word) with relation `rel`, as a word. */
function dependent(words: string[], head: string, rel: string): string | undefined {
  const p = parseSentence(words);
  const h = words.indexOf(head);
  const i = p.heads.findIndex((x, j) => x === h && p.deprels[j] === rel);
  return i < 0 ? undefined : words[i];
}

describe('the shipped tagger and parser', () => {
  it('finds subjects and objects of simple active sentences', () => {
    const words = ['Police', 'arrested', 'the', 'suspect', 'on', 'Monday', '.'];
    expect(dependent(words, 'arrested', 'nsubj')).toBe('Police');
    expect(dependent(words, 'arrested', 'obj')).toBe('suspect');
    const p = parseSentence(words);
    expect(p.heads[1]).toBe(-1);
    expect(p.upos).toEqual(['NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
  });

  it('finds the passive subject and the agent', () => {
    const words = ['The', 'bank', 'was', 'seized', 'by', 'regulators', 'on', 'Friday', '.'];
    expect(dependent(words, 'seized', 'nsubj:pass')).toBe('bank');
    expect(dependent(words, 'seized', 'obl:agent')).toBe('regulators');
    expect(dependent(words, 'seized', 'aux:pass')).toBe('was');
  });

  it('gives every sentence a single root, even a run-on one', () => {
    const words = ['great', 'service', 'thanks', 'again', 'will', 'come', 'back', 'lol'];
    const p = parseSentence(words);
    expect(p.heads.filter((h) => h === -1)).toHaveLength(1);
    expect(p.deprels[p.heads.indexOf(-1)]).toBe('root');
  });

  it('reads a contraction split the way wink-nlp splits it', () => {
    const words = ['The', 'minister', 'did', "n't", 'sign', 'the', 'deal', '.'];
    expect(dependent(words, 'sign', 'nsubj')).toBe('minister');
    expect(dependent(words, 'sign', 'obj')).toBe('deal');
    expect(dependent(words, 'sign', 'advmod')).toBe("n't");
  });

  it('handles empty input, one word, odd tokens and very long sentences', () => {
    expect(parseSentence([])).toEqual({ upos: [], heads: [], deprels: [] });
    expect(tagSentence([])).toEqual([]);
    expect(parseSentence(['Hello'])).toEqual({ upos: expect.any(Array), heads: [-1], deprels: ['root'] });
    const odd = ['See', 'https://example.com/a?b=c&d=e', 'x'.repeat(200_000), '😀', '', '.'];
    const p = parseSentence(odd);
    expect(p.heads).toHaveLength(odd.length);
    expect(p.heads.filter((h) => h === -1)).toHaveLength(1);
    const long = Array.from({ length: 5000 }, (_, i) => ['The', 'officials', 'said', 'that', 'talks', 'resumed', ','][i % 7]!);
    const q = parseSentence(long);
    expect(q.heads).toHaveLength(5000);
    expect(q.heads.every((h, i) => h !== i && h >= -1 && h < 5000)).toBe(true);
    expect(q.heads.filter((h) => h === -1)).toHaveLength(1);
  });

  it('keeps its accuracy on the first 300 sentences of EWT dev', () => {
    const gold = readConllu(`${SHARED}benchmarks/ud-english-ewt/en_ewt-ud-dev.conllu`).slice(0, 300);
    const scores = scoreParses(gold, gold.map((s) => parseSentence(s.words)));
    expect(scores.upos).toBeGreaterThan(0.95);
    expect(scores.uas).toBeGreaterThan(0.82);
    expect(scores.las).toBeGreaterThan(0.78);
  });
});
