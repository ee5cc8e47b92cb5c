/**
 * Vague references to the present, past and future: "now", "currently", "recently", "the future", and the
 * adjectives "current" ("current market conditions") and "recent" ("the recent sale") (data/time/lexicon.json
 * refs). The adjectives yield to a named period ("the current quarter", "recent years" are longer matches);
 * "soon" is not a time in "as soon as the talks end" or "soon after".
 */
import { B, E, candidate } from '../candidate.ts';
import { alternation, lexicon, norm } from '../lexicon.ts';
import type { Parser } from '../types.ts';

/** "soon" used as part of a conjunction or of "soon after X", where X is the time. */
const SOON_CONJUNCTION = { before: /\bas\s+$/i, after: /^\s+(?:as|after|afterwards?|thereafter)\b/i };

export const refs: Parser = {
  name: 'refs',
  pattern: new RegExp(`${B}${alternation(Object.keys(lexicon.refs))}${E}`, 'gi'),
  extract(match) {
    const value = lexicon.refs[norm(match[0])];
    if (!value) return null;
    if (/^soon$/i.test(match[0])) {
      const end = match.index + match[0].length;
      if (SOON_CONJUNCTION.before.test(match.input.slice(Math.max(0, match.index - 5), match.index)) || SOON_CONJUNCTION.after.test(match.input.slice(end, end + 15))) return null;
    }
    return candidate(match, this.name, 'DATE', value, { anchor: 'publication', confidence: 0.6, granularity: 'ref' });
  },
};
