/**
 * Sentences and tokens with parts of speech, from wink-nlp. wink does not report character offsets,
 * so they are rebuilt from each token's preceding whitespace; a line break always ends a sentence
 * (scraped text puts headlines, captions and paragraphs on lines of their own, often without a full stop).
 */
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Tense, Token } from '../model.ts';
import { DEFAULT_LIMITS, type Limits } from '../limits.ts';
import { parseSentence } from './syntax/index.ts';

const nlp = winkNLP(model);
const its = nlp.its;

export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
  /** Set when a limit stopped tokenizing: the text offset where it stopped (a line start); the rest has no tokens. */
  cut?: { at: number; limit: 'maxTokens' | 'maxSentences' };
}

export type TokenLimits = Pick<Limits, 'maxTokens' | 'maxSentences' | 'maxTokenChars' | 'maxSentenceTokens'>;

/**
 * Bounded by `limits` (src/limits.ts): tokenizing stops at the first line that starts past maxTokens or
 * maxSentences (reported as `cut`); a run of non-space characters longer than maxTokenChars never reaches wink
 * (its English model has regular expressions that are slow on giant tokens) but becomes tokens of that size, tagged
 * X, as a sentence of its own; a line longer than LONG_LINE characters is read in pieces.
 */
export function tokenize(text: string, limits: TokenLimits = DEFAULT_LIMITS): Tokenized {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let cut: Tokenized['cut'];
  for (const line of lines(text, limits.maxTokenChars)) {
    if (tokens.length >= limits.maxTokens || sentences.length >= limits.maxSentences) {
      cut = { at: line.start, limit: tokens.length >= limits.maxTokens ? 'maxTokens' : 'maxSentences' };
      break;
    }
    if (line.giant) {
      const first = tokens.length;
      giantTokens(line, limits.maxTokenChars, tokens);
      pushSentences(tokens, sentences, first, limits.maxSentenceTokens);
      continue;
    }
    const doc = nlp.readDoc(line.text);
    let offset = line.start;
    doc.sentences().each((s: ItemSentence) => {
      const first = tokens.length;
      s.tokens().each((t: ItemToken) => {
        offset += t.out(its.precedingSpaces).length;
        const value = t.out();
        const pos = t.out(its.pos);
        if (pos !== 'SPACE') {
          tokens.push({
            start: offset,
            end: offset + value.length,
            text: value,
            pos,
            lemma: t.out(its.lemma as Parameters<ItemToken['out']>[0]) as string,
            sentence: sentences.length,
            head: -1,
            deprel: '',
          });
        }
        offset += value.length;
      });
      pushSentences(tokens, sentences, first, limits.maxSentenceTokens);
    });
  }
  for (const s of sentences) {
    parseInto(tokens, s);
    s.tense = tenseOf(tokens.slice(s.tokenStart, s.tokenEnd));
  }
  return cut ? { sentences, tokens, cut } : { sentences, tokens };
}

/** Tokens [first, end) as one sentence, or, past maxSentenceTokens, as consecutive sentences of that many tokens. */
function pushSentences(tokens: Token[], sentences: Sentence[], first: number, maxSentenceTokens: number): void {
  for (let from = first; from < tokens.length; from += maxSentenceTokens) {
    const to = Math.min(tokens.length, from + maxSentenceTokens);
    for (let k = from; k < to; k++) tokens[k]!.sentence = sentences.length;
    sentences.push({ index: sentences.length, start: tokens[from]!.start, end: tokens[to - 1]!.end, tokenStart: from, tokenEnd: to, tense: 'unknown' });
  }
}

/** A giant run of non-space characters as tokens of at most `size` characters (never splitting a surrogate pair). */
function giantTokens(line: Piece, size: number, tokens: Token[]): void {
  for (let at = 0; at < line.text.length; ) {
    let end = Math.min(line.text.length, at + size);
    if (end < line.text.length && isHighSurrogate(line.text.charCodeAt(end - 1))) end--;
    const text = line.text.slice(at, end);
    tokens.push({ start: line.start + at, end: line.start + end, text, pos: 'X', lemma: text, sentence: -1, head: -1, deprel: '' });
    at = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The dependency tree of one sentence (src/language/syntax/), written onto its tokens with heads as document
 * token indexes. wink's tags stay in `pos`: the rule tables were written against them.
 */
function parseInto(tokens: Token[], s: Sentence): void {
  const words = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
  const { heads, deprels } = parseSentence(words);
  for (let k = 0; k < words.length; k++) {
    const t = tokens[s.tokenStart + k]!;
    t.head = heads[k]! < 0 ? -1 : s.tokenStart + heads[k]!;
    t.deprel = deprels[k]!;
  }
}

interface Piece {
  start: number;
  text: string;
  /** A run of non-space characters longer than maxTokenChars. */
  giant?: boolean;
}

/** A line is read by wink in pieces of about this many characters at most (cut after a sentence end or a space). */
const LONG_LINE = 20_000;

/** The non-blank lines, long ones in pieces, with giant runs of non-space characters apart. */
function* lines(text: string, maxTokenChars: number): Generator<Piece> {
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.trim()) yield* pieces(part, start, maxTokenChars);
    start += part.length + 1;
  }
}

function* pieces(line: string, offset: number, maxTokenChars: number): Generator<Piece> {
  let from = 0;
  let run = -1;
  for (let i = 0; i <= line.length; i++) {
    const space = i === line.length || /\s/.test(line[i]!);
    if (!space) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0 && i - run > maxTokenChars) {
      yield* plain(line.slice(from, run), offset + from);
      yield { start: offset + run, text: line.slice(run, i), giant: true };
      from = i;
    }
    run = -1;
  }
  yield* plain(line.slice(from), offset + from);
}

/** Plain text in pieces of at most about LONG_LINE characters, cut after ". " where there is one, else at a space. */
function* plain(text: string, offset: number): Generator<Piece> {
  let at = 0;
  while (text.length - at > LONG_LINE) {
    const window = text.slice(at, at + LONG_LINE);
    let cut = window.lastIndexOf('. ');
    cut = cut > LONG_LINE / 2 ? cut + 2 : window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = LONG_LINE;
    if (text.slice(at, at + cut).trim()) yield { start: offset + at, text: text.slice(at, at + cut) };
    at += cut;
  }
  if (text.slice(at).trim()) yield { start: offset + at, text: text.slice(at) };
}

const FUTURE_MARKERS = new Set(['will', "'ll", 'shall']);

/**
 * A coarse tense for the sentence, from its main verbs: what resolution of "on Thursday" or "in June" needs
 * (past → the last one, future → the next one). wink's universal tags do not mark tense, so past forms are
 * recognised by their lemma differing from the word with a past-like ending or an irregular form.
 */
export function tenseOf(tokens: Token[]): Tense {
  let past = 0;
  let future = 0;
  let present = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = t.text.toLowerCase();
    if (FUTURE_MARKERS.has(word) || (word === 'going' && tokens[i + 1]?.text === 'to')) future++;
    else if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (isPastForm(word, t.lemma)) past++;
      else if (/^(is|are|am|says|has|does)$/.test(word) || (t.pos === 'VERB' && word.endsWith('s'))) present++;
    }
  }
  if (future > 0 && future >= past) return 'future';
  if (past > 0) return 'past';
  if (present > 0) return 'present';
  return 'unknown';
}

function isPastForm(word: string, lemma: string): boolean {
  if (/^(was|were|had|did)$/.test(word)) return true;
  if (word === lemma) return false;
  return /ed$/.test(word) || !/(s|ing)$/.test(word);
}

