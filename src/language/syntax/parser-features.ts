/**
 * Parser features after Zhang & Nivre 2011 ("Transition-based dependency parsing with rich non-local
 * features"): words and tags of the stack top, the buffer front and the next two words, the heads,
 * grandparents and outermost children of the first two, distance, valency and label sets, plus the
 * second stack item. Words are lower-cased vocabulary ids; tags are UPOS ids + 1.
 */
import { mix1, mix2, mix3 } from './hash.ts';
import type { Scorer } from './perceptron.ts';
import type { State } from './transitions.ts';

export const MAX_PARSER_FEATURES = 96;
export const MAX_LABEL_FEATURES = 48;

/** Word ids and tag ids of a sentence, with the root at index n. */
export interface SentenceCodes {
  words: Int32Array;
  tags: Int32Array;
  clusters: Int32Array;
  /** The tags each word was seen with in training (lets the parser doubt a tagging error). */
  masks: Int32Array;
}

function distanceBucket(d: number): number {
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : d < 15 ? 7 : 8;
}

/** Reads of one position: word, tag, label, cluster (all 0 when the position is empty). */
function get(a: Int32Array, x: number): number {
  return x < 0 ? 0 : a[x]!;
}

export function parserFeatures(st: State, c: SentenceCodes, out: Int32Array): number {
  const k = stateFeatures(st, c, out);
  return k + bufferFeatures(c, st.b, st.n, out, k);
}

/**
 * The templates that read only the words at the buffer front and the next two (their words, tags,
 * classes and tag sets): the same for every state with the same front, so the beam scores them once
 * per position and sentence. Writes from `out[at]`; returns how many.
 */
export function bufferFeatures(c: SentenceCodes, n0: number, n: number, out: Int32Array, at: number): number {
  const { words: W, tags: P, clusters: C, masks: M } = c;
  const n1 = n0 + 1 <= n ? n0 + 1 : -1;
  const n2 = n0 + 2 <= n ? n0 + 2 : -1;
  const n0w = W[n0]!, n0p = P[n0]!;
  const n1w = get(W, n1), n1p = get(P, n1), n2w = get(W, n2), n2p = get(P, n2);
  const n0wp = mix2(0, n0w, n0p), n1wp = mix2(0, n1w, n1p), n2wp = mix2(0, n2w, n2p);
  const n0c = C[n0]!, n1c = get(C, n1);
  let k = at;
  out[k++] = mix1(4, n0wp); out[k++] = mix1(5, n0w); out[k++] = mix1(6, n0p);
  out[k++] = mix1(7, n1wp); out[k++] = mix1(8, n1w); out[k++] = mix1(9, n1p);
  out[k++] = mix1(10, n2wp); out[k++] = mix1(11, n2w); out[k++] = mix1(12, n2p);
  out[k++] = mix2(20, n0p, n1p);
  out[k++] = mix3(21, n0p, n1p, n2p);
  out[k++] = mix1(78, n0c); out[k++] = mix2(82, n0c, n1c); out[k++] = mix2(83, n0c, n1p);
  out[k++] = mix2(90, M[n0]!, n0p);
  return k - at;
}

