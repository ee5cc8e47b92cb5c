/**
 * Are a topic's two main events kept apart and whole? The MAIN CHAIN of a subtopic (ecb files, ecbplus files) is
 * its cross-document gold chain found in the most documents (validated sentences only; ties: more mentions, then
 * chain id). An output event HOLDS a document of a chain when it holds a predicted trigger matched to a gold
 * mention of that chain in that document. The chain's output event is the one holding most of its documents (ties:
 * fewer mentions of the other main chain). A main event is WHOLE when that event holds ≥ 50 % of the chain's
 * documents, and UNMIXED when that event holds no mention of the other main chain (or when no event holds it). The topic succeeds when both
 * main events are whole and unmixed (their output events are then necessarily different).
 */

export interface ChainMention {
  id: string;
  file: string;
  subtopic: 'ecb' | 'ecbplus';
  chain: string;
  crossDocument: boolean;
}

export interface MainEvent {
  subtopic: 'ecb' | 'ecbplus';
  chain: string;
  /** The annotators' name for the chain, when given. */
  name: string | null;
  documents: number;
  /** The output event holding most of its documents, and how many it holds. */
  event: string | null;
  held: number;
  whole: boolean;
  unmixed: boolean;
}

export interface TopicMainEvents {
  events: MainEvent[];
  ok: boolean;
}

/** `assigned`: gold mention id → the output event holding the trigger matched to it. */
export function mainEvents(gold: ChainMention[], assigned: ReadonlyMap<string, string>, names: ReadonlyMap<string, string> = new Map()): TopicMainEvents {
  const mains = (['ecb', 'ecbplus'] as const).flatMap((s) => {
    const main = mainChain(gold.filter((m) => m.crossDocument && m.subtopic === s));
    return main ? [{ subtopic: s, chain: main }] : [];
  });
  const events = mains.map(({ subtopic, chain }): MainEvent => {
    const mine = gold.filter((m) => m.chain === chain);
    const others = gold.filter((m) => m.chain !== chain && mains.some((x) => x.chain === m.chain));
    const documents = new Set(mine.map((m) => m.file)).size;
    const heldBy = new Map<string, Set<string>>();
    for (const m of mine) {
      const e = assigned.get(m.id);
      if (!e) continue;
      if (!heldBy.has(e)) heldBy.set(e, new Set());
      heldBy.get(e)!.add(m.file);
    }
    const mixed = (e: string) => others.filter((m) => assigned.get(m.id) === e).length;
    const best = [...heldBy].sort((a, b) => b[1].size - a[1].size || mixed(a[0]) - mixed(b[0]) || a[0].localeCompare(b[0]))[0];
    const held = best?.[1].size ?? 0;
    return { subtopic, chain, name: names.get(chain) ?? null, documents, event: best?.[0] ?? null, held, whole: held > 0 && held >= documents / 2, unmixed: !best || mixed(best[0]) === 0 };
  });
  return { events, ok: events.length === 2 && events.every((e) => e.whole && e.unmixed) };
}

function mainChain(mentions: ChainMention[]): string | null {
  const docs = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (!docs.has(m.chain)) docs.set(m.chain, new Set());
    docs.get(m.chain)!.add(m.file);
    count.set(m.chain, (count.get(m.chain) ?? 0) + 1);
  }
  const ranked = [...docs].sort((a, b) => b[1].size - a[1].size || count.get(b[0])! - count.get(a[0])! || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}
