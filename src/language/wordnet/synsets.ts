/** Public Synset records built from parsed lines, and the lookups by lemma and by name. */
import { loadData } from '../../data.ts';
import type { RawSynset } from './data-line.ts';
import { lookupIndex } from './index-file.ts';
import { nameOf, rawByName } from './naming.ts';
import { normalizeLemma } from './normalize.ts';
import { loadRaw } from './raw.ts';
import type { Synset, WnPos } from './types.ts';

interface LexnamesFile {
  lexnames: string[];
}

/** Pointer symbols of hypernyms: '@' for classes, '@i' for instances ("Everest" is an instance of mountain). */
export const HYPERNYM_SYMBOLS: ReadonlySet<string> = new Set(['@', '@i']);
const DERIVED_SYMBOL = '+';

function lexname(lexFile: number): string {
  return loadData<LexnamesFile>('wordnet/lexnames.json').lexnames[lexFile] ?? 'unknown';
}

/** Names of the synsets that `raw` points to with one of `symbols`, each once, in pointer order. */
function targets(raw: RawSynset, symbols: (symbol: string) => boolean): string[] {
  const out: string[] = [];
  for (const pointer of raw.pointers) {
    if (!symbols(pointer.symbol)) continue;
    const target = loadRaw(pointer.pos, pointer.offset);
    if (target === undefined) continue;
    const name = nameOf(target);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * A public Synset. Hypernym and derived ids are computed on first access (and then kept): naming a target means
 * reading its line, and most callers that list senses never look at the related words of every one.
 */
export function toSynset(raw: RawSynset): Synset {
  let hypernyms: string[] | undefined;
  let derived: string[] | undefined;
  return {
    id: nameOf(raw),
    offset: raw.offset,
    pos: raw.pos,
    lexname: lexname(raw.lexFile),
    lemmas: [...raw.words],
    get hypernyms(): string[] {
      hypernyms ??= targets(raw, (symbol) => HYPERNYM_SYMBOLS.has(symbol));
      return hypernyms;
    },
    get derived(): string[] {
      derived ??= targets(raw, (symbol) => symbol === DERIVED_SYMBOL);
      return derived;
    },
    gloss: raw.gloss,
  };
}

/** Senses of a base form in WordNet's order (most frequent first); [] for a word WordNet does not list. */
export function synsets(lemma: string, pos: WnPos): Synset[] {
  const key = normalizeLemma(lemma);
  if (key === undefined) return [];
  const entry = lookupIndex(key, pos);
  if (entry === undefined) return [];
  const out: Synset[] = [];
  for (const offset of entry.offsets) {
    const raw = loadRaw(pos, offset);
    if (raw !== undefined) out.push(toSynset(raw));
  }
  return out;
}

/** The synset named `id` ("buy.v.01"), or undefined. */
export function synset(id: string): Synset | undefined {
  if (typeof id !== 'string' || id.length > 200) return undefined;
  const raw = rawByName(id);
  return raw === undefined ? undefined : toSynset(raw);
}
