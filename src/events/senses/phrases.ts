/**
 * Phrases and words that WordNet lacks in the news sense ("found guilty", "airstrike"), matched on the caller's
 * text with each word allowed in any of its inflected forms, by WordNet's exception lists and detachment rules
 * whether or not WordNet lists the result ("airstrikes" → airstrike, "found guilty" → find guilty).
 */
import { inflectionCandidates, type WnPos } from '../../language/wordnet/index.ts';
import { keyForm, senseTable, type PhraseEntry } from './table.ts';

const MAX_WORDS = 6;

/** The word and every base form WordNet's morphology allows it as a verb or a noun, listed in WordNet or not. */
function wordForms(word: string): string[] {
  const forms = new Set<string>([word]);
  for (const pos of ['v', 'n'] as WnPos[]) for (const base of inflectionCandidates(word, pos)) forms.add(base);
  return [...forms];
}

/** Key forms of the text with one word at a time replaced by one of its base forms. */
function variants(text: string): string[] {
  const words = keyForm(text).split('_').filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return [];
  const out = new Set<string>([words.join('_')]);
  words.forEach((word, i) => {
    for (const form of wordForms(word)) out.add([...words.slice(0, i), form, ...words.slice(i + 1)].join('_'));
  });
  return [...out];
}

const cache = new Map<string, PhraseEntry[]>();
/** Distinct inputs remembered; cleared when full, as the words of a corpus repeat far below this. */
const CACHE_LIMIT = 20_000;

export function matchPhrases(text: string, pos: 'VERB' | 'NOUN'): PhraseEntry[] {
  const key = pos + ':' + text;
  let found = cache.get(key);
  if (found === undefined) {
    found = lookup(text, pos);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found;
}

function lookup(text: string, pos: 'VERB' | 'NOUN'): PhraseEntry[] {
  const phrases = senseTable().phrases;
  const out: PhraseEntry[] = [];
  for (const key of variants(text)) {
    for (const entry of phrases.get(key) ?? []) {
      if ((entry.pos === undefined || entry.pos === pos) && !out.includes(entry)) out.push(entry);
    }
  }
  return out;
}
