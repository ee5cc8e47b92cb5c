/** Vague references to the present, past and future: "now", "currently", "recently", "the future" (data/time/lexicon.json refs). */
import { B, E, candidate } from '../candidate.ts';
import { alternation, lexicon, norm } from '../lexicon.ts';
import type { Parser } from '../types.ts';

export const refs: Parser = {
  name: 'refs',
  pattern: new RegExp(`${B}${alternation(Object.keys(lexicon.refs))}${E}`, 'gi'),
  extract(match) {
    const value = lexicon.refs[norm(match[0])];
    return value ? candidate(match, this.name, 'DATE', value, { anchor: 'publication', confidence: 0.6, granularity: 'ref' }) : null;
  },
};
