/**
 * Read-only helpers over one AnnotatedDocument that every parser and refiner needs: token matching on
 * lemmas, clause bounds, the entity mentions and time expressions inside a span, and quoted text.
 */
import type { AnnotatedDocument, EntityMention, Span, TimeExpression, Token } from '../model.ts';
import { createView, type DocumentView } from '../language/view/index.ts';
import { spanIndex } from '../language/view/positions.ts';
import { cues } from './cues.ts';

export interface DocContext {
  doc: AnnotatedDocument;
  /** The document's tokens, tree, mentions and times with indexed lookups. */
  view: DocumentView;
  /** Lowercased lemma of token i ("" out of range). */
  lemma(i: number): string;
  /** Lowercased text of token i ("" out of range). */
  word(i: number): string;
  /** Whether token i stands for `word` (lemma, text, or a plural the tagger did not lemmatize). */
  is(i: number, word: string): boolean;
  /** Length in tokens of `sequence` (space-separated words) matched at token i, 0 when it does not match. */
  matchAt(i: number, sequence: string): number;
  /** Token range [start, end) of the clause that holds token i. */
  clauseTokens(i: number): { start: number; end: number };
  mentionsIn(span: Span): EntityMention[];
  timesIn(span: Span): TimeExpression[];
  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number;
  /** Whether the offset lies inside quotation marks. */
  quoted(offset: number): boolean;
}

export function createContext(doc: AnnotatedDocument): DocContext {
  const tokens = doc.tokens;
  const clauseCache = new Map<number, { start: number; end: number }[]>();
  const quotes = spanIndex(quotedRanges(doc));
  const view = createView(doc);
  const lemma = (i: number) => (tokens[i]?.lemma ?? '').toLowerCase();
  const word = (i: number) => (tokens[i]?.text ?? '').toLowerCase();
  const is = (i: number, w: string) => {
    const text = word(i);
    return lemma(i) === w || text === w || text === `${w}s` || text === `${w}es`;
  };
  const matchAt = (i: number, sequence: string) => {
    const parts = splitWords(sequence);
    const sentence = tokens[i]?.sentence;
    for (let k = 0; k < parts.length; k++) {
      if (tokens[i + k]?.sentence !== sentence || !is(i + k, parts[k]!)) return 0;
    }
    return parts.length;
  };
  return {
    doc,
    view,
    lemma,
    word,
    is,
    matchAt,
    clauseTokens(i) {
      const s = tokens[i]!.sentence;
      let clauses = clauseCache.get(s);
      if (!clauses) clauseCache.set(s, (clauses = splitClauses(doc, s, lemma)));
      return clauses.find((c) => i >= c.start && i < c.end) ?? clauses[0]!;
    },
    mentionsIn: (span) => view.mentionsIn(span),
    timesIn: (span) => view.timesIn(span),
    tokenAt: (offset) => view.tokenAt(offset),
    quoted: (offset) => quotes.at(offset) !== null,
  };
}

const splitCache = new Map<string, string[]>();
/** Lexicon sequences are few and matched millions of times: split each once. */
function splitWords(sequence: string): string[] {
  let parts = splitCache.get(sequence);
  if (!parts) splitCache.set(sequence, (parts = sequence.split(' ')));
  return parts;
}

/**
 * Splits a sentence at ";", at contrastive conjunctions ("but", "while") and at ", and" opening a clause with a
 * subject of its own: each part states its own event.
 */
function splitClauses(doc: AnnotatedDocument, s: number, lemma: (i: number) => string): { start: number; end: number }[] {
  const sentence = doc.sentences[s]!;
  const breaks = new Set(cues().clauseBreaks);
  const clauses: { start: number; end: number }[] = [];
  const conditions = new Set(cues().modality.conditional);
  let start = sentence.tokenStart;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // "If Russia invades Ukraine, the US will respond": the condition is a clause of its own.
    const closesCondition = lemma(i) === ',' && conditions.has(lemma(start)) && i > start;
    const isBreak = (breaks.has(lemma(i)) && i > sentence.tokenStart && !isPairedWhile(doc.tokens, i)) || closesCondition || opensCoordinateClause(doc.tokens, i, start, sentence.tokenEnd);
    if (isBreak && i > start) {
      clauses.push({ start, end: i });
      start = closesCondition ? i + 1 : i;
    }
  }
  clauses.push({ start, end: sentence.tokenEnd });
  return clauses;
}

/**
 * "The agreement expired on 31 December, and union members voted…": ", and" after a clause with a verb, followed by
 * a new subject and its verb, starts another clause. "met Berg on Monday, and Santos on Tuesday" (no verb) and
 * "said on Monday, and repeated…" (no new subject) do not.
 */
const COORDINATE_LOOKAHEAD = 8;
function opensCoordinateClause(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  if (tokens[i]!.text !== ',' || tokens[i + 1]?.text.toLowerCase() !== 'and') return false;
  if (!tokens.slice(start, i).some((t) => t.pos === 'VERB')) return false;
  let subject = false;
  for (let k = i + 2; k < Math.min(end, i + 2 + COORDINATE_LOOKAHEAD); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return subject;
    if (t.text === ',') return false;
    if (['NOUN', 'PROPN', 'PRON'].includes(t.pos)) subject = true;
  }
  return false;
}

/** "while the United States remains prepared…" ends a clause; "worth while" does not (rare; kept simple). */
function isPairedWhile(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text.toLowerCase() === 'while' && tokens[i - 1]?.text.toLowerCase() === 'worth';
}

/** Quoted stretches: the quote stage's direct quotes, plus any text between paired quotation marks. */
function quotedRanges(doc: AnnotatedDocument): Span[] {
  const ranges: Span[] = doc.quotes.filter((q) => q.kind === 'direct').map((q) => ({ start: q.start, end: q.end }));
  const pattern = /[“"]([^”"\n]{1,600})[”"]/g;
  for (const m of doc.text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

export function tokenSpan(tokens: readonly Token[], start: number, end: number): Span {
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end };
}
