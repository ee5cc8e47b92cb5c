/** Decades and centuries: "the 1990s" → 199, "the '90s", "the mid-1980s" (mod by the fuzzy refiner), "the 20th century" → 19. */
import { B, E, candidate, group } from '../candidate.ts';
import { lexicon } from '../lexicon.ts';
import type { Parser } from '../types.ts';

export const decade: Parser = {
  name: 'decade',
  pattern: new RegExp(
    `${B}(?:the\\s+)?(?:(?<cent>\\d{2})(?<dec>\\d)0'?s|'(?<short>\\d)0s|(?<ord>\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+century)${E}`,
    'g',
  ),
  extract(match) {
    const g = match.groups!;
    if (g['cent']) return candidate(match, this.name, 'DATE', `${g['cent']}${g['dec']}`, { granularity: 'decade', confidence: 0.9 });
    if (g['short']) return candidate(match, this.name, 'DATE', `19${g['short']}`, { granularity: 'decade', confidence: 0.6 });
    const ord = group(match, 'ord')!;
    const n = lexicon.ordinals[ord] ?? (/^\d/.test(ord) ? parseInt(ord, 10) : undefined);
    if (!n) return null;
    return candidate(match, this.name, 'DATE', String(n - 1).padStart(2, '0'), { granularity: 'century', confidence: 0.85 });
  },
};
