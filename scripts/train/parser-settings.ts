/** Training settings of the tagger and the parser, chosen on EWT dev (never test). */
export const taggerSettings = { iterations: 6, seed: 11, bits: 19, prune: 0.01, minCount: 1 };

export const clusterSettings = { coarse: 32, fine: 256, seed: 5 };

export const parserSettings = {
  iterations: 10,
  seed: 7,
  moveBits: 22,
  labelBits: 19,
  exploreFrom: 1,
  explore: 0.9,
  prune: 0.01,
  labelPrune: 0.01,
};
