/** Plain data shared by the event-mention detector's feature extraction, learner and model file. */

/**
 * One sentence as the detector reads it; arrays are parallel, heads 0-based within the sentence, -1 = root.
 * Lemmas and tags are wink-nlp's, as `tokenize` puts them on tokens (`prepareTokens` builds this from them):
 * the model was trained on those, and scored worse in cross-validation with the parser's own tagger's tags.
 * Treat it as read-only once scored: scores are cached per input object.
 */
export interface DetectInput {
  words: string[];
  lemmas: string[];
  upos: string[];
  heads: number[];
  deprels: string[];
  /** Tokens inside a time expression (TimeML never marks an EVENT inside a TIMEX3); absent = none. */
  inTimex?: boolean[];
}

/** Which feature groups a model was trained with: scoring must extract exactly the same ones. */
export interface FeatureConfig {
  /** Dependency relation, head and children features (needs a parse; off when heads are all -1). */
  syntax: boolean;
  /** WordNet lexicographer files of the first senses and derivational links. */
  wordnet: boolean;
}

/** A trained binary linear model: one weight per feature string, plus the tuned decision threshold. */
export interface EventModel {
  config: FeatureConfig;
  threshold: number;
  weights: Map<string, number>;
}
