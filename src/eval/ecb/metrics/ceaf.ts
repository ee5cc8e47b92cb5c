/**
 * CEAF-e (Luo 2005), entity-based: key and response clusters are aligned one to one so that the summed similarity
 * φ4(K, R) = 2|K ∩ R| / (|K| + |R|) is largest (Kuhn–Munkres); recall is that sum over the number of key clusters,
 * precision over the number of response clusters. Clusters that share no mention have similarity 0, so the
 * alignment is solved per connected group of overlapping clusters.
 */
import { clusterIndex, score, type Clustering, type Score } from './clustering.ts';
import { maxAssignment } from './assignment.ts';

export function ceafE(key: Clustering, response: Clustering): Score {
  const total = groups(key, response).reduce((sum, g) => sum + bestAlignment(g.keys.map((k) => key[k]!), g.responses.map((r) => response[r]!)), 0);
  return score(total, key.length, total, response.length);
}

export function phi4(k: readonly string[], r: readonly string[]): number {
  const inR = new Set(r);
  const common = k.filter((m) => inR.has(m)).length;
  return (2 * common) / (k.length + r.length);
}

function bestAlignment(keys: (readonly string[])[], responses: (readonly string[])[]): number {
  const matrix = keys.map((k) => responses.map((r) => phi4(k, r)));
  return maxAssignment(matrix);
}

/** Connected groups of key and response clusters linked by shared mentions (a group has at least one of each). */
function groups(key: Clustering, response: Clustering): { keys: number[]; responses: number[] }[] {
  const inResponse = clusterIndex(response);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  key.forEach((_, i) => parent.set(`k${i}`, `k${i}`));
  response.forEach((_, i) => parent.set(`r${i}`, `r${i}`));
  key.forEach((cluster, i) => {
    for (const m of cluster) {
      const j = inResponse.get(m);
      if (j !== undefined) union(`k${i}`, `r${j}`);
    }
  });
  const out = new Map<string, { keys: number[]; responses: number[] }>();
  const group = (id: string) => {
    const root = find(id);
    if (!out.has(root)) out.set(root, { keys: [], responses: [] });
    return out.get(root)!;
  };
  key.forEach((_, i) => group(`k${i}`).keys.push(i));
  response.forEach((_, i) => group(`r${i}`).responses.push(i));
  return [...out.values()].filter((g) => g.keys.length && g.responses.length);
}
