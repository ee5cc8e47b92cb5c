/**
 * Linear models over hashed features. Training uses a dense table (one row of class weights per hash
 * slot) with lazy averaging (Collins 2002; Daumé's timestamp trick), so an update costs O(features)
 * whatever the number of instances seen. Shipping keeps only the rows that matter (`compact`), with
 * int8 weights and one scale per row, read back into a slot → row index for O(1) lookups (sparse rows
 * for many classes, a packed hash table for few).
 */

export interface Scorer {
  readonly classes: number;
  /** Adds the weights of `n` feature hashes to `out[0..classes)` after zeroing it. */
  score(feats: Int32Array, n: number, out: Float32Array): void;
}

export class AveragedPerceptron implements Scorer {
  readonly classes: number;
  readonly bits: number;
  private readonly mask: number;
  private readonly w: Float32Array;
  private readonly total: Float64Array;
  private readonly stamp: Int32Array;
  private time = 0;

  constructor(bits: number, classes: number) {
    this.bits = bits;
    this.classes = classes;
    this.mask = (1 << bits) - 1;
    const size = (1 << bits) * classes;
    this.w = new Float32Array(size);
    this.total = new Float64Array(size);
    this.stamp = new Int32Array(size);
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.classes;
    out.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! & this.mask) * C;
      for (let c = 0; c < C; c++) out[c]! += this.w[base + c]!;
    }
  }

  /** One training instance has been seen (averaging counts instances, not updates). */
  tick(): void {
    this.time++;
  }

  update(feats: Int32Array, n: number, good: number, bad: number): void {
    const C = this.classes;
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! & this.mask) * C;
      this.adjust(base + good, 1);
      this.adjust(base + bad, -1);
    }
  }

  /** Adds `delta` to the weights of class `cls` for each feature (global, structured updates). */
  add(feats: Int32Array, n: number, cls: number, delta: number): void {
    const C = this.classes;
    for (let i = 0; i < n; i++) this.adjust((feats[i]! & this.mask) * C + cls, delta);
  }

  private adjust(index: number, delta: number): void {
    this.total[index]! += (this.time - this.stamp[index]!) * this.w[index]!;
    this.stamp[index] = this.time;
    this.w[index]! += delta;
  }

  /** Averaged weights, dropping rows whose largest weight is below `prune` (noise from rare features). */
  compact(prune: number): CompactWeights {
    const C = this.classes;
    const rows = 1 << this.bits;
    const t = Math.max(1, this.time);
    const slots: number[] = [];
    const values: number[] = [];
    const row = new Float32Array(C);
    for (let s = 0; s < rows; s++) {
      let max = 0;
      for (let c = 0; c < C; c++) {
        const i = s * C + c;
        const avg = (this.total[i]! + (this.time - this.stamp[i]!) * this.w[i]!) / t;
        row[c] = avg;
        max = Math.max(max, Math.abs(avg));
      }
      if (max <= prune) continue;
      slots.push(s);
      for (let c = 0; c < C; c++) values.push(row[c]!);
    }
    return quantize(this.bits, C, slots, values);
  }
}

/**
 * The rows kept, in slot order, as int8 levels with one float32 scale per row: this is exactly what
 * the model file stores, so what is evaluated after training is what the file gives back.
 */
export interface CompactWeights {
  bits: number;
  classes: number;
  slots: Uint32Array;
  scales: Float32Array;
  levels: Int8Array;
}

export function quantize(bits: number, classes: number, slots: number[], values: number[]): CompactWeights {
  const C = classes;
  const rows = slots.length;
  const scales = new Float32Array(rows);
  const levels = new Int8Array(rows * C);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(values[r * C + c]!));
    const scale = Math.fround(max / 127);
    scales[r] = scale;
    if (scale === 0) continue;
    for (let c = 0; c < C; c++) levels[r * C + c] = Math.max(-127, Math.min(127, Math.round(values[r * C + c]! / scale)));
  }
  return { bits, classes, slots: Uint32Array.from(slots), scales, levels };
}

/** Runtime scorer over compact weights; models with few classes get the faster packed layout. */
export function compactScorer(weights: CompactWeights): Scorer {
  return weights.classes <= 8 ? new PackedScorer(weights) : new CompactScorer(weights);
}

