/**
 * Arc-eager parsing: greedily (at each state the move model picks the best legal move) or with a beam
 * (`beam.ts`, for models trained globally); either way, for an arc, the labeller picks its relation.
 * Exactly 2n moves, each O(features) per beam item, so the cost is linear in the sentence length.
 */
import { formId, normalize, ROOT_WORD, UPOS, type Lexicon } from './lexicon.ts';
import { clusterOf } from './tagger-features.ts';
import { bestLabel, MAX_PARSER_FEATURES, parserFeatures, type SentenceCodes } from './parser-features.ts';
import type { Scorer } from './perceptron.ts';
import { arcOf, LEFT, MOVES, RIGHT, State } from './transitions.ts';
import { MAX_BEAM_WORDS, parseBeam } from './beam.ts';

export interface ParserModel {
  lexicon: Lexicon;
  moves: Scorer;
  labeller: Scorer;
  /** Relation names; label id k+1 in a state is `labels[k]`. */
  labels: string[];
  /** Normalized word → cluster id (≥ 2); unknown words get 1. */
  clusters: Map<string, number>;
  /**
   * Beam width of the decoder: 1 parses greedily (a greedily trained move model); a globally trained
   * one is decoded with a beam (it was trained with one at least as wide).
   */
  beam: number;
}

export const ROOT_TAG = UPOS.length + 1;

/** Word, tag and cluster codes with the root appended at index n; `tags` are UPOS indices. */
export function sentenceCodes(model: Pick<ParserModel, 'lexicon' | 'clusters'>, words: readonly string[], tags: ArrayLike<number>): SentenceCodes {
  const n = words.length;
  const codes: SentenceCodes = {
    words: new Int32Array(n + 1),
    tags: new Int32Array(n + 1),
    clusters: new Int32Array(n + 1),
    masks: new Int32Array(n + 1),
  };
  for (let i = 0; i < n; i++) {
    const form = normalize(words[i]!);
    codes.words[i] = formId(model.lexicon, form);
    codes.masks[i] = model.lexicon.tagMasks[codes.words[i]!] ?? 0;
    codes.tags[i] = tags[i]! + 1;
    codes.clusters[i] = clusterOf(model.clusters, form);
  }
  codes.words[n] = ROOT_WORD;
  codes.tags[n] = ROOT_TAG;
  codes.clusters[n] = ROOT_WORD;
  codes.masks[n] = -1;
  return codes;
}

const feats = new Int32Array(MAX_PARSER_FEATURES);
const moveScores = new Float32Array(MOVES);

export function bestLegalMove(st: State, scores: Float32Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) if (st.isLegal(m) && (best < 0 || scores[m]! > scores[best]!)) best = m;
  return best;
}

export function predictLabel(model: Pick<ParserModel, 'labeller'>, st: State, codes: SentenceCodes, head: number, dep: number, scores: Float32Array): number {
  return bestLabel(model.labeller, st, codes, head, dep, scores);
}

/** The parse of a sentence: with the model's beam, or greedily for width 1 and very long sentences. */
export function parseCodes(model: ParserModel, codes: SentenceCodes, n: number, beam = model.beam): State {
  return beam > 1 && n <= MAX_BEAM_WORDS ? parseBeam(model, codes, n, beam) : parseGreedy(model, codes, n);
}

export function parseGreedy(model: Pick<ParserModel, 'moves' | 'labeller' | 'labels'>, codes: SentenceCodes, n: number): State {
  const st = new State(n);
  const labelScores = new Float32Array(model.labels.length);
  while (!st.isTerminal()) {
    const k = parserFeatures(st, codes, feats);
    model.moves.score(feats, k, moveScores);
    const move = bestLegalMove(st, moveScores);
    let label = 0;
    if (move === LEFT || move === RIGHT) {
      const [head, dep] = arcOf(st, move);
      if (head !== n) label = predictLabel(model, st, codes, head, dep, labelScores);
    }
    st.apply(move, label);
  }
  return st;
}

/**
 * Heads (0-based, -1 for the root) and relations for words with given UPOS indices; `beam` overrides
 * the model's beam width (1: greedy).
 */
export function parseTagged(model: ParserModel, words: readonly string[], tags: ArrayLike<number>, beam = model.beam): { heads: number[]; deprels: string[] } {
  const n = words.length;
  const st = parseCodes(model, sentenceCodes(model, words, tags), n, beam);
  const heads: number[] = [];
  const deprels: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = st.heads[i]!;
    heads.push(h === n || h < 0 ? -1 : h);
    deprels.push(h === n ? 'root' : (model.labels[st.labels[i]! - 1] ?? 'dep'));
  }
  singleRoot(st, heads, deprels, tags);
  return { heads, deprels };
}

/**
 * The transition system lets several words reach the root when the parser finds nothing to attach
 * them to; UD trees have one. The root child with the most dependents stays the root and the others
 * hang from it, as punctuation or as a loosely joined clause (parataxis), which is what they mostly are.
 */
function singleRoot(st: State, heads: number[], deprels: string[], tags: ArrayLike<number>): void {
  let main = -1;
  for (let i = 0; i < heads.length; i++) {
    if (heads[i] !== -1) continue;
    if (main < 0 || dependents(st, i) > dependents(st, main)) main = i;
  }
  for (let i = 0; i < heads.length; i++) {
    if (heads[i] !== -1 || i === main) continue;
    heads[i] = main;
    deprels[i] = UPOS[tags[i]!] === 'PUNCT' ? 'punct' : 'parataxis';
  }
}

function dependents(st: State, i: number): number {
  return st.leftCount[i]! + st.rightCount[i]!;
}
