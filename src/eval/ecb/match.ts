/**
 * Predicted triggers against gold ECB+ action mentions of one document, one to one. A pair is possible when the
 * trigger's characters overlap the characters of one of the gold mention's tokens. Pairs are taken greedily,
 * best first: a trigger that overlaps the gold mention's HEAD (its first verb, else its last content word, by the
 * tags of the analysed text) before one that overlaps only another of its tokens ("checked" for "checked into"
 * is a head match; "into" would not be); then more overlapping characters; then nearer starts; then text order.
 * A trigger or gold mention already paired is not paired again.
 */

export interface CharSpan {
  start: number;
  end: number;
}

export interface TriggerSpan extends CharSpan {
  id: string;
}

export interface GoldSpan {
  id: string;
  /** The gold mention's tokens in the analysed text (tokens of lines the cleaner dropped are absent). */
  tokens: CharSpan[];
  head: CharSpan | null;
}

/** Trigger id → gold mention id. */
export function matchTriggers(triggers: TriggerSpan[], gold: GoldSpan[]): Map<string, string> {
  const pairs: { t: TriggerSpan; g: GoldSpan; head: boolean; overlap: number; distance: number }[] = [];
  for (const t of triggers) {
    for (const g of gold) {
      const overlap = g.tokens.reduce((sum, k) => sum + overlapOf(t, k), 0);
      if (overlap === 0) continue;
      const head = g.head !== null && overlapOf(t, g.head) > 0;
      pairs.push({ t, g, head, overlap, distance: Math.abs(t.start - (g.tokens[0]?.start ?? 0)) });
    }
  }
  pairs.sort((a, b) => Number(b.head) - Number(a.head) || b.overlap - a.overlap || a.distance - b.distance || a.t.start - b.t.start);
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (out.has(p.t.id) || taken.has(p.g.id)) continue;
    out.set(p.t.id, p.g.id);
    taken.add(p.g.id);
  }
  return out;
}

function overlapOf(a: CharSpan, b: CharSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
