/**
 * String and sound similarity of names as cross-document resolution weighs them, for joining misspelled variants
 * ("Fiden" / "Biden"). The string measures themselves live in src/language/names.ts; this adds resolution's name
 * normalization (titles and suffixes from data/resolve/name-affixes.json) and a cached sound distance.
 */
import { distance } from 'fastest-levenshtein';
import { doubleMetaphone } from 'double-metaphone';
import { loadData } from '../data.ts';
import { jaroWinkler, levenshteinRatio } from '../language/names.ts';

interface NameAffixes {
  titles: string[];
  suffixes: string[];
}

let affixSets: { titles: Set<string>; suffixes: Set<string> } | undefined;

const affixes = (): { titles: Set<string>; suffixes: Set<string> } => {
  if (!affixSets) {
    const data = loadData<NameAffixes>('resolve/name-affixes.json');
    affixSets = { titles: new Set(data.titles), suffixes: new Set(data.suffixes) };
  }
  return affixSets;
};

/** Lower case, no accents or punctuation, single spaces: "Antony  Blinken," → "antony blinken". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name words without leading titles or trailing suffixes: "U.S. President Joe Biden Jr." → ["joe", "biden"]. */
export function nameTokens(name: string): string[] {
  const { titles, suffixes } = affixes();
  const words = normalizeText(name).split(' ').filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && titles.has(words[start]!)) start++;
  let end = words.length;
  while (end > start + 1 && suffixes.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** 1 for equal strings, 0 for nothing in common: one minus edit distance over the longer length. */
export const editRatio = levenshteinRatio;

export { jaroWinkler };

const codeCache = new Map<string, Set<string>>();

/** Double Metaphone codes of a word (primary and alternate, once each; "" when it has none), cached. */
export function soundCodes(word: string): ReadonlySet<string> {
  return codes(word);
}

/** Double Metaphone codes of a word, cached: resolution compares many names with many others. */
function codes(word: string): Set<string> {
  let found = codeCache.get(word);
  if (!found) {
    found = new Set(doubleMetaphone(word));
    codeCache.set(word, found);
  }
  return found;
}

/** Smallest edit distance between the Double Metaphone codes of two words (primary or alternate). */
export function soundDistance(a: string, b: string): number {
  const codesA = codes(a);
  const codesB = codes(b);
  let best = Infinity;
  for (const x of codesA) for (const y of codesB) best = Math.min(best, distance(x, y));
  return best;
}

/** Best string similarity of two words or names: a garble may keep the shape (Jaro-Winkler) or the letters (edit ratio). */
export function stringSimilarity(a: string, b: string): number {
  return Math.max(editRatio(a, b), jaroWinkler(a, b));
}
