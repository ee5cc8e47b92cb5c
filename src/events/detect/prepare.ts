/**
 * From tokenized text to the detector's sentences: the runtime tokenizer's words, lemmas, tags (wink-nlp) and
 * dependency tree (src/language/syntax/, written on the tokens by `tokenize`), so that training, evaluation
 * and the pipeline all see the same tokens. Time-expression spans, when known, mark their tokens.
 */
import { tokenize } from '../../language/tokens.ts';
import type { Sentence, Token } from '../../model.ts';
import type { DetectInput } from './types.ts';

export interface PreparedSentence {
  input: DetectInput;
  /** The sentence's tokens with their character offsets, parallel to the input arrays. */
  tokens: Token[];
}

export interface Span {
  start: number;
  end: number;
}

export function prepareText(text: string, timexes: readonly Span[] = []): PreparedSentence[] {
  const { sentences, tokens } = tokenize(text);
  return prepareTokens(sentences, tokens, timexes);
}

/** The same from tokens already made (the pipeline's, or the evaluation's after tagging times on them). */
export function prepareTokens(sentences: readonly Sentence[], tokens: readonly Token[], timexes: readonly Span[] = []): PreparedSentence[] {
  return sentences.map((s) => {
    const own = tokens.slice(s.tokenStart, s.tokenEnd);
    return { input: toInput(own, s.tokenStart, timexes), tokens: own };
  });
}

/** Heads become sentence-relative; a token the parser did not reach (no relation) keeps none. */
function toInput(tokens: readonly Token[], first: number, timexes: readonly Span[]): DetectInput {
  return {
    words: tokens.map((t) => t.text),
    lemmas: tokens.map((t) => t.lemma),
    upos: tokens.map((t) => t.pos),
    heads: tokens.map((t) => (t.head >= first && t.head < first + tokens.length ? t.head - first : -1)),
    deprels: tokens.map((t) => t.deprel || 'dep'),
    inTimex: tokens.map((t) => timexes.some((x) => t.start < x.end && x.start < t.end)),
  };
}
