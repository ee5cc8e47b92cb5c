/** Synset lines by part of speech and offset, parsed once and kept in a bounded cache. */
import { BoundedCache } from './cache.ts';
import { parseDataLine, type RawSynset } from './data-line.ts';
import { readDataLine } from './files.ts';
import type { WnPos } from './types.ts';

/** Enough for the working set of a large corpus (each entry is a few hundred bytes). */
const CACHE_LIMIT = 20_000;
const cache = new BoundedCache<string, RawSynset | null>(CACHE_LIMIT);

/** The synset at `offset` of data.<pos>, or undefined when no synset starts there. */
export function loadRaw(pos: WnPos, offset: number): RawSynset | undefined {
  const key = pos + offset;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let raw: RawSynset | null = null;
  if (Number.isSafeInteger(offset) && offset >= 0) {
    const line = readDataLine(pos, offset);
    // A wrong offset lands mid-line; a real synset line starts with its own offset.
    if (line !== undefined && Number(line.slice(0, 8)) === offset) raw = parseDataLine(line);
  }
  cache.set(key, raw);
  return raw ?? undefined;
}
