/**
 * Linear models over hashed features. Training uses a dense table (one row of class weights per hash
 * slot) with lazy averaging (Collins 2002; Daumé's timestamp trick), so an update costs O(features)
 * whatever the number of instances seen. Shipping keeps only the rows that matter (`compact`), with
 * int8 weights and one scale per row, read back into a slot → row index for O(1) lookups.
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
 * Runtime scorer over compact weights: the int8 levels are turned back into floats once at load, so a
 * lookup touches two arrays (slot → row + 1, with 0 for none so the table needs no filling; then the
 * row's weights).
 */
export class CompactScorer implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  private readonly rowOf: Int32Array;
  private readonly values: Float32Array;

  constructor(weights: CompactWeights) {
    this.classes = weights.classes;
    this.mask = (1 << weights.bits) - 1;
    this.values = dequantize(weights.scales, weights.levels, weights.classes);
    this.rowOf = rowIndex(weights.slots, weights.bits, weights.classes);
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.classes;
    const values = this.values;
    out.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const base = this.rowOf[feats[i]! & this.mask]! - 1;
      if (base < 0) continue;
      for (let c = 0; c < C; c++) out[c]! += values[base + c]!;
    }
  }
}

/**
 * For few classes (the parser's four moves, scored twice per word): an open-addressing table whose
 * entries hold the slot and its weights side by side, so a lookup is one memory access, not two.
 */
class PackedScorer implements Scorer {
  readonly classes: number;
  private readonly mask: number;
  private readonly capMask: number;
  private readonly stride: number;
  private readonly keys: Int32Array;
  private readonly values: Float32Array;

  constructor(weights: CompactWeights) {
    const C = weights.classes;
    this.classes = C;
    this.mask = (1 << weights.bits) - 1;
    this.stride = C + 1;
    let capacity = 1;
    while (capacity < weights.slots.length * 2) capacity *= 2;
    this.capMask = capacity - 1;
    const buffer = new ArrayBuffer(capacity * this.stride * 4);
    this.keys = new Int32Array(buffer);
    this.values = new Float32Array(buffer);
    for (let r = 0; r < weights.slots.length; r++) this.insert(weights, r);
  }

  private insert(weights: CompactWeights, r: number): void {
    const slot = weights.slots[r]!;
    let e = slot & this.capMask;
    while (this.keys[e * this.stride] !== 0) e = (e + 1) & this.capMask;
    const at = e * this.stride;
    this.keys[at] = slot + 1;
    const scale = weights.scales[r]!;
    for (let c = 0; c < this.classes; c++) this.values[at + 1 + c] = weights.levels[r * this.classes + c]! * scale;
  }

  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.classes;
    const { keys, values, stride, capMask } = this;
    out.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const key = (feats[i]! & this.mask) + 1;
      let e = (key - 1) & capMask;
      for (;;) {
        const k = keys[e * stride]!;
        if (k === key) {
          const at = e * stride + 1;
          for (let c = 0; c < C; c++) out[c]! += values[at + c]!;
          break;
        }
        if (k === 0) break;
        e = (e + 1) & capMask;
      }
    }
  }
}

function dequantize(scales: Float32Array, levels: Int8Array, C: number): Float32Array {
  const values = new Float32Array(levels.length);
  for (let r = 0, i = 0; r < scales.length; r++) {
    const scale = scales[r]!;
    for (let c = 0; c < C; c++, i++) values[i] = levels[i]! * scale;
  }
  return values;
}

/** Slot → first value index + 1 (0: no row). */
function rowIndex(slots: Uint32Array, bits: number, C: number): Int32Array {
  const rowOf = new Int32Array(1 << bits);
  for (let r = 0; r < slots.length; r++) rowOf[slots[r]!] = r * C + 1;
  return rowOf;
}
