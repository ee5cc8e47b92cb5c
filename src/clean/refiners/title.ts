/**
 * The headline: in the header (before the first body paragraph), the line that is repeated, else the first line
 * that reads like a headline (short, no closing full stop). It leaves the text and becomes a title candidate; its
 * other copies go too. A " | Section" suffix is split off as a weak outlet candidate: it names a section or a site.
 */
import { isBreadcrumb } from '../header-words.ts';
import { bodyBounds, endsLikeSentence, isBodyParagraph, lineKey, wordCount, type Line } from '../lines.ts';

const SUFFIX = /^(.{10,}?)\s+\|\s+([^|]{2,40})$/u;

export function extractTitle(lines: Line[]): Line[] {
  const { first } = bodyBounds(lines);
  const zoneEnd = first < 0 ? Math.min(lines.length, 3) : first;
  const header = lines.slice(0, zoneEnd).filter((l) => l.removed === null && isHeadlineLike(l.text));
  if (header.length === 0) return lines;
  const counts = new Map<string, number>();
  for (const l of lines) if (l.removed === null) counts.set(lineKey(l.text), (counts.get(lineKey(l.text)) ?? 0) + 1);
  const title = header.find((l) => (counts.get(lineKey(l.text)) ?? 0) > 1) ?? header[0]!;
  const key = lineKey(title.text);
  for (const l of lines) {
    if (l !== title && l.removed === null && lineKey(l.text) === key && !isBodyParagraph(l.text)) l.removed = 'duplicate-title';
  }
  title.removed = 'title';
  const suffix = SUFFIX.exec(title.text);
  if (suffix) {
    title.candidates.push({ field: 'title', value: suffix[1]!.trim(), origin: 'title-line' });
    title.candidates.push({ field: 'outlet', value: suffix[2]!.trim(), origin: 'title-suffix' });
  } else title.candidates.push({ field: 'title', value: title.text, origin: 'title-line' });
  return lines;
}

function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (isBreadcrumb(text) || isDateStamp(text)) return false;
  return words >= 3 && words <= 30 && (!endsLikeSentence(text) || text.endsWith('?')) && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

/** "Posted 11/02/2019 06:12", "Monday 3 March 2025 · 21:48": a scraper's date stamp is not a headline. */
function isDateStamp(text: string): boolean {
  return /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b/.test(text) && wordCount(text) <= 8;
}
