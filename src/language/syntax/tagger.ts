/** Greedy left-to-right UPOS tagger over an averaged perceptron; trained on its own predicted history. */
import { buildLexicon, UPOS, type Lexicon } from './lexicon.ts';
import { AveragedPerceptron, type Scorer } from './perceptron.ts';
import { seededRandom, shuffled } from '../../random.ts';
import { MAX_TAGGER_FEATURES, taggerFeatures, wordContext, type WordContext } from './tagger-features.ts';
import type { TreebankSentence } from './conllu.ts';

export interface TaggerModel {
  lexicon: Lexicon;
  /** Normalized word → distributional class (see scripts/train/parser-clusters.ts); may be empty. */
  clusters: Map<string, number>;
  scorer: Scorer;
}

const feats = new Int32Array(MAX_TAGGER_FEATURES);
const scores = new Float32Array(UPOS.length);

/** UPOS indices (into `UPOS`) for each word. */
export function tagIndices(model: TaggerModel, words: readonly string[]): Int32Array {
  const ctx = wordContext(model.lexicon, model.clusters, words);
  const tags = new Int32Array(words.length);
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < words.length; i++) {
    const n = taggerFeatures(ctx, i, p1, p2, feats);
    model.scorer.score(feats, n, scores);
    const best = argmax(scores, UPOS.length);
    tags[i] = best;
    p2 = p1;
    p1 = best + 1;
  }
  return tags;
}

export function tagWords(model: TaggerModel, words: readonly string[]): string[] {
  return Array.from(tagIndices(model, words), (t) => UPOS[t]!);
}

export interface TaggerTraining {
  iterations: number;
  seed: number;
  bits: number;
  /** Words seen fewer times share the unknown-word id. */
  minCount: number;
}

export function trainTagger(
  sentences: readonly TreebankSentence[],
  clusters: Map<string, number>,
  options: TaggerTraining,
): { lexicon: Lexicon; perceptron: AveragedPerceptron } {
  const lexicon = buildLexicon(sentences, options.minCount);
  const perceptron = new AveragedPerceptron(options.bits, UPOS.length);
  const random = seededRandom(options.seed);
  for (let it = 0; it < options.iterations; it++) {
    for (const s of shuffled(sentences, random)) trainSentence(perceptron, wordContext(lexicon, clusters, s.words), s);
  }
  return { lexicon, perceptron };
}

function trainSentence(perceptron: AveragedPerceptron, ctx: WordContext, s: TreebankSentence): void {
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < s.words.length; i++) {
    const n = taggerFeatures(ctx, i, p1, p2, feats);
    perceptron.score(feats, n, scores);
    const guess = argmax(scores, UPOS.length);
    const gold = Math.max(0, UPOS.indexOf(s.upos[i] as (typeof UPOS)[number]));
    perceptron.tick();
    if (guess !== gold) perceptron.update(feats, n, gold, guess);
    p2 = p1;
    p1 = guess + 1;
  }
}

export function argmax(scores: Float32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
