/**
 * Arc-eager transitions (Nivre 2003) with the root token at the END of the buffer (Ballesteros & Nivre
 * 2013): every word must be attached, headless words reach the root by LEFT when it is the buffer front,
 * and the output is always a complete tree. Costs for the dynamic oracle follow Goldberg & Nivre 2012:
 * a move's cost is the number of gold arcs it makes unreachable, so any zero-cost move is correct.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const MOVES = 4;

/**
 * Parser state over words 0..n-1 and the root at index n. The stack is an array; the buffer is
 * every index from `b` to n. Children are tracked as the two outermost on each side for features.
 */
export class State {
  n: number;
  stack: Int32Array;
  depth = 0;
  b = 0;
  heads: Int32Array;
  labels: Int32Array;
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  /** Label sets of each token's left/right dependents, as bit sets over label ids (mod 31). */
  leftLabels: Int32Array;
  rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    const size = n + 1;
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size);
    this.left1 = new Int32Array(size).fill(-1);
    this.left2 = new Int32Array(size).fill(-1);
    this.right1 = new Int32Array(size).fill(-1);
    this.right2 = new Int32Array(size).fill(-1);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
  }

  /**
   * The initial state of a sentence of n words, reusing this state's arrays when they are large
   * enough (the beam keeps a pool of states instead of allocating one per step or per sentence).
   */
  reset(n: number): this {
    if (n + 1 > this.heads.length) {
      const fresh = new State(n);
      Object.assign(this, fresh);
      return this;
    }
    this.n = n;
    this.depth = 0;
    this.b = 0;
    const size = n + 1;
    this.heads.fill(-1, 0, size);
    this.labels.fill(0, 0, size);
    this.left1.fill(-1, 0, size);
    this.left2.fill(-1, 0, size);
    this.right1.fill(-1, 0, size);
    this.right2.fill(-1, 0, size);
    this.leftCount.fill(0, 0, size);
    this.rightCount.fill(0, 0, size);
    this.leftLabels.fill(0, 0, size);
    this.rightLabels.fill(0, 0, size);
    return this;
  }

  /**
   * Makes this state a copy of `o` (same sentence); grows the arrays when needed. Positions right of
   * the buffer front are untouched in any state, so only the prefix up to the larger of the two
   * fronts is copied: a step of the beam costs O(b), not O(n).
   */
  copyFrom(o: State): void {
    if (o.n + 1 > this.heads.length) this.reset(o.n);
    const size = Math.min(o.n, Math.max(o.b, this.n === o.n ? this.b : o.n)) + 1;
    this.n = o.n;
    this.depth = o.depth;
    this.b = o.b;
    copy(o.stack, this.stack, o.depth);
    copy(o.heads, this.heads, size);
    copy(o.labels, this.labels, size);
    copy(o.left1, this.left1, size);
    copy(o.left2, this.left2, size);
    copy(o.right1, this.right1, size);
    copy(o.right2, this.right2, size);
    copy(o.leftCount, this.leftCount, size);
    copy(o.rightCount, this.rightCount, size);
    copy(o.leftLabels, this.leftLabels, size);
    copy(o.rightLabels, this.rightLabels, size);
  }

  get s0(): number {
    return this.depth > 0 ? this.stack[this.depth - 1]! : -1;
  }

  get s1(): number {
    return this.depth > 1 ? this.stack[this.depth - 2]! : -1;
  }

  isTerminal(): boolean {
    return this.b === this.n && this.depth === 0;
  }

  /** The root is never shifted, so the buffer is never empty before the end. */
  isLegal(move: number): boolean {
    const s = this.s0;
    switch (move) {
      case SHIFT:
        return this.b < this.n;
      case REDUCE:
        return s >= 0 && this.heads[s]! >= 0;
      case LEFT:
        return s >= 0 && this.heads[s]! < 0;
      default:
        return s >= 0 && this.b < this.n;
    }
  }

  apply(move: number, label: number): void {
    const s = this.s0;
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b++;
    } else if (move === REDUCE) {
      this.depth--;
    } else if (move === LEFT) {
      this.attach(this.b, s, label);
      this.depth--;
    } else {
      this.attach(s, this.b, label);
      this.stack[this.depth++] = this.b++;
    }
  }

  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label % 31);
    if (dep < head) {
      this.leftCount[head]!++;
      this.leftLabels[head]! |= bit;
      if (this.left1[head]! < 0 || dep < this.left1[head]!) {
        this.left2[head] = this.left1[head]!;
        this.left1[head] = dep;
      } else if (this.left2[head]! < 0 || dep < this.left2[head]!) {
        this.left2[head] = dep;
      }
    } else {
      this.rightCount[head]!++;
      this.rightLabels[head]! |= bit;
      if (dep > this.right1[head]!) {
        this.right2[head] = this.right1[head]!;
        this.right1[head] = dep;
      } else if (dep > this.right2[head]!) {
        this.right2[head] = dep;
      }
    }
  }
}