/** The templates that read the stack, the arcs built or the distance (all but `bufferFeatures`). */
export function stateFeatures(st: State, c: SentenceCodes, out: Int32Array): number {
  const { words: W, tags: P, clusters: C } = c;
  const L = st.labels;
  const s0 = st.s0;
  const s1 = st.s1;
  const n0 = st.b;
  const n1 = n0 + 1 <= st.n ? n0 + 1 : -1;
  const s0h = s0 >= 0 ? st.heads[s0]! : -1;
  const s0h2 = s0h >= 0 && s0h < st.n ? st.heads[s0h]! : -1;
  const s0l = s0 >= 0 ? st.left1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.left2[s0]! : -1;
  const s0r = s0 >= 0 ? st.right1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.right2[s0]! : -1;
  const n0l = st.left1[n0]!;
  const n0l2 = st.left2[n0]!;

  const s0w = get(W, s0), s0p = get(P, s0), n0w = W[n0]!, n0p = P[n0]!;
  const n1p = get(P, n1);
  const s0wp = mix2(0, s0w, s0p), n0wp = mix2(0, n0w, n0p);
  const d = s0 >= 0 ? distanceBucket(n0 - s0) : 0;
  const s0vl = s0 >= 0 ? st.leftCount[s0]! : -1, s0vr = s0 >= 0 ? st.rightCount[s0]! : -1, n0vl = st.leftCount[n0]!;
  const s0sl = s0 >= 0 ? st.leftLabels[s0]! : -1, s0sr = s0 >= 0 ? st.rightLabels[s0]! : -1, n0sl = st.leftLabels[n0]!;

  let k = 0;
  // single words
  out[k++] = mix1(1, s0wp); out[k++] = mix1(2, s0w); out[k++] = mix1(3, s0p);
  // pairs
  out[k++] = mix2(13, s0wp, n0wp); out[k++] = mix2(14, s0wp, n0w); out[k++] = mix2(15, s0w, n0wp);
  out[k++] = mix2(16, s0wp, n0p); out[k++] = mix2(17, s0p, n0wp); out[k++] = mix2(18, s0w, n0w);
  out[k++] = mix2(19, s0p, n0p);
  // triples
  out[k++] = mix3(22, s0p, n0p, n1p);
  out[k++] = mix3(23, get(P, s0h), s0p, n0p); out[k++] = mix3(24, s0p, get(P, s0l), n0p);
  out[k++] = mix3(25, s0p, get(P, s0r), n0p); out[k++] = mix3(26, s0p, n0p, get(P, n0l));
  // distance
  out[k++] = mix2(27, s0w, d); out[k++] = mix2(28, s0p, d); out[k++] = mix2(29, n0w, d);
  out[k++] = mix2(30, n0p, d); out[k++] = mix3(31, s0w, n0w, d); out[k++] = mix3(32, s0p, n0p, d);
  // valency
  out[k++] = mix2(33, s0w, s0vr); out[k++] = mix2(34, s0p, s0vr); out[k++] = mix2(35, s0w, s0vl);
  out[k++] = mix2(36, s0p, s0vl); out[k++] = mix2(37, n0w, n0vl); out[k++] = mix2(38, n0p, n0vl);
  // second order: heads and outermost children
  out[k++] = mix1(39, get(W, s0h)); out[k++] = mix1(40, get(P, s0h)); out[k++] = mix1(41, get(L, s0));
  out[k++] = mix1(42, get(W, s0l)); out[k++] = mix1(43, get(P, s0l)); out[k++] = mix1(44, get(L, s0l));
  out[k++] = mix1(45, get(W, s0r)); out[k++] = mix1(46, get(P, s0r)); out[k++] = mix1(47, get(L, s0r));
  out[k++] = mix1(48, get(W, n0l)); out[k++] = mix1(49, get(P, n0l)); out[k++] = mix1(50, get(L, n0l));
  // third order
  out[k++] = mix1(51, get(W, s0h2)); out[k++] = mix1(52, get(P, s0h2)); out[k++] = mix1(53, get(L, s0h));
  out[k++] = mix1(54, get(W, s0l2)); out[k++] = mix1(55, get(P, s0l2)); out[k++] = mix1(56, get(L, s0l2));
  out[k++] = mix1(57, get(W, s0r2)); out[k++] = mix1(58, get(P, s0r2)); out[k++] = mix1(59, get(L, s0r2));
  out[k++] = mix1(60, get(W, n0l2)); out[k++] = mix1(61, get(P, n0l2)); out[k++] = mix1(62, get(L, n0l2));
  out[k++] = mix3(63, s0p, get(P, s0l), get(P, s0l2)); out[k++] = mix3(64, s0p, get(P, s0r), get(P, s0r2));
  out[k++] = mix3(65, s0p, get(P, s0h), get(P, s0h2)); out[k++] = mix3(66, n0p, get(P, n0l), get(P, n0l2));
  // label sets
  out[k++] = mix2(67, s0w, s0sr); out[k++] = mix2(68, s0p, s0sr); out[k++] = mix2(69, s0w, s0sl);
  out[k++] = mix2(70, s0p, s0sl); out[k++] = mix2(71, n0w, n0sl); out[k++] = mix2(72, n0p, n0sl);
  // the second stack item, and whether the stack top already has a head (decides REDUCE against LEFT)
  const s1p = get(P, s1);
  out[k++] = mix2(73, get(W, s1), s1p); out[k++] = mix3(74, s1p, s0p, n0p);
  out[k++] = mix3(75, s0 >= 0 && st.heads[s0]! >= 0 ? 1 : 0, s0p, n0p);
  out[k++] = mix3(76, get(L, s0), s0p, n0p);
  // word clusters stand in for rare words
  const s0c = get(C, s0), n0c = C[n0]!;
  out[k++] = mix1(77, s0c); out[k++] = mix2(79, s0c, n0c);
  out[k++] = mix3(80, s0c, n0p, s0p); out[k++] = mix3(81, s0p, n0c, n0p);
  out[k++] = mix3(84, s0c >> 10, n0c >> 10, d);
  out[k++] = mix3(85, get(C, s0h) >> 10, s0c >> 10, n0p);
  out[k++] = mix3(86, s0p, n0c >> 10, get(C, n0l) >> 10);
  const M = c.masks;
  out[k++] = mix2(87, get(M, s0), n0p); out[k++] = mix2(88, s0p, M[n0]!); out[k++] = mix2(89, get(M, s0), M[n0]!);
  out[k++] = mix3(91, M[n0]!, n1p, s0p);
  return k;
}

