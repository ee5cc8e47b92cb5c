/**
 * MUC (Vilain et al. 1995), link-based. Recall = Σ_K (|K| − |p(K)|) / Σ_K (|K| − 1) over key clusters K, where
 * p(K) is the partition of K by the response clusters and each mention of K absent from the response is a part
 * of its own; precision is the same with key and response swapped.
 */
import { clusterIndex, score, type Clustering, type Score } from './clustering.ts';

export function muc(key: Clustering, response: Clustering): Score {
  const [rn, rd] = mucSide(key, response);
  const [pn, pd] = mucSide(response, key);
  return score(rn, rd, pn, pd);
}

function mucSide(gold: Clustering, other: Clustering): [number, number] {
  const index = clusterIndex(other);
  let num = 0;
  let den = 0;
  for (const cluster of gold) {
    const parts = new Set(cluster.map((m) => (index.has(m) ? `c${index.get(m)}` : `m${m}`)));
    num += cluster.length - parts.size;
    den += cluster.length - 1;
  }
  return [num, den];
}
