/**
 * Event typing by WordNet sense: a word's senses are walked up to the anchor synsets that data/events/senses.json
 * assigns to ontology types, so an unlisted verb or noun under an anchor ("snap up" under buy) is typed too.
 */
export type { SenseType } from './types.ts';
export { typeBySense } from './type-by-sense.ts';
