/**
 * Event types of a word by its WordNet senses (data/events/senses.json): listed phrases first, then the word's
 * senses, then, for an -ing noun none of whose noun senses maps ("sentencing"), the verb it is formed from.
 */
import { hasCue } from './cues.ts';
import { senseHits } from './hits.ts';
import { matchPhrases } from './phrases.ts';
import { rankTypes } from './score.ts';
import { senseTable } from './table.ts';
import type { SenseType } from './types.ts';

/** Longer input is no word or phrase of WordNet's; refusing it keeps every call cheap. */
const MAX_INPUT = 120;

function phraseTypes(lemma: string, pos: 'VERB' | 'NOUN', cues: ReadonlySet<string> | undefined): SenseType[] {
  const boost = senseTable().scoring.cueBoost;
  return matchPhrases(lemma, pos).map((entry) => ({
    type: entry.type,
    synset: entry.as,
    anchor: entry.as,
    score: hasCue(entry.type, cues) ? boost : 1,
  }));
}

function merge(first: SenseType[], second: SenseType[]): SenseType[] {
  const out = [...first];
  for (const item of second) if (!out.some((have) => have.type === item.type)) out.push(item);
  return out.sort((a, b) => b.score - a.score);
}

export function typeBySense(lemma: string, pos: 'VERB' | 'NOUN', cues?: ReadonlySet<string>): SenseType[] {
  if (typeof lemma !== 'string' || lemma.length === 0 || lemma.length > MAX_INPUT) return [];
  if (pos !== 'VERB' && pos !== 'NOUN') return [];
  const { scoring } = senseTable();
  let ranked = rankTypes(senseHits(lemma, pos === 'VERB' ? 'v' : 'n'), cues);
  if (ranked.length === 0 && pos === 'NOUN' && lemma.toLowerCase().endsWith('ing')) {
    ranked = rankTypes(senseHits(lemma, 'v'), cues, scoring.gerundPenalty);
  }
  return merge(phraseTypes(lemma, pos, cues), ranked).filter((item) => item.score >= scoring.minScore);
}
