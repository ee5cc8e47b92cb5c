/**
 * Arc-eager builds projective trees only, and its dynamic oracle needs a projective gold tree. The few
 * non-projective EWT trees are made projective by lifting (Nivre & Nilsson 2005, without the label
 * encoding): the shortest crossing arc's dependent moves up to its grandparent until none crosses.
 */

/** Heads as 0-based indices with -1 for the root; returns a projective copy. */
export function projectivize(heads: readonly number[]): number[] {
  const h = heads.slice();
  for (let guard = 0; guard < h.length * h.length; guard++) {
    const d = shortestNonProjective(h);
    if (d < 0) break;
    h[d] = h[h[d]!]!;
  }
  return h;
}

function shortestNonProjective(h: readonly number[]): number {
  let best = -1;
  let bestSpan = Infinity;
  for (let d = 0; d < h.length; d++) {
    const head = h[d]!;
    if (head < 0) continue;
    const span = Math.abs(head - d);
    if (span < bestSpan && !isProjectiveArc(h, head, d)) {
      best = d;
      bestSpan = span;
    }
  }
  return best;
}

function isProjectiveArc(h: readonly number[], head: number, dep: number): boolean {
  const lo = Math.min(head, dep);
  const hi = Math.max(head, dep);
  for (let k = lo + 1; k < hi; k++) if (!dominates(h, head, k)) return false;
  return true;
}

function dominates(h: readonly number[], head: number, k: number): boolean {
  for (let x = k, steps = 0; x >= 0 && steps <= h.length; x = h[x]!, steps++) if (x === head) return true;
  return false;
}

export function isProjective(heads: readonly number[]): boolean {
  return shortestNonProjective(heads) < 0;
}
