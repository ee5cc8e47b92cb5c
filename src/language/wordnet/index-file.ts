/**
 * Looks a lemma up in an index.<pos> file by binary search over its bytes. The files are sorted by lemma in byte
 * order (checked by a test), so nothing is parsed or kept beyond the file's own buffer.
 */
import { BoundedCache } from './cache.ts';
import { indexBuffer } from './files.ts';
import type { WnPos } from './types.ts';

export interface IndexEntry {
  lemma: string;
  /** Synset offsets in WordNet's sense order, most frequent first. */
  offsets: number[];
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Start of the line that contains byte `at`. */
function lineStart(buffer: Buffer, at: number): number {
  let start = at;
  while (start > 0 && buffer[start - 1] !== NEWLINE) start--;
  return start;
}

function lineEnd(buffer: Buffer, start: number): number {
  const end = buffer.indexOf(NEWLINE, start);
  return end < 0 ? buffer.length : end;
}

/** The license header's lines start with a space; the entries begin after them. */
function firstEntry(buffer: Buffer): number {
  let start = 0;
  while (start < buffer.length && buffer[start] === SPACE) start = lineEnd(buffer, start) + 1;
  return start;
}

/** Compares `key` with the lemma that opens the line at `start` (the lemma ends at the first space). */
function compareLemma(buffer: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const b = buffer[start + i];
    const lineDone = b === undefined || b === SPACE || b === NEWLINE;
    if (i === key.length) return lineDone ? 0 : -1;
    if (lineDone) return 1;
    const k = key[i] as number;
    if (k !== b) return k < b ? -1 : 1;
  }
}

/** Fields of an index line: lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt [offset × synset_cnt]. */
function parseLine(line: string): IndexEntry {
  const fields = line.trimEnd().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const first = 4 + pointerCount + 2;
  const offsets = fields.slice(first, first + synsetCount).map(Number);
  return { lemma: fields[0] as string, offsets };
}

const firstEntries = new Map<WnPos, number>();

/** Entries of words looked up before, misses included (null), so that naming synsets repeats no search. */
const entries = new BoundedCache<string, IndexEntry | null>(50_000);

/** The index entry of `lemma` (already lower case, words joined by '_'), or undefined. */
export function lookupIndex(lemma: string, pos: WnPos): IndexEntry | undefined {
  if (lemma.length === 0) return undefined;
  const key = pos + lemma;
  const cached = entries.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const entry = search(lemma, pos);
  entries.set(key, entry ?? null);
  return entry;
}

function search(lemma: string, pos: WnPos): IndexEntry | undefined {
  const buffer = indexBuffer(pos);
  let low = firstEntries.get(pos);
  if (low === undefined) {
    low = firstEntry(buffer);
    firstEntries.set(pos, low);
  }
  const key = Buffer.from(lemma, 'utf8');
  let high = buffer.length;
  // Invariant: the wanted line, if any, starts in [low, high).
  while (low < high) {
    // low is always a line start, so the line around the midpoint never starts before it.
    const at = lineStart(buffer, (low + high) >>> 1);
    const cmp = compareLemma(buffer, at, key);
    if (cmp === 0) return parseLine(buffer.toString('latin1', at, lineEnd(buffer, at)));
    if (cmp < 0) high = at;
    else low = lineEnd(buffer, at) + 1;
  }
  return undefined;
}
