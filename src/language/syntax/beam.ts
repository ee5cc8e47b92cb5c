/**
 * Beam search over arc-eager moves (Zhang & Clark 2008; Zhang & Nivre 2011): the `width` best partial
 * parses by total move score are kept; each step extends every one by each legal move and keeps the
 * `width` best extensions. Every complete parse takes exactly 2n moves (each word is pushed once and
 * popped once), so all items end together and the best one is the parse. Labels stay with the local
 * labeller, which names an arc when an item makes it (the move scores do not depend on the label).
 *
 * Nothing is allocated per step: states come from a pool and are copied in place (O(b) per copy, see
 * `State.copyFrom`), candidates live in typed arrays.
 */
import { bestLabel, bufferFeatures, MAX_PARSER_FEATURES, stateFeatures, type SentenceCodes } from './parser-features.ts';
import type { Scorer } from './perceptron.ts';
import { LEFT, MOVES, RIGHT, State } from './transitions.ts';

/** What the beam needs of a parser model (see `ParserModel`). */
export interface BeamModel {
  moves: Scorer;
  labeller: Scorer;
}

/** Sentences longer than this are parsed greedily: the beam's state copies grow with the length. */
export const MAX_BEAM_WORDS = 250;

/** The best `width` candidates (parent item, move, score, a flag) in descending score; ties keep the first. */
export class TopK {
  width = 0;
  count = 0;
  parent = new Int32Array(0);
  move = new Int32Array(0);
  flag = new Uint8Array(0);
  score = new Float64Array(0);

  clear(width: number): void {
    if (width > this.parent.length) {
      this.parent = new Int32Array(width);
      this.move = new Int32Array(width);
      this.flag = new Uint8Array(width);
      this.score = new Float64Array(width);
    }
    this.width = width;
    this.count = 0;
  }

  offer(parent: number, move: number, score: number, flag: number): void {
    const { width } = this;
    if (this.count === width && !(score > this.score[width - 1]!)) return;
    let i = this.count < width ? this.count++ : width - 1;
    for (; i > 0 && this.score[i - 1]! < score; i--) {
      this.parent[i] = this.parent[i - 1]!;
      this.move[i] = this.move[i - 1]!;
      this.flag[i] = this.flag[i - 1]!;
      this.score[i] = this.score[i - 1]!;
    }
    this.parent[i] = parent;
    this.move[i] = move;
    this.flag[i] = flag;
    this.score[i] = score;
  }
}

/** Two pools of states (this step's items and the next step's), swapped after each step. */
export class StatePool {
  cur: State[] = [];
  next: State[] = [];
  curScore = new Float64Array(0);
  nextScore = new Float64Array(0);

  ensure(size: number): void {
    while (this.cur.length < size) this.cur.push(new State(0));
    while (this.next.length < size) this.next.push(new State(0));
    if (this.curScore.length < size) {
      this.curScore = new Float64Array(size);
      this.nextScore = new Float64Array(size);
    }
  }

  swap(): void {
    [this.cur, this.next] = [this.next, this.cur];
    [this.curScore, this.nextScore] = [this.nextScore, this.curScore];
  }
}

/**
 * Move scores of the buffer-only templates (`bufferFeatures`) at each front position 0..n, scored once
 * per sentence: every item then scores only its own `stateFeatures`.
 */
export class BufferScores {
  scores = new Float32Array(0);
  private readonly feats = new Int32Array(MAX_PARSER_FEATURES);
  private readonly row = new Float32Array(MOVES);

  fill(moves: Scorer, codes: SentenceCodes, n: number): void {
    if (this.scores.length < (n + 1) * MOVES) this.scores = new Float32Array(2 * (n + 1) * MOVES);
    for (let b = 0; b <= n; b++) {
      const k = bufferFeatures(codes, b, n, this.feats, 0);
      moves.score(this.feats, k, this.row);
      for (let m = 0; m < MOVES; m++) this.scores[b * MOVES + m] = this.row[m]!;
    }
  }

  /** Full move scores of `st`: its state templates plus the buffer templates of its front. */
  score(moves: Scorer, st: State, codes: SentenceCodes, feats: Int32Array, out: Float32Array): void {
    const k = stateFeatures(st, codes, feats);
    moves.score(feats, k, out);
    const at = st.b * MOVES;
    for (let m = 0; m < MOVES; m++) out[m]! += this.scores[at + m]!;
  }
}

/**
 * Move scores of one step's items. A third of a beam's items read exactly the same features as an
 * earlier item of the same step (they differ only deeper in the stack or in older arcs), so those
 * scores are looked up once: items are keyed by a hash of their features, compared in full on a hit.
 */
export class StepScores {
  private feats: Int32Array[] = [];
  private counts = new Int32Array(0);
  private fronts = new Int32Array(0);
  private hashes = new Int32Array(0);
  private scores = new Float32Array(0);

  ensure(width: number): void {
    while (this.feats.length < width) this.feats.push(new Int32Array(MAX_PARSER_FEATURES));
    if (this.counts.length < width) {
      this.counts = new Int32Array(width);
      this.fronts = new Int32Array(width);
      this.hashes = new Int32Array(width);
      this.scores = new Float32Array(width * MOVES);
    }
  }

