/** Shapes of the sense-based event typing API and of data/events/senses.json. */

export interface SenseType {
  /** Ontology code, e.g. "business.acquisition". */
  type: string;
  /** The WordNet sense of the word that matched (or the synset a listed phrase stands for). */
  synset: string;
  /** The anchor synset of data/events/senses.json that the sense reached. */
  anchor: string;
  score: number;
}

export interface AnchorSpec {
  synset: string;
  reason: string;
  /** Counts only when one of the type's cues is among the document's words; overrides the type's default. */
  needsCue?: boolean;
  /** Lemmas the anchor is restricted to, for a synset too broad to anchor its whole subtree. */
  onlyFor?: string[];
  /** How many hypernym steps below the anchor a sense may be, for anchors whose deep subtree drifts off. */
  maxDepth?: number;
}

export interface ExceptSpec {
  synset: string;
  reason: string;
}

export interface PhraseSpec {
  match: string;
  pos?: 'VERB' | 'NOUN';
  /** The synset the phrase stands for. */
  as: string;
  reason: string;
}

export interface TypeSpec {
  type: string;
  anchors: AnchorSpec[];
  except?: ExceptSpec[];
  phrases?: PhraseSpec[];
  cues?: string[];
  needsCue?: boolean;
}

export interface Scoring {
  /** Types scoring below this are dropped (a rank-8 sense reached directly scores 1/9). */
  minScore: number;
  /** Score divisor per hypernym step between the sense and its anchor: 1 / (1 + depthDecay × depth). */
  depthDecay: number;
  /** Factor for a type reached through a noun's derivationally related verb rather than the noun itself. */
  derivedPenalty: number;
  /** Factor for an -ing noun typed through its verb because none of its noun senses maps. */
  gerundPenalty: number;
  /** Factor for a type whose cues appear in the document. */
  cueBoost: number;
  /** Lexicographer files of the noun senses whose related verbs are followed: event nouns, not things or states. */
  derivedFrom: string[];
  /** Deepest anchor reached through a related verb: the verb itself or close above it, not its remote classes. */
  derivedMaxDepth: number;
  /**
   * Factor for the senses of a word's second or later base form: "found" is mostly find, rarely found (establish);
   * the exception lists put the usual reading first.
   */
  laterFormFactor: number;
}

export interface SensesFile {
  scoring: Scoring;
  types: TypeSpec[];
}
