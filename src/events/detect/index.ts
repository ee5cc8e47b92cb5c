/**
 * Event-mention detection: for each token of a sentence, how strongly it reads as the head of an event mention
 * in the sense of TimeML's EVENT (verbs, event nominals such as "the verdict" or "talks", and the states
 * TimeBank marks). A linear model trained on TimeBank by `npm run train:events`, shipped as models/events.bin.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel } from './model-file.ts';
import { scoreSentence } from './score.ts';
import type { DetectInput, EventModel } from './types.ts';

export type { DetectInput, EventModel, FeatureConfig } from './types.ts';
export { sentenceFeatures, type SenseLexicon } from './features.ts';
export { scoreSentence } from './score.ts';
export { encodeModel, decodeModel } from './model-file.ts';
export { prepareText, prepareTokens, type PreparedSentence } from './prepare.ts';

/** The shipped model, one level above src/ (or dist/) like data/. */
export const MODEL_PATH = fileURLToPath(new URL('../../../models/events.bin', import.meta.url));

let shipped: EventModel | null = null;

/** The shipped model, read from disk on first use only. */
export function eventModel(): EventModel {
  shipped ??= decodeModel(readFileSync(MODEL_PATH));
  return shipped;
}

/** Repeated questions about one sentence (isEventMention per token) score it once. */
const cache = new WeakMap<DetectInput, Float32Array>();

/** One score per token; a token is an event mention when its score reaches the model's threshold. */
export function eventScores(s: DetectInput): Float32Array {
  let scores = cache.get(s);
  if (!scores) {
    scores = scoreSentence(eventModel(), s);
    cache.set(s, scores);
  }
  return scores;
}

export function isEventMention(s: DetectInput, i: number): boolean {
  return (eventScores(s)[i] ?? -Infinity) >= eventModel().threshold;
}