  /** Scores of item `i` of this step (items scored in order 0, 1, …) into `out`. */
  score(moves: Scorer, buffer: BufferScores, st: State, codes: SentenceCodes, i: number, out: Float32Array): void {
    const f = this.feats[i]!;
    const k = stateFeatures(st, codes, f);
    let h = st.b;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ f[j]!, 0x9e3779b1) ^ (h >>> 16);
    this.counts[i] = k;
    this.fronts[i] = st.b;
    this.hashes[i] = h;
    let same = -1;
    for (let j = 0; j < i && same < 0; j++) {
      if (this.hashes[j] !== h || this.counts[j] !== k || this.fronts[j] !== st.b) continue;
      const g = this.feats[j]!;
      let equal = true;
      for (let x = 0; x < k && equal; x++) equal = f[x] === g[x];
      if (equal) same = j;
    }
    if (same >= 0) {
      for (let m = 0; m < MOVES; m++) out[m] = this.scores[same * MOVES + m]!;
    } else {
      moves.score(f, k, out);
      const at = st.b * MOVES;
      for (let m = 0; m < MOVES; m++) out[m]! += buffer.scores[at + m]!;
    }
    for (let m = 0; m < MOVES; m++) this.scores[i * MOVES + m] = out[m]!;
  }
}

const pool = new StatePool();
const buffer = new BufferScores();
const step = new StepScores();
const top = new TopK();
const moveScores = new Float32Array(MOVES);

/**
 * Labels of the sentence's arcs by what the labeller reads of the state (`labelFeatures`): items of a
 * beam mostly differ far from the arc they make, so most arcs were already labelled in another item.
 * Keys are compared whole, so a hit gives exactly the labeller's answer.
 */
class LabelMemo {
  private static readonly KEY = 11;
  private static readonly STRIDE = 13;
  private static readonly BITS = 12;
  private readonly table = new Int32Array((1 << LabelMemo.BITS) * LabelMemo.STRIDE);
  private readonly key = new Int32Array(LabelMemo.KEY);
  private generation = 0;
  private scores = new Float32Array(64);

  newSentence(): void {
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) {
      this.table.fill(0);
      this.generation = 1;
    }
  }

  label(labeller: Scorer, st: State, codes: SentenceCodes, head: number, dep: number): number {
    const key = this.key;
    key[0] = head;
    key[1] = dep;
    key[2] = st.leftLabels[head]!;
    key[3] = st.rightLabels[head]!;
    key[4] = st.labels[head]!;
    key[5] = st.leftLabels[dep]!;
    key[6] = st.rightLabels[dep]!;
    key[7] = st.left1[dep]!;
    key[8] = st.right1[dep]!;
    key[9] = st.leftCount[dep]!;
    key[10] = st.rightCount[dep]!;
    let h = 0x2545f491;
    for (let i = 0; i < LabelMemo.KEY; i++) h = Math.imul(h ^ key[i]!, 0x9e3779b1) ^ (h >>> 15);
    const { table, generation } = this;
    const mask = (1 << LabelMemo.BITS) - 1;
    for (let e = h & mask, probes = 0; probes < 8; e = (e + 1) & mask, probes++) {
      const at = e * LabelMemo.STRIDE;
      if (table[at + 12] !== generation) {
        const label = this.compute(labeller, st, codes, head, dep);
        table.set(key, at);
        table[at + 11] = label;
        table[at + 12] = generation;
        return label;
      }
      let same = true;
      for (let i = 0; i < LabelMemo.KEY && same; i++) same = table[at + i] === key[i];
      if (same) return table[at + 11]!;
    }
    return this.compute(labeller, st, codes, head, dep);
  }

  private compute(labeller: Scorer, st: State, codes: SentenceCodes, head: number, dep: number): number {
    if (this.scores.length < labeller.classes) this.scores = new Float32Array(labeller.classes);
    return bestLabel(labeller, st, codes, head, dep, this.scores);
  }
}

const labels = new LabelMemo();

/**
 * The best parse found with a beam of `width`. The state returned belongs to the pool: read it before
 * the next call.
 */
export function parseBeam(model: BeamModel, codes: SentenceCodes, n: number, width: number): State {
  pool.ensure(width);
  step.ensure(width);
  labels.newSentence();
  buffer.fill(model.moves, codes, n);
  pool.cur[0]!.reset(n);
  pool.curScore[0] = 0;
  let size = 1;
  while (!pool.cur[0]!.isTerminal()) {
    top.clear(width);
    for (let i = 0; i < size; i++) {
      const st = pool.cur[i]!;
      step.score(model.moves, buffer, st, codes, i, moveScores);
      const base = pool.curScore[i]!;
      for (let m = 0; m < MOVES; m++) if (st.isLegal(m)) top.offer(i, m, base + moveScores[m]!, 0);
    }
    for (let j = 0; j < top.count; j++) {
      const child = pool.next[j]!;
      child.copyFrom(pool.cur[top.parent[j]!]!);
      const move = top.move[j]!;
      let label = 0;
      if (move === LEFT) {
        if (child.b !== n) label = labels.label(model.labeller, child, codes, child.b, child.s0);
      } else if (move === RIGHT) {
        label = labels.label(model.labeller, child, codes, child.s0, child.b);
      }
      child.apply(move, label);
      pool.nextScore[j] = top.score[j]!;
    }
    size = top.count;
    pool.swap();
  }
  return pool.cur[0]!;
}
