/**
 * Tagger features (after Collins 2002 and Ratnaparkhi 1996): the word, its affixes and shape, its
 * ambiguity class, two words either side, and the two tags already chosen to its left.
 */
import { hashString, mix1, mix2, mix3 } from './hash.ts';
import { affixHash, formId, normalize, shapeHash, type Lexicon } from './lexicon.ts';

/** Per-token values computed once per sentence; index 0..n-1, out-of-range reads give 0. */
export interface WordContext {
  n: number;
  ids: Int32Array;
  shapes: Int32Array;
  masks: Int32Array;
  /** suffixes 1..4 then prefixes 1..3, 7 per token. */
  affixes: Int32Array;
  /** Distributional class (coarse * 1024 + fine), 1 for words without one. */
  clusters: Int32Array;
  /** Case-sensitive form hash ("Apple" against "apple"), 0 for over-long tokens. */
  forms: Int32Array;
}

export const MAX_TAGGER_FEATURES = 48;

export function wordContext(lexicon: Lexicon, clusters: Map<string, number>, words: readonly string[]): WordContext {
  const n = words.length;
  const ctx: WordContext = {
    n,
    ids: new Int32Array(n),
    shapes: new Int32Array(n),
    masks: new Int32Array(n),
    affixes: new Int32Array(n * 7),
    clusters: new Int32Array(n),
    forms: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    const form = normalize(word);
    const id = formId(lexicon, form);
    ctx.ids[i] = id;
    ctx.shapes[i] = shapeHash(word);
    ctx.masks[i] = lexicon.tagMasks[id] ?? 0;
    ctx.clusters[i] = clusterOf(clusters, form);
    ctx.forms[i] = word.length > 40 ? 0 : hashString(word);
    // Only the ends of a long token matter for its affixes; lower-casing all of it would be wasted.
    const lower = (word.length > 12 ? word.slice(0, 4) + word.slice(-6) : word).toLowerCase();
    for (let k = 0; k < 4; k++) ctx.affixes[i * 7 + k] = affixHash(lower, k + 1, false);
    for (let k = 0; k < 3; k++) ctx.affixes[i * 7 + 4 + k] = affixHash(lower, k + 1, true);
  }
  return ctx;
}

/** Class of a normalized form: 0 without classes, 1 for a form that has none. */
export function clusterOf(clusters: Map<string, number>, form: string): number {
  if (clusters.size === 0) return 0;
  return form === '' ? 1 : (clusters.get(form) ?? 1);
}

function at(a: Int32Array, i: number, edge: number): number {
  return i < 0 ? edge : i >= a.length ? edge + 1 : a[i]!;
}

/** Writes the features of token `i` (given the tags p1, p2 before it, 1-based, 0 = none) into `out`. */
export function taggerFeatures(ctx: WordContext, i: number, p1: number, p2: number, out: Int32Array): number {
  const { ids, shapes, masks, affixes } = ctx;
  const w = ids[i]!;
  const wp = at(ids, i - 1, -10);
  const wn = at(ids, i + 1, -10);
  const m = masks[i]!;
  const mn = at(masks, i + 1, -10);
  const a = i * 7;
  let k = 0;
  out[k++] = mix1(1, 0);
  out[k++] = mix1(2, w);
  out[k++] = mix1(3, shapes[i]!);
  for (let j = 0; j < 7; j++) out[k++] = mix1(4 + j, affixes[a + j]!);
  out[k++] = mix1(11, m);
  out[k++] = mix1(12, p1);
  out[k++] = mix2(13, p1, p2);
  out[k++] = mix2(14, p1, w);
  out[k++] = mix1(15, wp);
  out[k++] = mix1(16, at(ids, i - 2, -10));
  out[k++] = mix1(17, wn);
  out[k++] = mix1(18, at(ids, i + 2, -10));
  out[k++] = mix1(19, i > 0 ? affixes[a - 7 + 2]! : -1);
  out[k++] = mix1(20, i + 1 < ctx.n ? affixes[a + 7 + 2]! : -1);
  out[k++] = mix1(21, at(shapes, i + 1, -10));
  out[k++] = mix1(22, at(shapes, i - 1, -10));
  out[k++] = mix1(23, at(masks, i - 1, -10));
  out[k++] = mix1(24, mn);
  out[k++] = mix2(25, w, wn);
  out[k++] = mix2(26, wp, w);
  out[k++] = mix2(27, p1, m);
  out[k++] = mix2(28, m, mn);
  out[k++] = mix1(29, p2);
  out[k++] = mix2(30, i === 0 ? 1 : 0, shapes[i]!);
  out[k++] = mix2(31, p1, wn);
  out[k++] = mix3(32, p1, m, mn);
  out[k++] = mix2(33, affixes[a + 2]!, wn);
  out[k++] = mix2(34, wp, affixes[a + 2]!);
  out[k++] = mix2(35, w, at(ids, i + 2, -10));
  const { clusters: C } = ctx;
  const c = C[i]!;
  out[k++] = mix1(36, c);
  out[k++] = mix1(37, c >> 10);
  out[k++] = mix1(38, at(C, i - 1, -10));
  out[k++] = mix1(39, at(C, i + 1, -10));
  out[k++] = mix2(40, c, p1);
  out[k++] = mix2(41, c, at(C, i + 1, -10) >> 10);
  out[k++] = mix1(42, ctx.forms[i]!);
  out[k++] = mix2(43, ctx.forms[i]!, p1);
  out[k++] = mix2(44, i > 0 ? affixes[a - 7 + 1]! : -1, affixes[a + 2]!);
  return k;
}
