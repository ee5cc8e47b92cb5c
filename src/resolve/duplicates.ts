/**
 * Duplicate detection. Exact copies share a hash of their normalised words. Near copies (syndicated wire stories
 * with another headline, a trimmed ending, an added paragraph) are found with MinHash over word shingles and LSH
 * banding, so only documents that collide in some band are ever compared (linear in the corpus, not quadratic);
 * each candidate pair is then confirmed on the exact shingle sets.
 */
import { createHash } from 'node:crypto';
import type { DuplicateGroup, PartialDate } from '../model.ts';

export interface DuplicateOptions {
  /** Minimum similarity (exact shingle containment or Jaccard) for a near-duplicate; default 0.5. */
  threshold?: number;
  /** Words per shingle; default 5. */
  shingle?: number;
}

interface Doc {
  id: string;
  text: string;
  published?: PartialDate | null;
}

const BANDS = 32;
const ROWS = 4; // 32 bands × 4 rows: pairs with Jaccard ≥ ~0.42 collide in some band with high probability.
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

export function findDuplicates(docs: Doc[], options: DuplicateOptions = {}): DuplicateGroup[] {
  const threshold = options.threshold ?? 0.5;
  const k = options.shingle ?? 5;
  const words = docs.map((d) => normalizedWords(d.text));
  const sets = words.map((w) => shingles(w, k));
  const groups = new UnionFind(docs.length);
  const edgeScore = new Map<number, number>();
  // A group's similarity is its weakest confirmed link.
  const link = (a: number, b: number, score: number) => {
    const weakest = Math.min(edgeScore.get(groups.find(a)) ?? 1, edgeScore.get(groups.find(b)) ?? 1, score);
    groups.union(a, b);
    edgeScore.set(groups.find(a), weakest);
  };

  const byHash = new Map<string, number>();
  words.forEach((w, i) => {
    if (w.length === 0) return;
    const h = createHash('sha1').update(w.join(' ')).digest('hex');
    const first = byHash.get(h);
    if (first === undefined) byHash.set(h, i);
    else link(first, i, 1);
  });

  forEachCandidatePair(sets, (a, b) => {
    if (groups.find(a) === groups.find(b)) return false;
    const score = similarity(sets[a]!, sets[b]!);
    if (score >= threshold) link(a, b, score);
    return true;
  });
  return collect(docs, words, groups, edgeScore);
}

/**
 * A document meets at most this many earlier documents of a band's bucket, and compares at most MAX_COMPARISONS of
 * them (pairs already in one group are not compared). Thousands of copies of one story still all join (each joins
 * at its first comparison), while a bucket of thousands of documents cannot make the pass quadratic.
 */
const MAX_VISITS_PER_BAND = 256;
const MAX_COMPARISONS_PER_BAND = 64;

/**
 * Calls `visit(earlier, later)` for documents whose MinHash signatures agree on every row of at least one band,
 * as each document arrives (no list of all pairs is ever held: 6,000 copies would be 18 million pairs).
 * `visit` returns whether it compared the pair (false: already grouped, free).
 */
function forEachCandidatePair(sets: Set<number>[], visit: (a: number, b: number) => boolean): void {
  const buckets = Array.from({ length: BANDS }, () => new Map<string, number[]>());
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const sig = signature(set);
    for (let band = 0; band < BANDS; band++) {
      const key = Array.from(sig.subarray(band * ROWS, (band + 1) * ROWS)).join(',');
      const bucket = buckets[band]!.get(key);
      if (!bucket) {
        buckets[band]!.set(key, [i]);
        continue;
      }
      let compared = 0;
      for (let k = 0; k < bucket.length && k < MAX_VISITS_PER_BAND; k++) {
        if (visit(bucket[k]!, i) && ++compared >= MAX_COMPARISONS_PER_BAND) break;
      }
      bucket.push(i);
    }
  });
}

function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Shared shingles over the smaller set: a copy cut short or padded with extra paragraphs is still a copy. */
function similarity(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return round(shared / small.size);
}

function collect(docs: Doc[], words: string[][], groups: UnionFind, edgeScore: Map<number, number>): DuplicateGroup[] {
  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const out: DuplicateGroup[] = [];
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    const first = words[list[0]!]!.join(' ');
    const exact = list.every((i) => words[i]!.join(' ') === first);
    const rep = [...list].sort((a, b) => compareRepresentative(docs[a]!, docs[b]!, words[a]!.length, words[b]!.length) || a - b)[0]!;
    out.push({ representative: docs[rep]!.id, members: list.map((i) => docs[i]!.id), kind: exact ? 'exact' : 'near', similarity: exact ? 1 : (edgeScore.get(root) ?? 1) });
  }
  return out;
}

/** The earliest dated copy first (the original); then the most complete (longest). */
function compareRepresentative(a: Doc, b: Doc, aWords: number, bWords: number): number {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? -1 : 1;
  if (a.published && !b.published) return -1;
  if (b.published && !a.published) return 1;
  return bWords - aWords;
}

function normalizedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(words: string[], k: number): Set<number> {
  const set = new Set<number>();
  if (words.length < k) return set;
  for (let i = 0; i + k <= words.length; i++) set.add(hashString(words.slice(i, i + k).join(' ')));
  return set;
}

/** FNV-1a, 32 bits: cheap and good enough to identify shingles. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijective 32-bit mixer, one per permutation seed. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
