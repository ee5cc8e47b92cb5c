/**
 * The cleaner works on lines: scraped text puts one paragraph per line, so a line is the unit that is kept or
 * dropped. Each refiner reads and marks lines; nothing is deleted until the text is assembled.
 */
import type { MetadataField } from '../model.ts';

export interface PendingCandidate {
  field: MetadataField;
  value: string;
  /** A final origin, or "zone"/"zone-bare" to be decided from the line's position (see refiners/origins.ts). */
  origin: string;
}

export interface Line {
  text: string;
  /** Rule id that removed the line, or null while it is kept. */
  removed: string | null;
  candidates: PendingCandidate[];
}

/**
 * One line per paragraph; blank lines dropped; spaces normalised (no-break and zero-width characters included).
 * A line longer than MAX_LINE (a 10 MB line of scraped text) is read as paragraphs of at most that size, cut after
 * a sentence end where there is one: the refiners then never run their rules over one giant line again and again.
 */
export function splitLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((l) => (l.length > MAX_LINE ? paragraphsOf(l) : [l]))
    .map((l) => l.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .map((text) => ({ text, removed: null, candidates: [] }));
}

const MAX_LINE = 10_000;

function paragraphsOf(line: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (line.length - at > MAX_LINE) {
    const window = line.slice(at, at + MAX_LINE);
    const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const cut = stop > MAX_LINE / 2 ? stop + 1 : window.lastIndexOf(' ') > MAX_LINE / 2 ? window.lastIndexOf(' ') : MAX_LINE;
    out.push(line.slice(at, at + cut));
    at += cut;
  }
  out.push(line.slice(at));
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text);
}

/** A paragraph of running text: long enough and ending like a sentence. Teasers, captions and labels are not. */
export function isBodyParagraph(text: string): boolean {
  return wordCount(text) >= 12 && endsLikeSentence(text);
}

/** Case-, space- and punctuation-insensitive key, to compare lines. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function kept(lines: Line[]): Line[] {
  return lines.filter((l) => l.removed === null);
}

/** Index of the first and last kept body paragraph (-1 when none): what lies outside is header and footer. */
export function bodyBounds(lines: Line[]): { first: number; last: number } {
  let first = -1;
  let last = -1;
  lines.forEach((l, i) => {
    if (l.removed === null && isBodyParagraph(l.text)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return { first, last };
}
