/**
 * Name tools shared by in-document entity finding and cross-document resolution (src/resolve/).
 *
 * Everything here is pure and works on plain strings:
 * - `normalizeName`      canonical comparison form ("Sergéy  Lavrov," → "sergey lavrov").
 * - `nameTokens`         the normalized name split into words, honorifics and generational suffixes removed.
 * - `surnameOf`          the last meaningful word of a name ("Lloyd Austin III" → "austin").
 * - `jaroWinkler`        0..1 similarity favouring shared prefixes (good for typos in long names).
 * - `levenshteinRatio`   0..1 similarity from edit distance (1 − distance / longer length).
 * - `phoneticKeys`       Double Metaphone codes of each word (["PTN"] for "Putin").
 * - `soundsAlike`        true when two single words share a Double Metaphone code.
 * - `nameSimilarity`     one 0..1 score for two person names, comparing surnames (strings and sounds) and
 *                        checking that given names, when both present, do not contradict.
 * Garbled machine-translated names ("Fiden" for Biden, "Brinken" for Blinken, "Ushako" for Ushakov) score high
 * with `nameSimilarity`, while different people who merely share a given name score low.
 */
import { distance } from 'fastest-levenshtein';
import { doubleMetaphone } from 'double-metaphone';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'adm']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower case, accents removed, punctuation (except inner hyphens/apostrophes) dropped, spaces collapsed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalized words of a name without honorifics ("Mr.") and generational suffixes ("Jr.", "III"). */
export function nameTokens(name: string): string[] {
  const words = normalizeName(name).split(' ').filter(Boolean);
  const kept = words.filter((w, i) => !(i === 0 && HONORIFICS.has(w)) && !SUFFIXES.has(w));
  return kept.length > 0 ? kept : words;
}

/** The family name as written last ("Joe Biden" → "biden"); Chinese-order names are not detected. */
export function surnameOf(name: string): string {
  const words = nameTokens(name);
  return words[words.length - 1] ?? '';
}

/** Jaro-Winkler similarity (0..1) with the usual prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched: boolean[] = new Array(a.length).fill(false);
  const bMatched: boolean[] = new Array(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** 1 − edit distance / length of the longer string; 1 for identical strings, 0 for nothing in common. */
export function levenshteinRatio(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Primary and alternate Double Metaphone codes of every word of the name (empty codes dropped). */
export function phoneticKeys(name: string): string[][] {
  return nameTokens(name).map((w) => [...new Set(doubleMetaphone(w))].filter(Boolean));
}

/** Two single words share a Double Metaphone code ("Psaki"/"Zaki": both "SK"). */
export function soundsAlike(a: string, b: string): boolean {
  const ka = doubleMetaphone(normalizeName(a));
  const kb = doubleMetaphone(normalizeName(b));
  return ka.some((k) => k !== '' && kb.includes(k));
}

/** Best string similarity of two single words: the higher of Jaro-Winkler and Levenshtein ratio. */
export function wordSimilarity(a: string, b: string): number {
  return Math.max(jaroWinkler(a, b), levenshteinRatio(a, b));
}

/**
 * Similarity (0..1) of two person names. The surnames carry the weight: their string similarity, raised
 * to at least 0.85 when they sound alike and are close in spelling. When both names have a given name and
 * they differ clearly (not an initial, not a spelling variant), the score is halved: "Joe Biden" vs
 * "Hunter Biden" are different people.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const sa = ta[ta.length - 1]!;
  const sb = tb[tb.length - 1]!;
  let score = wordSimilarity(sa, sb);
  if (score < 0.85 && soundsAlike(sa, sb) && levenshteinRatio(sa, sb) >= 0.5) score = 0.85;
  if (ta.length > 1 && tb.length > 1 && !givenNamesAgree(ta[0]!, tb[0]!)) score /= 2;
  return score;
}

function givenNamesAgree(a: string, b: string): boolean {
  if (a[0] !== b[0] && !soundsAlike(a, b)) return false;
  if (a.length === 1 || b.length === 1) return true;
  return wordSimilarity(a, b) >= 0.75 || soundsAlike(a, b);
}
