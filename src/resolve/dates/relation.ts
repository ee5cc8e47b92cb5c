/**
 * When, relative to an event on day D, was a document written, judging by how it words the event:
 *  - it names D's weekday ("on Tuesday", "Tuesday's meeting"): written that day or in the days after → D;
 *  - a deictic word ("yesterday" → D+1, "today" → D);
 *  - nothing: it reports the event as news → D, with less confidence.
 */
import type { AnnotatedDocument } from '../../model.ts';
import { loadData } from '../../data.ts';
import { addDays, weekday } from '../partial-date.ts';

interface Relations {
  deictic: { pattern: string; daysAfter: number }[];
  confidence: Record<'weekday' | 'deictic' | 'news' | 'ownDates' | 'chainFactor', number>;
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
  if (named) return { date: eventDate, cue: named.text, confidence: conf.weekday };
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
