/**
 * Durations: "50 minutes", "for 50 minutes", "50-minute", "two hours and one minute", "about one hour",
 * "a bit over an hour", "three years", "the last two years", "the past 18 months", "the first nine months",
 * "a minute and a half", "three and a half hours", "several years" (PXY). Approximation words are kept in the span and set `mod`.
 * "Three years ago" is a date: the offset parser's longer match wins in the overlap refiner.
 */
import { B, E, candidate, group } from '../candidate.ts';
import { NUMBER, UNIT, alternation, lexicon, norm, numberOf, unitOf } from '../lexicon.ts';
import { durationValue } from '../resolve.ts';
import type { Parser } from '../types.ts';

const APPROX = alternation(Object.keys(lexicon.approx));
/** "two hours", "50-minute", "three and a half hours" (the half inside the number). */
const PART = `${NUMBER}(?:\\s+and\\s+a\\s+half)?[\\s-]+${UNIT}`;
const FRAME = '(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:(?:last|past|next|first|previous|coming|latest|final|initial|following|remaining|same|entire|full)\\s+)';

export const duration: Parser = {
  name: 'duration',
  pattern: new RegExp(
    `${B}(?:(?<approx>${APPROX})\\s+)?(?<frame>${FRAME})?(?<parts>${PART}(?:(?:,\\s*|\\s+and\\s+)${PART})*)(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?${E}` +
      `|(?<=\\bfor\\s+)(?<vague>years|months|weeks|days|hours|decades|minutes)${E}`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    if (g['vague']) return candidate(match, this.name, 'DURATION', durationValue([['X', unitOf(g['vague'])!]]), { anchor: 'none', confidence: 0.6 });
    const parts: [number | 'X', string][] = [];
    for (const m of g['parts']!.matchAll(new RegExp(`(?<n>${NUMBER})(?<h>\\s+and\\s+a\\s+half)?[\\s-]+(?<u>${UNIT})`, 'gi'))) {
      const unit = unitOf(m.groups!['u']!);
      const whole = numberOf(m.groups!['n']!);
      const n = m.groups!['h'] && typeof whole === 'number' ? whole + 0.5 : whole;
      // "the 1988 quarter" is a year, "three-quarters of its food" a share.
      if (!unit || (typeof n === 'number' && n >= 1000) || (unit === 'Q' && /^\s+of\b/.test(match.input.slice(match.index + match[0].length)))) return null;
      parts.push([n, unit]);
    }
    if (parts.length === 0) return null;
    if (g['half']) {
      const last = parts[parts.length - 1]!;
      if (last[0] !== 'X') parts[parts.length - 1] = [last[0] + 0.5, last[1]];
    }
    // Before "the last two years", "over"/"around" is a preposition, not an approximation: left out of the span.
    const frame = match.indices?.groups?.['frame'];
    const preposition = frame && /^the\s/i.test(group(match, 'frame') ?? '');
    const approx = preposition ? undefined : group(match, 'approx');
    const mod = approx ? lexicon.approx[norm(approx)] : undefined;
    const span = preposition ? { start: frame[0] } : {};
    return candidate(match, this.name, 'DURATION', durationValue(parts), { anchor: 'none', confidence: 0.85, ...span, ...(mod ? { mod } : {}) });
  },
};