/**
 * Runtime scorer over compact weights for many classes (the tagger's tags, the labeller's relations):
 * most weights of a row are zero (nine in ten of the labeller's), so each row keeps only its non-zero
 * weights as (class, value) pairs side by side, levels turned back into floats once at load. The
 * slot table gives a row's first pair and its length in one number, so a lookup is two memory
 * accesses; the sums are exactly those of the full rows.
 */
export class CompactScorer implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  /** Slot → first pair * 64 + number of pairs (0: no row; a kept row has a non-zero weight). */
  private readonly rowOf: Int32Array;
  /** Pair j: class at 2j (`cls`), value at 2j + 1 (`values`), one buffer. */
  private readonly cls: Int32Array;
  private readonly values: Float32Array;

  constructor(weights: CompactWeights) {
    const C = weights.classes;
    const { levels, scales, slots } = weights;
    if (C > 64 || levels.length >= 2 ** 25) throw new Error('the sparse layout holds at most 64 classes and 2^25 weights');
    this.classes = C;
    this.mask = (1 << weights.bits) - 1;
    let pairs = 0;
    for (const l of levels) if (l !== 0) pairs++;
    const buffer = new ArrayBuffer(pairs * 8);
    this.cls = new Int32Array(buffer);
    this.values = new Float32Array(buffer);
    this.rowOf = new Int32Array(1 << weights.bits);
    let at = 0;
    for (let r = 0; r < slots.length; r++) {
      const first = at;
      for (let c = 0; c < C; c++) {
        const level = levels[r * C + c]!;
        if (level === 0) continue;
        this.cls[2 * at] = c;
        this.values[2 * at + 1] = level * scales[r]!;
        at++;
      }
      this.rowOf[slots[r]!] = first * 64 + (at - first);
    }
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const { cls, values, rowOf, mask } = this;
    out.fill(0, 0, this.classes);
    for (let i = 0; i < n; i++) {
      const row = rowOf[feats[i]! & mask]!;
      if (row === 0) continue;
      const first = 2 * (row >>> 6);
      const end = first + 2 * (row & 63);
      for (let j = first; j < end; j += 2) out[cls[j]!]! += values[j + 1]!;
    }
  }
}

/**
 * For few classes (the parser's four moves, scored for every beam item at every step): an
 * open-addressing table of 16-byte entries (slot + 1, the row's scale, up to eight int8 levels), four
 * to a cache line, so a lookup is one memory access. Each weight is rounded to float32 before it is
 * added, as a table of float32 weights would give it.
 */
class PackedScorer implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  private readonly capMask: number;
  private readonly keys: Int32Array;
  private readonly scales: Float32Array;
  private readonly levels: Int8Array;

  constructor(weights: CompactWeights) {
    this.classes = weights.classes;
    if (this.classes > 8) throw new Error('the packed layout holds at most 8 classes');
    this.mask = (1 << weights.bits) - 1;
    let capacity = 1;
    while (capacity < weights.slots.length * 2) capacity *= 2;
    this.capMask = capacity - 1;
    const buffer = new ArrayBuffer(capacity * 16);
    this.keys = new Int32Array(buffer);
    this.scales = new Float32Array(buffer);
    this.levels = new Int8Array(buffer);
    for (let r = 0; r < weights.slots.length; r++) this.insert(weights, r);
  }

  private insert(weights: CompactWeights, r: number): void {
    const slot = weights.slots[r]!;
    let e = slot & this.capMask;
    while (this.keys[e * 4] !== 0) e = (e + 1) & this.capMask;
    this.keys[e * 4] = slot + 1;
    this.scales[e * 4 + 1] = weights.scales[r]!;
    for (let c = 0; c < this.classes; c++) this.levels[e * 16 + 8 + c] = weights.levels[r * this.classes + c]!;
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.classes;
    const { keys, scales, levels, capMask } = this;
    out.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const key = (feats[i]! & this.mask) + 1;
      let e = (key - 1) & capMask;
      for (;;) {
        const k = keys[e * 4]!;
        if (k === key) {
          const scale = scales[e * 4 + 1]!;
          const at = e * 16 + 8;
          for (let c = 0; c < C; c++) out[c]! += Math.fround(levels[at + c]! * scale);
          break;
        }
        if (k === 0) break;
        e = (e + 1) & capMask;
      }
    }
  }
}
