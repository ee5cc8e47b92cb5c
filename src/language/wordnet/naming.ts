/**
 * NLTK-style synset names ("purchase.v.01"): the synset's first word, its part of speech ('s' for an adjective
 * satellite), and the sense number that synset has for that word. The name is stable across runs and readable in
 * data files, where an offset would be neither.
 */
import { BoundedCache } from './cache.ts';
import { lookupIndex } from './index-file.ts';
import { loadRaw } from './raw.ts';
import type { RawSynset } from './data-line.ts';
import type { WnPos } from './types.ts';

const names = new BoundedCache<string, string>(100_000);

export function nameOf(raw: RawSynset): string {
  const key = raw.pos + raw.offset;
  const cached = names.get(key);
  if (cached !== undefined) return cached;
  const word = raw.words[0] ?? '';
  const rank = lookupIndex(word, raw.pos)?.offsets.indexOf(raw.offset) ?? -1;
  const letter = raw.satellite ? 's' : raw.pos;
  const name = `${word}.${letter}.${String(rank + 1).padStart(2, '0')}`;
  names.set(key, name);
  return name;
}

const LETTERS: Record<string, WnPos> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** The synset a name stands for; the name's own first word must be one of its words, so "buy.v.99" or a typo fails. */
export function rawByName(name: string): RawSynset | undefined {
  const last = name.lastIndexOf('.');
  const middle = name.lastIndexOf('.', last - 1);
  if (middle <= 0) return undefined;
  const pos = LETTERS[name.slice(middle + 1, last)];
  const sense = Number(name.slice(last + 1));
  if (pos === undefined || !Number.isInteger(sense) || sense < 1) return undefined;
  const word = name.slice(0, middle).toLowerCase().replaceAll(' ', '_');
  const offset = lookupIndex(word, pos)?.offsets[sense - 1];
  return offset === undefined ? undefined : loadRaw(pos, offset);
}
