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
