/**
 * Distributional word classes for the tagger and the parser, learnt from unlabelled text (the EWT train
 * words and the TE3 silver newswire, tags stripped): each frequent word is described by the counts of
 * its left and right neighbours among the most frequent words, and spherical k-means (seeded, fixed
 * iterations) groups words used alike. A coarse and a fine clustering give two ids per word
 * (coarse * 1024 + fine), which lets features back off from words to classes (after Koo et al. 2008,
 * with k-means standing in for Brown clustering).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalize } from '../../src/language/syntax/lexicon.ts';
import { seededRandom } from '../../src/random.ts';

const CONTEXTS = 150;
const MAX_WORDS = 25_000;
const MIN_COUNT = 3;

const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/**
 * Splits text into UD-like tokens: runs of letters and digits (with inner "-", ".", "," and "'" as in
 * "100-share", "1,200", "U.S"), other characters alone, "n't" and "'s"-style clitics apart.
 */
export function roughTokens(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const flush = (end: number): void => {
    if (start >= 0) pushWord(text.slice(start, end), out);
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) {
      if (start < 0) start = i;
    } else if (start >= 0 && (c === 39 || c === 45 || c === 46 || c === 44) && isAlnum(text.charCodeAt(i + 1))) {
      continue;
    } else {
      flush(i);
      if (c > 32) out.push(text[i]!);
    }
  }
  flush(text.length);
  return out;
}

function pushWord(word: string, out: string[]): void {
  const lower = word.toLowerCase();
  const q = word.lastIndexOf("'");
  if (lower.endsWith("n't") && word.length > 3) out.push(word.slice(0, -3), word.slice(-3));
  else if (q > 0 && CLITICS.has(lower.slice(q))) out.push(word.slice(0, q), word.slice(q));
  else out.push(word);
}

export function corpusSentences(ewtWords: string[][], newswireDir: string): string[][] {
  const out = ewtWords.slice();
  for (const file of readdirSync(newswireDir).sort()) {
    const xml = readFileSync(path.join(newswireDir, file), 'utf8');
    const start = xml.indexOf('<TEXT>');
    const end = xml.indexOf('</TEXT>');
    if (start < 0 || end < 0) continue;
    const text = xml.slice(start + 6, end).replace(/<[^<>]*>/g, '');
    for (const para of text.split('\n')) if (para.trim()) out.push(roughTokens(para));
  }
  return out;
}

export function learnClusters(sentences: string[][], coarseK: number, fineK: number, seed: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(normalize(w), (counts.get(normalize(w)) ?? 0) + 1);
  const ranked = [...counts].filter(([w, n]) => w !== '' && n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, MAX_WORDS).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const vectors = contextVectors(sentences, index, vocab.length);
  const coarse = kmeans(vectors, coarseK, seed, 12);
  const fine = kmeans(vectors, fineK, seed + 1, 12);
  return new Map(vocab.map((w, i) => [w, 2 + coarse[i]! * 1024 + fine[i]!]));
}

interface Sparse {
  dims: Int32Array;
  values: Float32Array;
}

/** L2-normalized vectors of sqrt counts over 2 × (CONTEXTS + 1) dimensions (left, right; +other), sparse. */
function contextVectors(sentences: string[][], index: Map<string, number>, n: number): Sparse[] {
  const counts = Array.from({ length: n }, () => new Map<number, number>());
  for (const s of sentences) {
    const ids = s.map((w) => index.get(normalize(w)) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < 0) continue;
      const left = i > 0 ? ids[i - 1]! : -1;
      const right = i + 1 < ids.length ? ids[i + 1]! : -1;
      const l = left >= 0 && left < CONTEXTS ? left : CONTEXTS;
      const r = CONTEXTS + 1 + (right >= 0 && right < CONTEXTS ? right : CONTEXTS);
      const m = counts[id]!;
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  return counts.map((m) => {
    const dims = Int32Array.from([...m.keys()].sort((a, b) => a - b));
    const values = Float32Array.from(dims, (d) => Math.sqrt(m.get(d)!));
    const norm = Math.sqrt(values.reduce((a, v) => a + v * v, 0)) || 1;
    for (let i = 0; i < values.length; i++) values[i]! /= norm;
    return { dims, values };
  });
}

/** Spherical k-means: assign by largest cosine, recompute normalized means; seeded initial centres. */
function kmeans(vectors: Sparse[], k: number, seed: number, iterations: number): Int32Array {
  const D = 2 * (CONTEXTS + 1);
  const random = seededRandom(seed);
  const centres = Array.from({ length: k }, () => densify(vectors[Math.floor(random() * vectors.length)]!, D));
  const assign = new Int32Array(vectors.length);
  for (let it = 0; it < iterations; it++) {
    vectors.forEach((v, i) => {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const centre = centres[c]!;
        let dot = 0;
        for (let j = 0; j < v.dims.length; j++) dot += v.values[j]! * centre[v.dims[j]!]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[i] = best;
    });
    for (const c of centres) c.fill(0);
    vectors.forEach((v, i) => {
      const centre = centres[assign[i]!]!;
      for (let j = 0; j < v.dims.length; j++) centre[v.dims[j]!]! += v.values[j]!;
    });
    for (const c of centres) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += c[d]! * c[d]!;
      if (norm === 0) c.set(densify(vectors[Math.floor(random() * vectors.length)]!, D));
      else for (let d = 0; d < D; d++) c[d]! /= Math.sqrt(norm);
    }
  }
  return assign;
}

function densify(v: Sparse, D: number): Float32Array {
  const out = new Float32Array(D);
  for (let j = 0; j < v.dims.length; j++) out[v.dims[j]!] = v.values[j]!;
  return out;
}