/**
 * Features for the label of a new arc head → dep: both words and tags, direction and distance, the
 * labels already on the head (a verb with an nsubj rarely takes a second), the dependent's own
 * dependents (a "by" case marker makes an agent) and the words around the dependent.
 */
export function labelFeatures(st: State, c: SentenceCodes, head: number, dep: number, out: Int32Array): number {
  const { words: W, tags: P, clusters: C } = c;
  const L = st.labels;
  const dir = dep < head ? 1 : 2;
  const hw = W[head]!, hp = P[head]!, dw = W[dep]!, dp = P[dep]!;
  const dist = distanceBucket(Math.abs(head - dep));
  const hl = mix2(0, st.leftLabels[head]!, st.rightLabels[head]!);
  const dl = st.left1[dep]!;
  const dr = st.right1[dep]!;
  let k = 0;
  out[k++] = mix1(101, dir);
  out[k++] = mix2(102, hp, dir); out[k++] = mix2(103, dp, dir);
  out[k++] = mix3(104, hp, dp, dir); out[k++] = mix3(105, hw, dp, dir); out[k++] = mix3(106, hp, dw, dir);
  out[k++] = mix3(107, hw, dw, dir); out[k++] = mix2(108, dw, dir); out[k++] = mix2(109, hw, dir);
  out[k++] = mix3(110, hp, dp, dist * 3 + dir);
  out[k++] = mix3(111, hp, dir, hl); out[k++] = mix3(112, dp, dir, hl);
  out[k++] = mix3(113, dp, dir, st.leftLabels[dep]!); out[k++] = mix3(114, dp, dir, st.rightLabels[dep]!);
  out[k++] = mix3(115, dp, get(W, dl), get(P, dl)); out[k++] = mix3(116, dp, get(W, dr), get(P, dr));
  out[k++] = mix3(117, dp, get(P, dep - 1), get(P, dep + 1 <= st.n ? dep + 1 : -1));
  out[k++] = mix3(118, hp, dp, get(L, head));
  out[k++] = mix2(119, get(L, head), dir);
  out[k++] = mix3(120, hp, get(W, dl), dir);
  out[k++] = mix3(121, C[head]!, dp, dir); out[k++] = mix3(122, hp, C[dep]!, dir);
  out[k++] = mix3(123, hp, dp, st.leftCount[dep]! * 8 + st.rightCount[dep]!);
  out[k++] = mix3(124, hw, get(W, dl), dir);
  out[k++] = mix3(125, dw, get(W, dl), dir);
  out[k++] = mix3(126, hp, dp, get(W, dl));
  out[k++] = mix3(127, dp, dir, dep === 0 ? 1 : 0);
  out[k++] = mix3(128, hp, get(P, head - 1), get(P, head + 1 <= st.n ? head + 1 : -1));
  return k;
}

const labelFeats = new Int32Array(MAX_LABEL_FEATURES);

/** Label id (1-based) the labeller gives the arc head → dep in state `st`. */
export function bestLabel(labeller: Scorer, st: State, c: SentenceCodes, head: number, dep: number, scores: Float32Array): number {
  const n = labelFeatures(st, c, head, dep, labelFeats);
  labeller.score(labelFeats, n, scores);
  let best = 0;
  for (let k = 1; k < labeller.classes; k++) if (scores[k]! > scores[best]!) best = k;
  return best + 1;
}
