/**
 * B³ (Bagga & Baldwin 1998), mention-based. Recall = (1/N) Σ over key mentions m of |K_m ∩ R_m| / |K_m|, N the
 * number of key mentions, K_m and R_m the key and response clusters of m (a key mention absent from the response
 * scores 0); precision is the same over response mentions (a response mention absent from the key scores 0).
 */
import { clusterIndex, score, type Clustering, type Score } from './clustering.ts';

export function b3(key: Clustering, response: Clustering): Score {
  const [rn, rd] = b3Side(key, response);
  const [pn, pd] = b3Side(response, key);
  return score(rn, rd, pn, pd);
}

function b3Side(gold: Clustering, other: Clustering): [number, number] {
  const index = clusterIndex(other);
  let num = 0;
  let den = 0;
  for (const cluster of gold) {
    const overlaps = new Map<number, number>();
    for (const m of cluster) {
      const i = index.get(m);
      if (i !== undefined) overlaps.set(i, (overlaps.get(i) ?? 0) + 1);
    }
    // Each of the n mentions shared with one other cluster scores n/|cluster|.
    for (const n of overlaps.values()) num += (n * n) / cluster.length;
    den += cluster.length;
  }
  return [num, den];
}
