/** The hypernym closure of a synset: every ancestor through hypernym and instance-hypernym pointers. */
import { rawByName, nameOf } from './naming.ts';
import { loadRaw } from './raw.ts';
import { HYPERNYM_SYMBOLS } from './synsets.ts';
import type { RawSynset } from './data-line.ts';

/** Deeper than any chain in WordNet 3.1 (the longest noun chain is under 20), so the default never truncates. */
const DEFAULT_DEPTH = 30;

function parents(raw: RawSynset): RawSynset[] {
  const out: RawSynset[] = [];
  for (const pointer of raw.pointers) {
    if (!HYPERNYM_SYMBOLS.has(pointer.symbol)) continue;
    const parent = loadRaw(pointer.pos, pointer.offset);
    if (parent !== undefined) out.push(parent);
  }
  return out;
}

/** Ancestor ids, nearest first (breadth first), each once, not including `id` itself; [] for an unknown id. */
export function hypernymClosure(id: string, maxDepth: number = DEFAULT_DEPTH): string[] {
  return closureWithDepth(id, maxDepth).map((entry) => entry.id);
}

export interface Ancestor {
  id: string;
  /** 1 for a direct hypernym. */
  depth: number;
}

/** As hypernymClosure, with the distance of each ancestor (its shortest path). */
export function closureWithDepth(id: string, maxDepth: number = DEFAULT_DEPTH): Ancestor[] {
  const start = typeof id === 'string' ? rawByName(id) : undefined;
  if (start === undefined) return [];
  const seen = new Set<string>([start.pos + start.offset]);
  const out: Ancestor[] = [];
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: RawSynset[] = [];
    for (const node of frontier) {
      for (const parent of parents(node)) {
        const key = parent.pos + parent.offset;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ id: nameOf(parent), depth });
        next.push(parent);
      }
    }
    frontier = next;
  }
  return out;
}
