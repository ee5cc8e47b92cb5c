/**
 * The model's file format: small and quick to load. Layout: "SLEV" magic, a uint32 length and a JSON header
 * (format version, feature config, threshold, feature count), a uint32 length and the feature names as UTF-8
 * joined by "\n", then one little-endian float32 weight per name. Float32 loses nothing that matters: the
 * threshold is tuned on the stored weights.
 */
import type { EventModel, FeatureConfig } from './types.ts';

const MAGIC = 'SLEV';
const VERSION = 1;

interface Header {
  version: number;
  config: FeatureConfig;
  threshold: number;
  count: number;
}

export function encodeModel(model: EventModel): Uint8Array {
  const names = [...model.weights.keys()].sort();
  const header: Header = { version: VERSION, config: model.config, threshold: model.threshold, count: names.length };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const table = Buffer.from(names.join('\n'), 'utf8');
  const weights = Buffer.alloc(names.length * 4);
  names.forEach((name, i) => weights.writeFloatLE(model.weights.get(name)!, i * 4));
  return Buffer.concat([Buffer.from(MAGIC, 'ascii'), u32(head.length), head, u32(table.length), table, weights]);
}

export function decodeModel(bytes: Uint8Array): EventModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('ascii', 0, 4) !== MAGIC) throw new Error('not an event-detection model (bad magic)');
  let at = 4;
  const headLength = buf.readUInt32LE(at);
  const header = JSON.parse(buf.toString('utf8', at + 4, at + 4 + headLength)) as Header;
  if (header.version !== VERSION) throw new Error(`event model format ${header.version}, expected ${VERSION}`);
  at += 4 + headLength;
  const tableLength = buf.readUInt32LE(at);
  const names = header.count === 0 ? [] : buf.toString('utf8', at + 4, at + 4 + tableLength).split('\n');
  at += 4 + tableLength;
  if (names.length !== header.count || buf.length !== at + names.length * 4) throw new Error('event model file is truncated');
  const weights = new Map<string, number>();
  names.forEach((name, i) => weights.set(name, buf.readFloatLE(at + i * 4)));
  return { config: header.config, threshold: header.threshold, weights };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
