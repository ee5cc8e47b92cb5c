/**
 * The anchors each sense of a word reaches, before cues and scores: for every base form of the word, its senses
 * in WordNet order, each with the anchors and exceptions it reaches and how far away. Cached per word, since this
 * is the costly part (hypernym walks) and documents repeat their words.
 */
import { lemmatize, synsets, type WnPos } from '../../language/wordnet/index.ts';
import { reachOf, type Reached } from './reach.ts';
import { senseTable, type AnchorEntry } from './table.ts';

export interface AnchorHit {
  entry: AnchorEntry;
  depth: number;
  derived: boolean;
}

export interface SenseHits {
  /** The base form whose sense this is ("seize" for "seized"). */
  form: string;
  synset: string;
  /** Position among the form's senses, 0 for the most frequent. */
  rank: number;
  /** Position of the form among the word's base forms, 0 for the usual one. */
  formIndex: number;
  anchors: AnchorHit[];
  /** Type → the nearest depth at which an exception for it was reached. */
  excepts: Map<string, number>;
}

function hitsOfSense(form: string, formIndex: number, id: string, rank: number, reached: Reached[]): SenseHits {
  const table = senseTable();
  const anchors: AnchorHit[] = [];
  const excepts = new Map<string, number>();
  for (const node of reached) {
    for (const entry of table.anchors.get(node.id) ?? []) anchors.push({ entry, depth: node.depth, derived: node.derived });
    for (const type of table.excepts.get(node.id) ?? []) {
      excepts.set(type, Math.min(excepts.get(type) ?? Infinity, node.depth));
    }
  }
  return { form, formIndex, synset: id, rank, anchors, excepts };
}

const cache = new Map<string, SenseHits[]>();
/** Distinct word/part-of-speech pairs kept; a corpus's event vocabulary is far smaller. */
const CACHE_LIMIT = 20_000;

/**
 * Senses past this rank cannot reach the minimum score even with a cue boost (1 / (rank + 1) × boost), so they
 * are not walked: common verbs have forty or more senses.
 */
function rankLimit(): number {
  const { minScore, cueBoost } = senseTable().scoring;
  return Math.floor(cueBoost / minScore);
}

export function senseHits(word: string, pos: WnPos): SenseHits[] {
  const key = pos + ':' + word;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const out: SenseHits[] = [];
  const { derivedFrom } = senseTable().scoring;
  lemmatize(word, pos).forEach((form, formIndex) => {
    synsets(form, pos).slice(0, rankLimit()).forEach((sense, rank) => {
      const hits = hitsOfSense(form, formIndex, sense.id, rank, reachOf(sense, derivedFrom));
      if (hits.anchors.length > 0) out.push(hits);
    });
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}
