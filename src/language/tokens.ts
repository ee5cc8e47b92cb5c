/**
 * Sentences and tokens with parts of speech, from wink-nlp. wink does not report character offsets,
 * so they are rebuilt from each token's preceding whitespace; a line break always ends a sentence
 * (scraped text puts headlines, captions and paragraphs on lines of their own, often without a full stop).
 */
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Tense, Token } from '../model.ts';
import { parseSentence } from './syntax/index.ts';

const nlp = winkNLP(model);
const its = nlp.its;

export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

export function tokenize(text: string): Tokenized {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const line of lines(text)) {
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
      if (tokens.length === first) return;
      const start = tokens[first]!.start;
      const end = tokens[tokens.length - 1]!.end;
      sentences.push({ index: sentences.length, start, end, tokenStart: first, tokenEnd: tokens.length, tense: 'unknown' });
    });
  }
  for (const s of sentences) {
    parseInto(tokens, s);
    s.tense = tenseOf(tokens.slice(s.tokenStart, s.tokenEnd));
  }
  return { sentences, tokens };
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

function* lines(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.trim()) yield { start, text: part };
    start += part.length + 1;
  }
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

