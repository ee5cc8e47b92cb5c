/**
 * The latest past date a document states itself ("On February 12", "January 21, 2022"): it was written on or
 * after it. Dates in sentences about plans ("talks scheduled for January 10") and dates the metadata stage
 * rejected (a scraper's header) do not count. A month and day without a year take the year of the
 * document's own full dates.
 */
import type { AnnotatedDocument, TimeExpression } from '../../model.ts';
import { loadData } from '../../data.ts';
import { isFullDate } from '../partial-date.ts';

export interface OwnDate {
  date: string;
  text: string;
}

export function latestOwnDate(doc: AnnotatedDocument): OwnDate | null {
  const rejected = new Set(doc.metadata.published.rejected.map((r) => r.date));
  const usable = doc.times.filter((t) => t.type === 'DATE' && !rejected.has(t.value) && !inFutureSentence(doc, t));
  const full = usable.filter((t) => isFullDate(t.value) && t.anchor === 'absolute');
  const year = full.length ? Math.max(...full.map((t) => Number(t.value.slice(0, 4)))) : null;
  const candidates: OwnDate[] = full.map((t) => ({ date: t.value, text: t.text }));
  if (year !== null) {
    for (const t of usable) if (/^XXXX-\d{2}-\d{2}$/.test(t.value)) candidates.push({ date: `${year}${t.value.slice(4)}`, text: t.text });
  }
  return candidates.reduce<OwnDate | null>((best, c) => (!best || c.date > best.date ? c : best), null);
}

function inFutureSentence(doc: AnnotatedDocument, t: TimeExpression): boolean {
  const s = doc.sentences[t.sentence];
  if (!s) return false;
  if (s.tense === 'future') return true;
  const text = doc.text.slice(s.start, s.end).toLowerCase();
  const cues = loadData<{ futureCues: string[] }>('resolve/date-relations.json').futureCues;
  return cues.some((c) => new RegExp(`\\b${c}\\b`).test(text));
}
