/**
 * From offsets in an ECB+ text/ file (one sentence a line) to offsets in the text the pipeline analysed. The
 * cleaner keeps each line it does not drop as a paragraph of its own, unchanged, in order; it drops some (the
 * headline becomes the title, a date line becomes metadata). So lines are matched in order: a line is kept when
 * the cleaned text, after whitespace, continues with exactly that line; otherwise it was dropped, and its offsets
 * map to nothing (its gold mentions cannot be found by the pipeline).
 */
import { lastAtOrBefore } from './read.ts';

export interface LineAlignment {
  /** The cleaned-text offset of a raw offset, or null when its line is not in the cleaned text. */
  map(offset: number): number | null;
  /** Raw line numbers (0-based) that are not in the cleaned text. */
  dropped: number[];
}

export function alignLines(raw: string, cleaned: string): LineAlignment {
  const shift = new Map<number, number>(); // line → cleaned offset minus raw offset
  const starts: number[] = [];
  const dropped: number[] = [];
  let cursor = 0;
  let at = 0;
  raw.split('\n').forEach((line, index) => {
    starts.push(at);
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) {
      let p = cursor;
      while (p < cleaned.length && /\s/.test(cleaned[p]!)) p++;
      if (cleaned.startsWith(body, p)) {
        shift.set(index, p - (at + lead));
        cursor = p + body.length;
      } else dropped.push(index);
    }
    at += line.length + 1;
  });
  const lineOf = (offset: number) => lastAtOrBefore(starts, offset);
  return {
    map: (offset) => {
      const d = shift.get(lineOf(offset));
      return d === undefined ? null : offset + d;
    },
    dropped,
  };
}
