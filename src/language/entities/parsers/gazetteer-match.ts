/**
 * Names the gazetteer knows, longest form first at each token ("Organization for Security and Cooperation in
 * Europe" before "Europe"). Demonyms ("Russian") are not mentions: they only qualify titles. A famous bare
 * surname needs support in the document (surname-support.ts).
 */
import { overlaps, type Candidate, type EntityParser } from '../context.ts';
import { isBareSurname, surnameLinks } from '../surname-support.ts';
import { gazetteerAt } from '../tokens.ts';

export const gazetteerMatch: EntityParser = {
  name: 'gazetteer',
  extract(ctx, taken) {
    const out: Candidate[] = [];
    const tokens = ctx.input.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const m = gazetteerAt(ctx, i);
      if (!m || taken.some((s) => overlaps(s, m))) continue;
      const e = m.form.entry;
      // An unsupported bare surname is left to the capitalization parser: someone else of that name.
      if (isBareSurname(m.form) && !surnameLinks(ctx, e, i)) continue;
      out.push({
        start: m.start,
        end: m.end,
        type: e.type,
        via: 'gazetteer',
        sentence: tokens[i]!.sentence,
        gazetteerId: e.id,
        name: e.name,
        roles: [],
        titles: [],
      });
      i = ctx.input.tokenAt(m.end) - 1;
    }
    return out;
  },
};
