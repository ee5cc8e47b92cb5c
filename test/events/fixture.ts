/**
 * Builds AnnotatedDocuments for event tests: real sentences and tokens from the tokenizer, entity mentions
 * and time expressions marked by hand on every occurrence of the given surface strings.
 */
import { createView } from '../../src/language/view/index.ts';
import type { AnnotatedDocument, EntityMention, EntityType, TimeExpression, TimexType } from '../../src/model.ts';
import { tokenize } from '../../src/language/tokens.ts';
import { resolvePronouns } from '../../src/language/coreference/index.ts';

export interface FixtureSpec {
  /** [surface, type, key?]: key defaults to the surface lowercased. */
  mentions?: [string, EntityType, string?][];
  /** [surface, type, TIMEX3 value]. */
  times?: [string, TimexType, string][];
  quotes?: string[];
}

export function fixture(text: string, spec: FixtureSpec = {}): AnnotatedDocument {
  const { sentences, tokens } = tokenize(text);
  const sentenceAt = (offset: number) => sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? 0;
  const mentions: EntityMention[] = [];
  for (const [surface, type, key] of spec.mentions ?? []) {
    for (const start of occurrences(text, surface)) {
      if (mentions.some((m) => start < m.end && m.start < start + surface.length)) continue;
      const k = key ?? surface.toLowerCase();
      mentions.push({ id: `m${mentions.length + 1}`, document: 'd01', start, end: start + surface.length, text: surface, type, key: k, name: k, gazetteerId: null, roles: [], via: 'test', sentence: sentenceAt(start) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const times: TimeExpression[] = [];
  for (const [surface, type, value] of spec.times ?? []) {
    for (const start of occurrences(text, surface)) {
      times.push({ id: `t${times.length + 1}`, document: 'd01', start, end: start + surface.length, text: surface, type, value, anchor: 'absolute', confidence: 0.9, sentence: sentenceAt(start) });
    }
  }
  return {
    id: 'd01',
    source: 'test',
    text,
    removed: [],
    candidates: [],
    boilerplateShare: 0,
    readNotes: [],
    metadata: { title: null, outlet: null, author: null, published: { date: null, basis: '', confidence: 0, rejected: [] }, modified: null, language: 'en', url: null },
    sentences,
    tokens,
    mentions,
    times,
    pronouns: resolvePronouns(createView({ text, sentences, tokens, mentions }), mentions),
    quotes: [],
  };
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  const pattern = new RegExp(`(?<![\\w])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  for (const m of text.matchAll(pattern)) out.push(m.index);
  return out;
}

/** Names of the mentions behind ids, for readable assertions. */
export function names(doc: AnnotatedDocument, ids: string[]): string[] {
  return ids.map((id) => doc.mentions.find((m) => m.id === id)?.key ?? id);
}
