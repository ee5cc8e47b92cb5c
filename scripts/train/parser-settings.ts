/** Training settings of the tagger and the parser, chosen on EWT dev (never test). */
export const taggerSettings = { iterations: 6, seed: 11, bits: 20, prune: 0.01, minCount: 2 };

export const clusterSettings = { coarse: 32, fine: 256, seed: 5 };

export const parserSettings = {
  iterations: 12,
  seed: 7,
  moveBits: 22,
  labelBits: 19,
  exploreFrom: 1,
  explore: 0.9,
  // Rows whose largest averaged weight is at most 1 are dropped: half the rows, no loss on dev.
  prune: 1,
  labelPrune: 1,
};
