/** The trigger lexicon flattened from the ontology, split into one-word and multiword entries. */
import { ontology, type TriggerSpec } from '../ontology.ts';

export interface LexiconEntry extends TriggerSpec {
  type: string;
  words: string[];
}

let entries: LexiconEntry[] | undefined;

export function lexicon(): LexiconEntry[] {
  entries ??= ontology().types.flatMap((t) => t.triggers.map((spec) => ({ ...spec, type: t.code, words: spec.match.split(' ') })));
  return entries;
}

let phrases: LexiconEntry[] | undefined;
let singles: LexiconEntry[] | undefined;

/** Multiword entries, longest first (on overlap the longer phrase wins); computed once. */
export function phraseEntries(): LexiconEntry[] {
  phrases ??= lexicon().filter((e) => e.words.length > 1).sort((a, b) => b.words.length - a.words.length);
  return phrases;
}

/** One-word entries in lexicon order (the first whose conditions hold wins); computed once. */
export function wordEntries(): LexiconEntry[] {
  singles ??= lexicon().filter((e) => e.words.length === 1);
  return singles;
}

/**
 * Entries by their first word, so a token is tested only against the entries it could start: the words that
 * `DocContext.is` accepts for it (its lemma, its text, its text without a plural ending). Each list keeps
 * lexicon order, which decides between entries.
 */
export interface FirstWordIndex {
  at(lemma: string, word: string): LexiconEntry[];
}

export function firstWordIndex(entries: LexiconEntry[]): FirstWordIndex {
  const byWord = new Map<string, number[]>();
  entries.forEach((e, k) => {
    const list = byWord.get(e.words[0]!);
    if (list) list.push(k);
    else byWord.set(e.words[0]!, [k]);
  });
  return {
    at(lemma, word) {
      const keys = new Set([lemma, word, word.endsWith('s') ? word.slice(0, -1) : '', word.endsWith('es') ? word.slice(0, -2) : '']);
      const found: number[] = [];
      for (const key of keys) for (const k of byWord.get(key) ?? []) found.push(k);
      return found.sort((a, b) => a - b).map((k) => entries[k]!);
    },
  };
}

let phraseIndex: FirstWordIndex | undefined;
let wordIndex: FirstWordIndex | undefined;

export function phraseIndexed(): FirstWordIndex {
  phraseIndex ??= firstWordIndex(phraseEntries());
  return phraseIndex;
}

export function wordIndexed(): FirstWordIndex {
  wordIndex ??= firstWordIndex(wordEntries());
  return wordIndex;
}
