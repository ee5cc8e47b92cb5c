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
