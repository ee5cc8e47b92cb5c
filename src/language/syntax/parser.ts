/**
 * Greedy arc-eager parsing: at each state the move model picks the best legal move and, for an arc,
 * the labeller picks its relation. At most 2n+1 moves, each O(features), so the cost is linear in
 * the sentence length.
 */
import { formId, normalize, ROOT_WORD, UPOS, type Lexicon } from './lexicon.ts';
import { clusterOf } from './tagger-features.ts';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, parserFeatures, type SentenceCodes } from './parser-features.ts';
import type { Scorer } from './perceptron.ts';
import { LEFT, MOVES, RIGHT, State } from './transitions.ts';

export interface ParserModel {
  lexicon: Lexicon;
  moves: Scorer;
  labeller: Scorer;
  /** Relation names; label id k+1 in a state is `labels[k]`. */
  labels: string[];
  /** Normalized word → cluster id (≥ 2); unknown words get 1. */
  clusters: Map<string, number>;
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

const feats = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
const moveScores = new Float32Array(MOVES);

export function bestLegalMove(st: State, scores: Float32Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) if (st.isLegal(m) && (best < 0 || scores[m]! > scores[best]!)) best = m;
  return best;
}

/** Head and dependent of the arc a LEFT or RIGHT move would make. */
export function arcOf(st: State, move: number): [head: number, dep: number] {
  return move === LEFT ? [st.b, st.s0] : [st.s0, st.b];
}

export function predictLabel(model: ParserModel, st: State, codes: SentenceCodes, head: number, dep: number, scores: Float32Array): number {
  const n = labelFeatures(st, codes, head, dep, feats);
  model.labeller.score(feats, n, scores);
  let best = 0;
  for (let c = 1; c < model.labels.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best + 1;
}

export function parseCodes(model: ParserModel, codes: SentenceCodes, n: number): State {
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

/** Heads (0-based, -1 for the root) and relations for words with given UPOS indices. */
export function parseTagged(model: ParserModel, words: readonly string[], tags: ArrayLike<number>): { heads: number[]; deprels: string[] } {
  const n = words.length;
  const st = parseCodes(model, sentenceCodes(model, words, tags), n);
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
