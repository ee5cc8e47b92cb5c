/**
 * Position lookups by binary search: which token, sentence or annotated span holds an offset. Every stage asks
 * these questions once per candidate, so none of them may scan the document (a 1 MB article has 200k tokens).
 */
import type { Span } from '../../model.ts';

/** Index of the first item whose `start` is at or after `offset` (`items.length` when none). */
export function firstStartingAt(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the item whose [start, end) holds `offset` in a list of disjoint spans sorted by start, or -1. */
export function covering(items: readonly Span[], offset: number): number {
  const i = firstStartingAt(items, offset + 1) - 1;
  return i >= 0 && offset < items[i]!.end ? i : -1;
}

/**
 * Spans that may overlap (entity mentions, time expressions), sorted by start, with the longest span length
 * kept so that "which spans hold this offset" reads only the few that start close enough before it.
 */
export interface SpanIndex<T extends Span> {
  items: readonly T[];
  /** The longest span holding `offset` (the first in text order on a tie), or null. */
  at(offset: number): T | null;
  /** Spans lying wholly inside `span`, in text order. */
  within(span: Span): T[];
  /** Spans starting inside `span` (they may end after it), in text order. */
  startingIn(span: Span): T[];
}

export function spanIndex<T extends Span>(list: readonly T[]): SpanIndex<T> {
  const items = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const longest = items.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  return {
    items,
    at(offset) {
      let best: T | null = null;
      for (let i = firstStartingAt(items, offset + 1) - 1; i >= 0 && items[i]!.start > offset - longest - 1; i--) {
        const s = items[i]!;
        if (offset >= s.start && offset < s.end && (!best || s.end - s.start >= best.end - best.start)) best = s;
      }
      return best;
    },
    within(span) {
      const out: T[] = [];
      for (let i = firstStartingAt(items, span.start); i < items.length && items[i]!.start < span.end; i++) {
        if (items[i]!.end <= span.end) out.push(items[i]!);
      }
      return out;
    },
    startingIn(span) {
      const out: T[] = [];
      for (let i = firstStartingAt(items, span.start); i < items.length && items[i]!.start < span.end; i++) out.push(items[i]!);
      return out;
    },
  };
}

/**
 * "Does any of these spans hold `span` whole?" by binary search: spans sorted by start with the furthest end
 * reached so far, so one lookup costs O(log n) however many spans (quoted passages, which may nest) there are.
 */
export function coverIndex(list: readonly { start: number; end: number }[]): (span: Span) => boolean {
  const items = [...list].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let far = -Infinity;
  for (const s of items) reach.push((far = Math.max(far, s.end)));
  return (span) => {
    const i = firstStartingAt(items, span.start + 1) - 1;
    return i >= 0 && reach[i]! >= span.end;
  };
}
