/**
 * "Okafor resigned on Wednesday. The board named Whitfield as interim chief executive with immediate effect."
 * News tells a day's events in a run: a past event with no time of its own, in the sentence right after one
 * whose event is dated to a day, happened that day (the narrative's reference time carries over). The date is
 * taken with less confidence, and only for a verb trigger (what happened next, not a topic named by a noun),
 * when nothing in the sentence names a time of its own (a "since 2003" or "last year" means the sentence has
 * moved to another time), outside quotes, and for what occurred.
 */
import type { DocContext } from '../context.ts';
import type { Candidate, EventRefiner } from '../types.ts';

/** Confidence kept from the carried date. */
const CARRY = 0.6;

export const narrativeDate: EventRefiner = {
  name: 'narrative-date',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => {
      // A verb tells the next step; a noun ("NATO's deployment") is more often a topic than a new happening.
      if (c.date || c.nominal || c.status !== 'occurred' || c.type === 'generic' || ctx.quoted(c.trigger.start)) return c;
      const sentence = ctx.doc.sentences[c.sentence]!;
      if (sentence.tense !== 'past' || ctx.doc.times.some((t) => t.sentence === c.sentence)) return c;
      // Only a day the previous sentence states itself: not one it inherited or took from the story's disaster.
      const stated = (p: Candidate) => ctx.doc.times.some((t) => t.id === p.date!.time && t.sentence === p.sentence);
      const previous = candidates.filter((p) => p.sentence === c.sentence - 1 && p.status === 'occurred' && p.date && /^\d{4}-\d{2}-\d{2}$/.test(p.date.value) && stated(p));
      const days = new Set(previous.map((p) => p.date!.value));
      if (days.size !== 1) return c;
      const from = previous[0]!.date!;
      return { ...c, date: { value: from.value, time: from.time, confidence: Math.round(from.confidence * CARRY * 100) / 100 } };
    });
  },
};
