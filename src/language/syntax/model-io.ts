/**
 * Binary model files: "SLX1", a JSON header (vocabulary, labels, table shapes), then per weight table
 * its kept slots (delta varints, since they are sorted), the float32 scale of each row, then the int8
 * levels of all rows; the whole gzipped. The values read back equal the quantized values trained
 * models are evaluated with, bit for bit.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import type { CompactWeights } from './perceptron.ts';

const MAGIC = 'SLX1';

export interface ModelFile {
  meta: Record<string, unknown>;
  weights: CompactWeights[];
}

export function encodeModel(model: ModelFile): Uint8Array {
  const shapes = model.weights.map((w) => ({ bits: w.bits, classes: w.classes, rows: w.slots.length }));
  const header = new TextEncoder().encode(JSON.stringify({ ...model.meta, tables: shapes }));
  const parts: Uint8Array[] = [new TextEncoder().encode(MAGIC), u32(header.length), header];
  for (const w of model.weights) parts.push(encodeSlots(w.slots), encodeRows(w));
  return gzipSync(concat(parts), { level: 9 });
}

export function decodeModel(bytes: Uint8Array): ModelFile {
  const data = gunzipSync(bytes);
  if (new TextDecoder().decode(data.subarray(0, 4)) !== MAGIC) throw new Error('not a Storyline syntax model');
  const headerLength = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(data.subarray(8, 8 + headerLength))) as Record<string, unknown>;
  const shapes = meta.tables as { bits: number; classes: number; rows: number }[];
  delete meta.tables;
  const cursor = { at: 8 + headerLength };
  const weights = shapes.map((shape) => {
    const slots = decodeSlots(data, cursor, shape.rows);
    const { scales, levels } = decodeRows(data, cursor, shape.rows, shape.classes);
    return { bits: shape.bits, classes: shape.classes, slots, scales, levels };
  });
  return { meta, weights };
}

export function writeModel(file: string, model: ModelFile): number {
  const bytes = encodeModel(model);
  writeFileSync(file, bytes);
  return bytes.length;
}

export function readModel(file: string): ModelFile {
  return decodeModel(readFileSync(file));
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

function encodeSlots(slots: Uint32Array): Uint8Array {
  const out = new Uint8Array(slots.length * 5);
  let at = 0;
  let previous = 0;
  for (const slot of slots) {
    let delta = slot - previous;
    previous = slot;
    while (delta >= 0x80) {
      out[at++] = (delta & 0x7f) | 0x80;
      delta >>>= 7;
    }
    out[at++] = delta;
  }
  return out.subarray(0, at);
}

function decodeSlots(data: Uint8Array, cursor: { at: number }, rows: number): Uint32Array {
  const slots = new Uint32Array(rows);
  let previous = 0;
  for (let r = 0; r < rows; r++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = data[cursor.at++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    previous += delta;
    slots[r] = previous;
  }
  return slots;
}

/** All row scales (float32, little-endian) then all int8 levels: both read back as plain copies. */
function encodeRows(w: CompactWeights): Uint8Array {
  const scales = new Uint8Array(w.scales.length * 4);
  const view = new DataView(scales.buffer);
  w.scales.forEach((x, i) => view.setFloat32(i * 4, x, true));
  return concat([scales, new Uint8Array(w.levels.buffer, w.levels.byteOffset, w.levels.byteLength)]);
}

function decodeRows(data: Uint8Array, cursor: { at: number }, rows: number, C: number): { scales: Float32Array; levels: Int8Array } {
  const view = new DataView(data.buffer, data.byteOffset + cursor.at, rows * 4);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) scales[r] = view.getFloat32(r * 4, true);
  cursor.at += rows * 4;
  // A view on the freshly decompressed bytes (int8 needs no alignment), so nothing is copied.
  const levels = new Int8Array(data.buffer, data.byteOffset + cursor.at, rows * C);
  cursor.at += rows * C;
  return { scales, levels };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
