/**
 * A single unknown capitalized word that context could not type ("Direct engagements…", "Strong economic
 * measures" in garbled Title Case) is far more often a common word than a name: it is dropped. Acronyms
 * ("IRIA") and anything typed person, place or organization stay.
 */
import type { EntityRefiner } from '../context.ts';

export const dropLoneWords: EntityRefiner = {
  name: 'drop-lone-words',
  refine(_ctx, candidates) {
    return candidates.filter((c) => !(c.via === 'capitalization' && c.type === 'other' && !/\s/.test(c.name) && !/^\p{Lu}{2,}$/u.test(c.name)));
  },
};
