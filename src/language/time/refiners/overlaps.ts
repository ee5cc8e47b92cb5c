/** Keeps one expression where matches overlap: the longest, then the one found by the earlier parser. */
import type { Candidate, Refiner } from '../types.ts';

export const overlaps: Refiner = {
  name: 'overlaps',
  refine(candidates) {
    const ranked = candidates.map((c, order) => ({ c, order })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
    const kept: Candidate[] = [];
    for (const { c } of ranked) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
