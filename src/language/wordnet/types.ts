/** Shapes of the WordNet module's public API. */

/** WordNet's parts of speech; adjective satellites are folded into 'a'. */
export type WnPos = 'n' | 'v' | 'a' | 'r';

export interface Synset {
  /** NLTK-style name: first lemma, part of speech ('s' for an adjective satellite), sense number of that lemma. */
  id: string;
  /** Byte offset of the synset's line in data.<pos>, WordNet's own key. */
  offset: number;
  pos: WnPos;
  /** Lexicographer file, e.g. "verb.possession". */
  lexname: string;
  /** Words of the synset, lower case, multi-word lemmas joined by '_'. */
  lemmas: string[];
  /** Ids of hypernyms, instance hypernyms included. */
  hypernyms: string[];
  /** Ids of the synsets that any of its words is derivationally related to. */
  derived: string[];
  gloss: string;
}
