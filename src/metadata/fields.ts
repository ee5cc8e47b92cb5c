/** Title, outlet, author, URL and language: the most trusted candidate, with a fallback each where one exists. */
import { loadData } from '../data.ts';
import type { MetadataCandidate, MetadataField } from '../model.ts';
import { originWeight } from './weights.ts';

export function bestValue(candidates: MetadataCandidate[], field: MetadataField): string | null {
  let best: { value: string; weight: number } | null = null;
  for (const c of candidates) {
    if (c.field !== field || !c.value.trim()) continue;
    const weight = originWeight(field, c.origin);
    if (!best || weight > best.weight) best = { value: c.value.trim(), weight };
  }
  return best?.value ?? null;
}

/** The outlet named by the URL's host when nothing names it better: "www.example.co.uk" → "example.co.uk". */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(www|m|amp|edition)\./, '') || null;
  } catch {
    return null;
  }
}

/** Author names cleaned of a leading "By" and trailing roles ("Jane Doe, Staff Writer"). */
export function cleanAuthor(value: string | null): string | null {
  if (!value) return null;
  const v = value.replace(/^by\s+/i, '').replace(/\s*[|–—]\s.*$/, '').trim();
  return v || null;
}

const MIN_WORDS = 20;

/** The language whose function words are most frequent, if they make up a fair share of the words. */
export function guessLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const lists = loadData<Record<string, string[]>>('metadata/stopwords.json');
  let best: { lang: string; share: number } | null = null;
  for (const [lang, list] of Object.entries(lists)) {
    if (lang.startsWith('_')) continue;
    const set = new Set(list);
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (!best || share > best.share) best = { lang, share };
  }
  return best && best.share >= 0.15 ? best.lang : null;
}

/** "en-US" → "en": the language, not the locale. */
export function normalizeLanguage(value: string | null): string | null {
  const m = value ? /^([a-z]{2,3})\b/i.exec(value.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}
