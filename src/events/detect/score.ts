/** Scores a sentence's tokens with a given model: the one place features meet weights. */
import { sentenceFeatures, type SenseLexicon } from './features.ts';
import { score } from './perceptron.ts';
import type { DetectInput, EventModel } from './types.ts';
import { wordnetLexicon } from './wordnet.ts';

let shared: SenseLexicon | null = null;

/** One memoised WordNet view for the process: models trained with sense features score with it. */
export function defaultLexicon(): SenseLexicon {
  shared ??= wordnetLexicon();
  return shared;
}

export function scoreSentence(model: EventModel, s: DetectInput, lexicon: SenseLexicon = defaultLexicon()): Float32Array {
  const features = sentenceFeatures(s, model.config, lexicon);
  const out = new Float32Array(features.length);
  features.forEach((f, i) => (out[i] = score(model.weights, f)));
  return out;
}
