/**
 * Global training of the move model for beam search: a structured perceptron over whole move
 * sequences (Zhang & Clark 2008; Zhang & Nivre 2011) with the max-violation update of Huang et al.
 * 2012 (or early update, Collins & Roark 2004). The gold sequence is latent, as in Björkelund & Nivre
 * 2015: any sequence of zero-cost moves (dynamic-oracle costs, `moveCosts`) is correct, and the gold
 * item at each step is the best-scoring correct extension. When the best item of the final beam is
 * wrong, the weights move toward the gold prefix and away from the beam's best prefix at the step
 * where the beam's best outscores the gold by most; both prefixes are replayed to recover their
 * features, so nothing but the moves is stored during the search.
 *
 * Arcs with the right head carry their gold label in every item (as in greedy training), so a correct
 * item's features equal the gold item's; a wrong arc carries the labeller's guess. The labeller learns
 * locally on the right arcs of the beam's best item, which follows the model as greedy exploration does.
 */
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, parserFeatures, type SentenceCodes } from './parser-features.ts';
import { BufferScores, StatePool, TopK } from './beam.ts';
import type { AveragedPerceptron } from './perceptron.ts';
import { LEFT, moveCosts, MOVES, RIGHT, State, type GoldTree } from './transitions.ts';

export interface BeamTraining {
  width: number;
  /** 'max-violation' (Huang et al. 2012) or 'early' (stop at the first step the gold falls out). */
  update: 'max-violation' | 'early';
}

export interface BeamSentence {
  codes: SentenceCodes;
  gold: GoldTree;
  goldLabels: Int32Array;
  n: number;
}

export interface BeamLearners {
  moves: AveragedPerceptron;
  labeller: AveragedPerceptron;
}

/** Move history as a tree of steps shared by the items: node → parent node, move, label. */
class History {
  parent: Int32Array<ArrayBuffer> = new Int32Array(1024);
  move: Int32Array<ArrayBuffer> = new Int32Array(1024);
  label: Int32Array<ArrayBuffer> = new Int32Array(1024);
  size = 1;

  clear(): void {
    this.size = 1;
  }

  push(parent: number, move: number, label: number): number {
    if (this.size === this.parent.length) {
      this.parent = grow(this.parent);
      this.move = grow(this.move);
      this.label = grow(this.label);
    }
    const id = this.size++;
    this.parent[id] = parent;
    this.move[id] = move;
    this.label[id] = label;
    return id;
  }

