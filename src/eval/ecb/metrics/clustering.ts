/**
 * Clusterings for coreference scoring: a clustering is a list of clusters, each a list of mention ids; a mention
 * is in at most one cluster of a clustering. Key = gold, response = system. A mention of one side that the other
 * side lacks ("twinless", e.g. a predicted mention that matched no gold mention) is simply absent there: each
 * metric below treats it as the reference scorer (Pradhan et al. 2014) does.
 */
export type Clustering = readonly (readonly string[])[];

export interface Score {
  recall: number;
  precision: number;
  f1: number;
}

export function score(recallNum: number, recallDen: number, precisionNum: number, precisionDen: number): Score {
  const recall = recallDen ? recallNum / recallDen : 0;
  const precision = precisionDen ? precisionNum / precisionDen : 0;
  return { recall, precision, f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0 };
}

/** The clusters of more than one mention: the "singletons excluded" setting removes the others from both sides. */
export function withoutSingletons(c: Clustering): Clustering {
  return c.filter((cluster) => cluster.length > 1);
}

/** Mention id → index of its cluster. */
export function clusterIndex(c: Clustering): Map<string, number> {
  const index = new Map<string, number>();
  c.forEach((cluster, i) => cluster.forEach((m) => index.set(m, i)));
  return index;
}
