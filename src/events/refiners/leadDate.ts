/**
 * "The army declared a state of emergency" in the lead of an article published on 1 February: news leads with
 * what just happened, so a past event of the first sentences that no time expression dates is taken to have
 * happened on the publication day, with low confidence (an explicit date from any report outweighs it when
 * reports are merged). Only for what occurred, outside quotes, in a sentence that names no time of its own
 * (a sentence with "in 2014" or "last year" has moved to another time), and only when the publication day is known.
 */
import type { DocContext } from '../context.ts';
import type { Candidate, EventRefiner } from '../types.ts';

/** The lead: how many of the first sentences (headline lines included) count. */
const LEAD_SENTENCES = 4;
/** Confidence of a date taken from the publication day. */
const CONFIDENCE = 0.3;

export const leadDate: EventRefiner = {
  name: 'lead-date',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const published = ctx.doc.metadata.published.date;
    if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return candidates;
    return candidates.map((c) => {
      if (c.date || c.sentence >= LEAD_SENTENCES || c.status !== 'occurred' || c.type === 'generic' || ctx.quoted(c.trigger.start)) return c;
      const sentence = ctx.doc.sentences[c.sentence]!;
      if (sentence.tense !== 'past' || ctx.view.timesIn(sentence).length > 0) return c;
      return { ...c, date: { value: published, time: null, confidence: CONFIDENCE } };
    });
  },
};