  /** The nodes from the first step to `node`. */
  path(node: number): number[] {
    const out: number[] = [];
    for (let x = node; x > 0; x = this.parent[x]!) out.push(x);
    return out.reverse();
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const pool = new StatePool();
const buffer = new BufferScores();
const top = new TopK();
const history = new History();
const feats = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
const moveScores = new Float32Array(MOVES);
const costs = new Float64Array(MOVES);
let labelScores = new Float32Array(64);
let curNode = new Int32Array(0);
let nextNode = new Int32Array(0);
let curCorrect = new Uint8Array(0);
let nextCorrect = new Uint8Array(0);
const replayState = new State(0);

/** One sentence of global training; returns whether the beam's final best parse was correct. */
export function trainBeamSentence(t: BeamLearners, s: BeamSentence, options: BeamTraining): boolean {
  const width = options.width;
  const GOLD = width; // the pool slot of the gold item once it has fallen out of the beam
  pool.ensure(width + 1);
  if (curNode.length < width + 1) {
    curNode = new Int32Array(width + 1);
    nextNode = new Int32Array(width + 1);
    curCorrect = new Uint8Array(width + 1);
    nextCorrect = new Uint8Array(width + 1);
  }
  if (labelScores.length < t.labeller.classes) labelScores = new Float32Array(t.labeller.classes);
  history.clear();
  buffer.fill(t.moves, s.codes, s.n);
  pool.cur[0]!.reset(s.n);
  pool.curScore[0] = 0;
  curNode[0] = 0;
  curCorrect[0] = 1;
  let size = 1;
  let goldOut = false;
  let goldScore = 0;
  let goldNode = 0;
  let worst = 0;
  let worstPred = -1;
  let worstGold = -1;

  while (!pool.cur[0]!.isTerminal()) {
    top.clear(width);
    let bestParent = -1;
    let bestMove = -1;
    let bestScore = -Infinity;
    const consider = (i: number, base: number, correct: boolean, inBeam: boolean): void => {
      const st = pool.cur[i]!;
      buffer.score(t.moves, st, s.codes, feats, moveScores);
      if (correct) moveCosts(st, s.gold, costs);
      for (let m = 0; m < MOVES; m++) {
        if (!st.isLegal(m)) continue;
        const score = base + moveScores[m]!;
        const ok = correct && costs[m] === 0;
        if (inBeam) top.offer(i, m, score, ok ? 1 : 0);
        if (ok && score > bestScore) {
          bestScore = score;
          bestParent = i;
          bestMove = m;
        }
      }
    };
    for (let i = 0; i < size; i++) consider(i, pool.curScore[i]!, curCorrect[i] === 1, true);
    if (goldOut) consider(GOLD, goldScore, true, false);
    if (bestParent < 0) break; // no zero-cost move (cannot happen with a projective gold tree)

    // The gold item of the next step, and whether it is still in the beam (it is then the first correct item).
    let goldIndex = -1;
    for (let j = 0; j < top.count && goldIndex < 0; j++) if (top.flag[j] === 1) goldIndex = j;
    const goldParentNode = bestParent === GOLD && goldOut ? goldNode : curNode[bestParent]!;
    if (goldIndex < 0) {
      const g = pool.next[GOLD]!;
      g.copyFrom(pool.cur[bestParent]!);
      const label = arcLabel(t, g, s, bestMove, false);
      g.apply(bestMove, label);
      goldNode = history.push(goldParentNode, bestMove, label);
    }
    goldScore = bestScore;

    for (let j = 0; j < top.count; j++) {
      const parent = top.parent[j]!;
      const child = pool.next[j]!;
      child.copyFrom(pool.cur[parent]!);
      const move = top.move[j]!;
      const label = arcLabel(t, child, s, move, j === 0);
      child.apply(move, label);
      pool.nextScore[j] = top.score[j]!;
      nextNode[j] = history.push(curNode[parent]!, move, label);
      nextCorrect[j] = top.flag[j]!;
    }
    if (goldIndex >= 0) goldNode = nextNode[goldIndex]!;
    size = top.count;
    pool.swap();
    [curNode, nextNode] = [nextNode, curNode];
    [curCorrect, nextCorrect] = [nextCorrect, curCorrect];
    goldOut = goldIndex < 0;

    if (curCorrect[0] !== 1) {
      const violation = pool.curScore[0]! - goldScore;
      const early = options.update === 'early';
      if (early || worstPred < 0 || violation > worst) {
        worst = violation;
        worstPred = curNode[0]!;
        worstGold = goldNode;
      }
      if (early && goldOut) break;
    }
  }
  const correct = curCorrect[0] === 1;
  if (!correct && worstPred >= 0) update(t.moves, s, history.path(worstGold), history.path(worstPred));
  t.moves.tick();
  return correct;
}

/**
 * The label of the arc `move` makes in `st`: the gold label when the head is right, else the
 * labeller's guess. On the beam's best item, right arcs also train the labeller.
 */
function arcLabel(t: BeamLearners, st: State, s: BeamSentence, move: number, learn: boolean): number {
  if (move !== LEFT && move !== RIGHT) return 0;
  const head = move === LEFT ? st.b : st.s0;
  const dep = move === LEFT ? st.s0 : st.b;
  if (head === s.n) return 0;
  const right = s.gold.heads[dep] === head;
  if (right && !learn) return s.goldLabels[dep]!;
  const k = labelFeatures(st, s.codes, head, dep, feats);
  t.labeller.score(feats, k, labelScores);
  let guess = 0;
  for (let c = 1; c < t.labeller.classes; c++) if (labelScores[c]! > labelScores[guess]!) guess = c;
  if (!right) return guess + 1;
  const gold = s.goldLabels[dep]! - 1;
  t.labeller.tick();
  if (guess !== gold) t.labeller.update(feats, k, gold, guess);
  return gold + 1;
}

/** +1 for the gold prefix's moves, -1 for the predicted prefix's, from the first step where they part. */
function update(moves: AveragedPerceptron, s: BeamSentence, gold: number[], pred: number[]): void {
  let same = 0;
  while (same < gold.length && same < pred.length && history.move[gold[same]!] === history.move[pred[same]!] && history.label[gold[same]!] === history.label[pred[same]!]) same++;
  for (const [path, delta] of [[gold, 1], [pred, -1]] as const) {
    const st = replayState.reset(s.n);
    for (let i = 0; i < path.length; i++) {
      const node = path[i]!;
      const move = history.move[node]!;
      if (i >= same) {
        const k = parserFeatures(st, s.codes, feats);
        moves.add(feats, k, move, delta);
      }
      st.apply(move, history.label[node]!);
    }
  }
}
