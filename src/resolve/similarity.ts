/**
 * String and sound similarity of names, for joining misspelled variants ("Fiden" / "Biden").
 * Kept here because src/language/names.ts did not exist when resolution needed it; both measures are
 * standard (Levenshtein ratio, Jaro-Winkler) and the sound code is Double Metaphone.
 */
import { distance } from 'fastest-levenshtein';
import { doubleMetaphone } from 'double-metaphone';
import { loadData } from '../data.ts';

interface NameAffixes {
  titles: string[];
  suffixes: string[];
}

const affixes = (): { titles: Set<string>; suffixes: Set<string> } => {
  const data = loadData<NameAffixes>('resolve/name-affixes.json');
  return { titles: new Set(data.titles), suffixes: new Set(data.suffixes) };
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
export function editRatio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const codeCache = new Map<string, Set<string>>();

/** Double Metaphone codes of a word, cached: resolution compares every name with every other. */
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
