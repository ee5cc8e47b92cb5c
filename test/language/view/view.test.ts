import { describe, expect, it } from 'vitest';
import type { EntityMention, Sentence, TimeExpression, Token } from '../../../src/model.ts';
import { createView } from '../../../src/language/view/index.ts';

/** A hand-made two-sentence document with its tree, so the view is tested apart from tagger and parser. */
const text = 'Kovac met Berg on Monday. They talked.';
const words: [string, number, string][] = [
  // word, head (document index, -1 root), relation
  ['Kovac', 1, 'nsubj'],
  ['met', -1, 'root'],
  ['Berg', 1, 'obj'],
  ['on', 4, 'case'],
  ['Monday', 1, 'obl'],
  ['.', 1, 'punct'],
  ['They', 7, 'nsubj'],
  ['talked', -1, 'root'],
  ['.', 7, 'punct'],
];

function tokens(): Token[] {
  let from = 0;
  return words.map(([word, head, deprel], i) => {
    const start = text.indexOf(word, from);
    from = start + word.length;
    return { start, end: from, text: word, pos: 'X', lemma: word, sentence: i < 6 ? 0 : 1, head, deprel };
  });
}

const sentences: Sentence[] = [
  { index: 0, start: 0, end: 25, tokenStart: 0, tokenEnd: 6, tense: 'past' },
  { index: 1, start: 26, end: 38, tokenStart: 6, tokenEnd: 9, tense: 'past' },
];

function mention(start: number, end: number, id: string): EntityMention {
  return { id, document: 'd', start, end, text: text.slice(start, end), type: 'person', key: id, name: id, gazetteerId: null, roles: [], via: 'test', sentence: 0 };
}

const monday: TimeExpression = { id: 't1', document: 'd', start: 18, end: 24, text: 'Monday', type: 'DATE', value: '2024-01-08', anchor: 'publication', confidence: 1, sentence: 0 };

const view = createView({ text, sentences, tokens: tokens(), mentions: [mention(10, 14, 'berg'), mention(0, 5, 'kovac')], times: [monday] });

describe('document view: positions', () => {
  it('finds the token at or after an offset, and the token holding it', () => {
    expect(view.tokenAt(0)).toBe(0);
    expect(view.tokenAt(6)).toBe(1);
    expect(view.tokenAt(5)).toBe(1);
    expect(view.tokenCovering(7)).toBe(1);
    expect(view.tokenCovering(5)).toBe(-1);
    expect(view.tokenAt(text.length)).toBe(9);
  });

  it('finds the sentence holding an offset', () => {
    expect(view.sentenceAt(3)).toBe(0);
    expect(view.sentenceAt(30)).toBe(1);
    expect(view.sentenceAt(25)).toBe(-1);
  });

  it('gives the tokens inside a span', () => {
    expect(view.tokensIn({ start: 6, end: 14 }).map((t) => t.text)).toEqual(['met', 'Berg']);
    expect(view.tokensIn({ start: 7, end: 14 }).map((t) => t.text)).toEqual(['Berg']);
  });
});

describe('document view: layers', () => {
  it('keeps mentions in text order and finds the one holding an offset', () => {
    expect(view.mentions.map((m) => m.id)).toEqual(['kovac', 'berg']);
    expect(view.mentionAt(11)?.id).toBe('berg');
    expect(view.mentionAt(7)).toBeNull();
    expect(view.mentionsIn({ start: 0, end: 15 }).map((m) => m.id)).toEqual(['kovac', 'berg']);
    expect(view.mentionsIn({ start: 1, end: 15 }).map((m) => m.id)).toEqual(['berg']);
  });

  it('prefers the longest of overlapping mentions', () => {
    const nested = createView({ text, sentences, tokens: tokens(), mentions: [mention(0, 5, 'short'), mention(0, 14, 'long')] });
    expect(nested.mentionAt(2)?.id).toBe('long');
    expect(nested.mentionsStartingIn({ start: 0, end: 1 }).map((m) => m.id)).toEqual(['long', 'short']);
  });

  it('tells whether an offset or a span lies in a time expression', () => {
    expect(view.inTime(20)).toBe(true);
    expect(view.inTime({ start: 18, end: 24 })).toBe(true);
    expect(view.inTime({ start: 15, end: 24 })).toBe(false);
    expect(view.timeAt(3)).toBeNull();
  });
});

describe('document view: tree', () => {
  it('gives heads, children and dependents by relation', () => {
    expect(view.head(0)).toBe(1);
    expect(view.children(1)).toEqual([0, 2, 4, 5]);
    expect(view.dependents(1, 'nsubj', 'obj')).toEqual([0, 2]);
    expect(view.dependents(4, 'case')).toEqual([3]);
  });

  it('matches a relation with its subtypes when no subtype is asked for', () => {
    const passive = tokens().map((t, i) => (i === 0 ? { ...t, deprel: 'nsubj:pass' } : t));
    const v = createView({ text, sentences, tokens: passive });
    expect(v.dependents(1, 'nsubj')).toEqual([0]);
    expect(v.dependents(1, 'nsubj:pass')).toEqual([0]);
    expect(v.dependents(1, 'obj:x')).toEqual([]);
  });

  it('finds the clause head and the phrase under a token', () => {
    expect(view.clauseOf(3)).toBe(1);
    expect(view.clauseOf(6)).toBe(7);
    expect(view.subtree(4)).toEqual({ start: 3, end: 5 });
    expect(view.subtree(1)).toEqual({ start: 0, end: 6 });
    expect(view.dominates(1, 3)).toBe(true);
    expect(view.dominates(7, 3)).toBe(false);
  });

  it('stays finite on a malformed tree with a cycle', () => {
    const cyclic = tokens().map((t, i) => (i === 0 ? { ...t, head: 2 } : i === 2 ? { ...t, head: 0 } : t));
    const v = createView({ text, sentences, tokens: cyclic });
    expect(v.subtree(0).start).toBe(0);
    expect(v.dominates(1, 0)).toBe(false);
    expect(typeof v.clauseOf(0)).toBe('number');
  });
});
