/**
 * Finds directly quoted passages by their marks: curly “…” (same-kind marks nested inside count as inner
 * quotes), straight "…" (opening after a space, bracket or start of line), single curly ‘…’ at top level
 * (a ’ followed by a letter is an apostrophe, not a closing mark). A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a quote mark (newspaper convention); otherwise it
 * ends with its paragraph. Marks inside a quote of another kind (‘invasion’ inside “…”) stay in its text.
 */
import type { Span } from '../../model.ts';

export interface QuotedPassage {
  /** Offset of the opening mark and one past the closing mark (or the paragraph end when unclosed). */
  outer: Span;
  /** The quoted words of each paragraph, marks excluded. */
  parts: Span[];
}

const OPEN_AFTER = /[\s([{—–:-]/;

export function findQuotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = openingAt(text, i);
    if (!kind) {
      i++;
      continue;
    }
    const passage = readPassage(text, i, kind);
    if (passage.parts.some((p) => /\p{L}/u.test(text.slice(p.start, p.end)))) out.push(passage);
    i = Math.max(passage.outer.end, i + 1);
  }
  return out;
}

type Kind = 'curly' | 'straight' | 'single';

function openingAt(text: string, i: number): Kind | null {
  const c = text[i];
  const before = i === 0 ? ' ' : text[i - 1]!;
  if (c === '“') return 'curly';
  if (c === '"' && OPEN_AFTER.test(before) && /\S/.test(text[i + 1] ?? '')) return 'straight';
  if (c === '‘' && OPEN_AFTER.test(before) && /\p{L}/u.test(text[i + 1] ?? '')) return 'single';
  return null;
}

function isClosing(text: string, i: number, kind: Kind): boolean {
  const c = text[i];
  if (kind === 'curly') return c === '”';
  if (kind === 'straight') return c === '"';
  return c === '’' && !/\p{L}/u.test(text[i + 1] ?? '');
}

function readPassage(text: string, open: number, kind: Kind): QuotedPassage {
  const parts: Span[] = [];
  let start = open + 1;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (kind === 'curly' && text[i] === '“') depth++;
    else if (isClosing(text, i, kind)) {
      if (depth > 0 && kind === 'curly') depth--;
      else return { outer: { start: open, end: i + 1 }, parts: [...parts, { start, end: i }] };
    } else if (text[i] === '\n') {
      parts.push({ start, end: i });
      const next = nextParagraphStart(text, i);
      if (next === null || openingAt(text, next) !== kind) return { outer: { start: open, end: i }, parts };
      start = next + 1;
      i = next;
      depth = 0;
    }
  }
  return { outer: { start: open, end: text.length }, parts: [...parts, { start, end: text.length }] };
}

/** Offset of the first non-space character of the next paragraph, or null at the end of the text. */
function nextParagraphStart(text: string, newline: number): number | null {
  const m = /\S/.exec(text.slice(newline));
  return m ? newline + m.index : null;
}
