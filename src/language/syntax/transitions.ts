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
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Label sets of each token's left/right dependents, as bit sets over label ids (mod 31). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

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
