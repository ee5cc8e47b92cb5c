/**
 * Scores a sentence's tokens with a given model: the one place features meet weights. The part of a score
 * that depends on the word alone is remembered per model and word, so a word seen before costs only its
 * context features.
 */
import { childrenOf, contextFeatures, wordFeatures, type SenseLexicon } from './features.ts';
import { score } from './perceptron.ts';
import type { DetectInput, EventModel } from './types.ts';
import { wordnetLexicon } from './wordnet.ts';

let shared: SenseLexicon | null = null;

/** One memoised WordNet view for the process: models trained with sense features score with it. */
export function defaultLexicon(): SenseLexicon {
  shared ??= wordnetLexicon();
  return shared;
}

/** A long-running process meets an open vocabulary: the memo starts over rather than grow without end. */
const MEMO_LIMIT = 200_000;
const wordScores = new WeakMap<EventModel, Map<string, number>>();

export function scoreSentence(model: EventModel, s: DetectInput, lexicon: SenseLexicon = defaultLexicon()): Float32Array {
  let memo = wordScores.get(model);
  if (!memo) wordScores.set(model, (memo = new Map()));
  const children = model.config.syntax ? childrenOf(s.heads) : [];
  const out = new Float32Array(s.words.length);
  for (let i = 0; i < s.words.length; i++) {
    const key = `${s.upos[i]}\u0000${s.lemmas[i]}\u0000${s.words[i]}`;
    let own = memo.get(key);
    if (own === undefined) {
      own = score(model.weights, wordFeatures(s.words[i]!, s.lemmas[i]!, s.upos[i]!, model.config, lexicon));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, own);
    }
    out[i] = own + score(model.weights, contextFeatures(s, i, model.config, children));
  }
  return out;
}
