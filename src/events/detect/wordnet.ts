/**
 * The detector's view of WordNet: lexicographer files of a word's first senses and whether a noun sense is
 * derived from a verb. Answers are memoised per word, lemma and part of speech, since news repeats its words
 * and a synset lookup reads the database file.
 */
import { hypernymClosure, lemmatize, synsets, type Synset } from '../../language/wordnet/index.ts';
import type { SenseInfo, SenseLexicon, WordnetPos } from './features.ts';

/** Senses past the first few are rare readings that would blur the feature. */
const SENSES = 3;
const NONE: SenseInfo = { lexnames: [], derivedVerb: false, ancestors: [] };
/** A long-running process meets an open vocabulary: the memo starts over rather than grow without end. */
const MEMO_LIMIT = 200_000;

export function wordnetLexicon(): SenseLexicon {
  const memo = new Map<string, SenseInfo>();
  return {
    senses(word, lemma, pos) {
      const key = `${pos}|${lemma}|${word}`;
      let info = memo.get(key);
      if (!info) {
        info = lookup(word, lemma, pos);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(key, info);
      }
      return info;
    },
  };
}

function lookup(word: string, lemma: string, pos: WordnetPos): SenseInfo {
  // wink's lemma first; WordNet's own morphology when wink's form is not a WordNet lemma ("talks" as a noun).
  let senses = synsets(lemma, pos);
  if (senses.length === 0) {
    const base = lemmatize(word, pos)[0];
    if (base !== undefined) senses = synsets(base, pos);
  }
  if (senses.length === 0) return NONE;
  const first = senses.slice(0, SENSES);
  // Verbs are events nearly always; their ancestors would only add weights to learn.
  const ancestors = pos === 'n' ? hypernymClosure(senses[0]!.id) : [];
  return { lexnames: first.map((s) => s.lexname), derivedVerb: first.some(hasVerbLink), ancestors };
}

function hasVerbLink(s: Synset): boolean {
  return s.derived.some((id) => id.includes('.v.'));
}
