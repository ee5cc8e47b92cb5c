/**
 * Fuzzy parts of a period written before it: "early next year" → next year with mod START, "mid-November",
 * "late yesterday", "the end of 1990", "earlier this month". The words join the span; the value keeps the
 * period's granularity (TIMEX3 puts the vagueness in `mod`).
 */
import { alternation, lexicon, norm } from '../lexicon.ts';
import type { Refiner } from '../types.ts';

const PREFIX = new RegExp(`(?<![\\w-])(${alternation(Object.keys(lexicon.fuzzy))})(?:\\s+|-)$`, 'i');

export const fuzzy: Refiner = {
  name: 'fuzzy',
  refine(candidates, ctx) {
    return candidates.map((c) => {
      if ((c.type !== 'DATE' && c.type !== 'TIME') || c.granularity === 'ref' || c.parser === 'offset') return c;
      const before = ctx.text.slice(Math.max(0, c.start - 30), c.start);
      const m = PREFIX.exec(before);
      if (!m) return c;
      const mod = lexicon.fuzzy[norm(m[1]!)];
      return { ...c, start: c.start - m[0].length, ...(mod && c.granularity !== 'day' ? { mod } : {}) };
    });
  },
};
