/** Decades and centuries: "the 1990s" → 199, "the '90s", "the mid-1980s" (mod by the fuzzy refiner), "the 20th century" → 19. */
import { B, E, candidate, group } from '../candidate.ts';
import { lexicon } from '../lexicon.ts';
import type { Parser } from '../types.ts';

/** "the nineties": decades of the twentieth century, the one news of the period means. */
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

export const decade: Parser = {
  name: 'decade',
  pattern: new RegExp(
    `${B}(?:the\\s+)?(?:(?<cent>\\d{2})(?<dec>\\d)0'?s|'(?<short>\\d)0s|(?<=\\bthe\\s+)(?:nineteen[\\s-]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<ord>\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+century)${E}`,
    'g',
  ),
  extract(match) {
    const g = match.groups!;
    if (g['cent']) return candidate(match, this.name, 'DATE', `${g['cent']}${g['dec']}`, { granularity: 'decade', confidence: 0.9 });
    if (g['word']) return candidate(match, this.name, 'DATE', `19${DECADE_WORDS.indexOf(g['word'].toLowerCase()) + 2}`, { granularity: 'decade', confidence: 0.6 });
    if (g['short']) return candidate(match, this.name, 'DATE', `19${g['short']}`, { granularity: 'decade', confidence: 0.6 });
    const ord = group(match, 'ord')!;
    const n = lexicon.ordinals[ord] ?? (/^\d/.test(ord) ? parseInt(ord, 10) : undefined);
    if (!n) return null;
    return candidate(match, this.name, 'DATE', String(n - 1).padStart(2, '0'), { granularity: 'century', confidence: 0.85 });
  },
};
