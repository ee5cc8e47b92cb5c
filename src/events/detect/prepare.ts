/**
 * From tokenized text to the detector's sentences: the runtime tokenizer's words, lemmas and tags (wink-nlp),
 * so that training, evaluation and the pipeline all see the same tokens. Time-expression spans, when known,
 * mark their tokens.
 */
import { tokenize } from '../../language/tokens.ts';
import type { Token } from '../../model.ts';
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
  return sentences.map((s) => {
    const own = tokens.slice(s.tokenStart, s.tokenEnd);
    return { input: toInput(own, timexes), tokens: own };
  });
}

function toInput(tokens: readonly Token[], timexes: readonly Span[]): DetectInput {
  return {
    words: tokens.map((t) => t.text),
    lemmas: tokens.map((t) => t.lemma),
    upos: tokens.map((t) => t.pos),
    heads: tokens.map(() => -1),
    deprels: tokens.map(() => 'dep'),
    inTimex: tokens.map((t) => timexes.some((x) => t.start < x.end && x.start < t.end)),
  };
}
