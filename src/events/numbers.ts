/** Reads a number written in digits ("1,200", "6.4", "68.7 billion") or words ("two", "two million") at a token. */
import type { DocContext } from './context.ts';
import { quantityTables } from './cues.ts';

export interface NumberRead {
  value: number;
  /** One past the last token of the number. */
  end: number;
}

export function readNumber(ctx: DocContext, i: number): NumberRead | null {
  const tables = quantityTables();
  const w = ctx.word(i);
  let value: number | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(w)) value = Number(w.replace(/,/g, ''));
  else if (ctx.doc.tokens[i]?.pos === 'NUM' && w in tables.numberWords) value = tables.numberWords[w];
  if (value === undefined || !Number.isFinite(value)) return null;
  // "No one was hurt", "none were killed": a count of zero, not of one.
  if (value === 1 && w === 'one' && ['no', 'not'].includes(ctx.word(i - 1))) return { value: 0, end: i + 1 };
  let end = i + 1;
  const multiplier = tables.multipliers[ctx.word(end)];
  if (multiplier && ctx.doc.tokens[end]?.sentence === ctx.doc.tokens[i]!.sentence) {
    value *= multiplier;
    end++;
  }
  return { value, end };
}
