/**
 * When, relative to an event on day D, was a document written, judging by how it words the event:
 *  - it names D's weekday ("on Tuesday", "Tuesday's meeting"): written that day or in the days after, at the end
 *    of the shortest stretch of days that holds every past weekday it names (windowEnd);
 *  - a deictic word ("yesterday" → D+1, "today" → D);
 *  - nothing: it reports the event as news → D, with less confidence.
 */
import type { AnnotatedDocument, TimeExpression } from '../../model.ts';
import { loadData } from '../../data.ts';
import { addDays, weekday } from '../partial-date.ts';
import { inFutureSentence as planned } from './own-dates.ts';

interface Relations {
  deictic: { pattern: string; daysAfter: number }[];
  confidence: Record<'weekday' | 'deictic' | 'news' | 'ownDates' | 'chainFactor' | 'dateline', number>;
  /** Sentences at the top of a document whose weekdays say when it was written (its lead). */
  leadSentences: number;
}

export const relations = () => loadData<Relations>('resolve/date-relations.json');

export interface Relation {
  date: string;
  /** The words that placed it ("Tuesday", "yesterday"), or null for plain news. */
  cue: string | null;
  confidence: number;
}

/** `sentences`: indexes of the document's sentences that report the event. */
export function relate(doc: AnnotatedDocument, sentences: Set<number>, eventDate: string): Relation {
  const conf = relations().confidence;
  const isoDay = ((weekday(eventDate) + 6) % 7) + 1;
  const named = doc.times.find((t) => sentences.has(t.sentence) && t.value === `XXXX-WXX-${isoDay}`);
  if (named) return { date: windowEnd(doc, eventDate), cue: named.text, confidence: conf.weekday };
  for (const s of sentences) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const d of relations().deictic) {
      const hit = new RegExp(d.pattern, 'i').exec(text);
      if (hit) return { date: addDays(eventDate, d.daysAfter), cue: hit[0], confidence: conf.deictic };
    }
  }
  return { date: eventDate, cue: null, confidence: conf.news };
}

/**
 * A report names weekdays of the days before it was written ("on Sunday", "Monday's aftershock"), each the latest
 * such day on or before publication. Given that the event's weekday is day D, publication P is within the week
 * from D; the news convention of reporting the last few days picks the P whose named weekdays span the fewest
 * days (the earliest P on a tie): "Saturday's quake … on Sunday … on Monday" was written on the Monday, while
 * "the probe opened on Thursday, after Monday's plunge" was written on the Thursday. `beforeSentence` keeps only
 * the weekdays named before that sentence (the lead).
 */
export function windowEnd(doc: AnnotatedDocument, eventDate: string, beforeSentence = Infinity): string {
  const named = new Set(doc.times.filter((t) => t.sentence < beforeSentence && !planned(doc, t) && !lastWeek(doc, t)).flatMap((t) => /^XXXX-WXX-([1-7])(?:T|$)/.exec(t.value)?.[1] ?? []).map(Number));
  let best = { date: eventDate, span: Infinity };
  for (let k = 0; k < 7; k++) {
    const p = addDays(eventDate, k);
    const back = [...named].map((w) => (weekday(p) - (w % 7) + 7) % 7);
    const span = Math.max(k, ...back);
    if (span < best.span) best = { date: p, span };
  }
  return best.date;
}

/** "last Thursday": the Thursday of the week before, not the latest Thursday, so it bounds nothing here. */
export function lastWeek(doc: AnnotatedDocument, t: TimeExpression): boolean {
  return /^last\b/i.test(t.text) || /\blast\s+$/i.test(doc.text.slice(Math.max(0, t.start - 6), t.start));
}
