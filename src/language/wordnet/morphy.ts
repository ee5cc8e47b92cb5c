/**
 * Base forms in the manner of WordNet's morphy: an irregular form is looked up in the exception lists; otherwise
 * the word itself and the results of the detachment rules are kept where WordNet lists them. A multi-word lemma
 * ("ran aground", "prisoners of war") is tried with each of its words reduced in turn, since inflection falls on
 * one word (the verb of a phrasal verb, the head noun of a compound).
 */
import { loadData } from '../../data.ts';
import { lookupIndex } from './index-file.ts';
import { normalizeLemma } from './normalize.ts';
import type { WnPos } from './types.ts';

interface MorphyFile {
  rules: Record<WnPos, [string, string][]>;
}
type ExceptionsFile = Record<WnPos, Record<string, string[]>>;

/** Phrases longer than this are not WordNet lemmas; capping keeps the per-word tries small. */
const MAX_WORDS = 6;

function exceptions(pos: WnPos): Record<string, string[]> {
  return loadData<ExceptionsFile>('wordnet/exceptions.json')[pos];
}

/** Candidate base forms of one word, known to WordNet or not, most plausible first. */
function candidates(word: string, pos: WnPos): string[] {
  const table = exceptions(pos);
  const irregular = Object.hasOwn(table, word) ? (table[word] as string[]) : undefined;
  if (irregular !== undefined) return [...irregular, word];
  const out = [word];
  for (const [ending, replacement] of loadData<MorphyFile>('wordnet/morphy.json').rules[pos]) {
    if (word.length > ending.length && word.endsWith(ending)) out.push(word.slice(0, -ending.length) + replacement);
  }
  return out;
}

function known(forms: string[], pos: WnPos): string[] {
  const out: string[] = [];
  for (const form of forms) if (!out.includes(form) && lookupIndex(form, pos) !== undefined) out.push(form);
  return out;
}

function phraseCandidates(phrase: string, pos: WnPos): string[] {
  const words = phrase.split('_');
  if (words.length > MAX_WORDS) return [];
  const out = [phrase];
  words.forEach((word, i) => {
    for (const base of candidates(word, pos)) {
      if (base !== word) out.push([...words.slice(0, i), base, ...words.slice(i + 1)].join('_'));
    }
  });
  return out;
}

/**
 * Possible base forms of one word by the exception lists and detachment rules, whether WordNet lists them or not:
 * for matching words WordNet lacks ("airstrikes" → airstrike). The word itself comes last unless it is regular.
 */
export function inflectionCandidates(word: string, pos: WnPos): string[] {
  const form = normalizeLemma(word);
  return form === undefined || form.includes('_') ? [] : candidates(form, pos);
}

function lemmatizeForm(form: string, pos: WnPos): string[] {
  if (Object.hasOwn(exceptions(pos), form)) return known(candidates(form, pos), pos);
  return known(form.includes('_') ? phraseCandidates(form, pos) : candidates(form, pos), pos);
}

/**
 * Base forms of `word` as `pos` that WordNet lists ("ran" → ["run"], "geese" → ["goose"]); [] when none. A
 * hyphenated word WordNet lacks is tried as two words and as one ("take-over" → take_over, "cyber-attacks").
 */
export function lemmatize(word: string, pos: WnPos): string[] {
  const form = normalizeLemma(word);
  if (form === undefined) return [];
  const found = lemmatizeForm(form, pos);
  if (found.length > 0 || !form.includes('-')) return found;
  const spaced = lemmatizeForm(form.replaceAll('-', '_'), pos);
  return spaced.length > 0 ? spaced : lemmatizeForm(form.replaceAll('-', ''), pos);
}