/** Head and dependent of the arc a LEFT or RIGHT move would make. */
export function arcOf(st: State, move: number): [head: number, dep: number] {
  return move === LEFT ? [st.b, st.s0] : [st.s0, st.b];
}

/** A plain loop for short prefixes (no view allocated); one memcpy for long ones. */
function copy(from: Int32Array, to: Int32Array, size: number): void {
  if (size > 64) {
    to.set(from.subarray(0, size));
    return;
  }
  for (let i = 0; i < size; i++) to[i] = from[i]!;
}

/** Gold tree for the oracle: heads with the root as index n, and each token's gold dependents. */
export interface GoldTree {
  heads: Int32Array;
  children: number[][];
}

export function goldTree(heads: readonly number[]): GoldTree {
  const n = heads.length;
  const h = Int32Array.from(heads, (x) => (x < 0 ? n : x));
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) children[h[d]!]!.push(d);
  return { heads: h, children };
}

/** Cost of each move in `state` against a projective gold tree (Infinity when illegal). */
export function moveCosts(state: State, gold: GoldTree, out: Float64Array): void {
  for (let m = 0; m < MOVES; m++) out[m] = state.isLegal(m) ? 0 : Infinity;
  const s = state.s0;
  const b = state.b;
  const inStack = (k: number): boolean => k < b && state.heads[k]! < 0 && isOnStack(state, k);
  if (out[LEFT] === 0) out[LEFT] = bufferDependents(gold, s, b) + (gold.heads[s]! > b ? 1 : 0);
  if (out[REDUCE] === 0) out[REDUCE] = bufferDependents(gold, s, b);
  if (out[RIGHT] === 0) {
    const h = gold.heads[b]!;
    const headReachable = h !== s && (h > b || (h < b && isOnStack(state, h)));
    out[RIGHT] = (headReachable ? 1 : 0) + countStackDependents(gold, b, inStack);
  }
  if (out[SHIFT] === 0) {
    const h = gold.heads[b]!;
    out[SHIFT] = (h < b && isOnStack(state, h) ? 1 : 0) + countStackDependents(gold, b, inStack);
  }
}

function bufferDependents(gold: GoldTree, s: number, b: number): number {
  let c = 0;
  for (const k of gold.children[s]!) if (k >= b) c++;
  return c;
}

function countStackDependents(gold: GoldTree, b: number, headlessOnStack: (k: number) => boolean): number {
  let c = 0;
  for (const k of gold.children[b]!) if (k < b && headlessOnStack(k)) c++;
  return c;
}

/**
 * Whether token k (left of the buffer) is still on the stack. A token leaves the stack only by REDUCE
 * (it has a head) or LEFT (it gets the buffer front as head), so a headless token left of the buffer
 * is always on it; a headed one is on it unless popped, which we check by scanning the stack from the
 * top (the stack is sorted, so the scan stops at the first smaller index).
 */
function isOnStack(state: State, k: number): boolean {
  if (state.heads[k]! < 0) return true;
  for (let i = state.depth - 1; i >= 0; i--) {
    const t = state.stack[i]!;
    if (t === k) return true;
    if (t < k) return false;
  }
  return false;
}
