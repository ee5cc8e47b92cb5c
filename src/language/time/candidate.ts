/** Helpers shared by the parsers: spans from regex matches, and DCT-relative values that degrade when undated. */
import type { TimexType } from '../../model.ts';
import type { Candidate, TimeContext } from './types.ts';

/**
 * The span of a match: its named group `t` when the pattern has one (context words such as "on" or "for" are
 * matched but left out of the expression), else the whole match.
 */
export function spanOf(match: RegExpExecArray): { start: number; end: number } {
  const t = match.indices?.groups?.['t'];
  if (t) return { start: t[0], end: t[1] };
  return { start: match.index, end: match.index + match[0].length };
}

export function candidate(
  match: RegExpExecArray,
  parser: string,
  type: TimexType,
  value: string,
  extra: Partial<Candidate> = {},
): Candidate {
  return { ...spanOf(match), type, value, anchor: 'absolute', confidence: 0.9, parser, ...extra };
}

/** Anchor and confidence of a value computed from the DCT; with no DCT the value must be left unresolved. */
export function relative(ctx: TimeContext, confidence = 0.8): Pick<Candidate, 'anchor' | 'confidence'> {
  return ctx.dct ? { anchor: 'publication', confidence } : { anchor: 'none', confidence: 0.2 };
}

/** Named group text, lower-cased, or undefined. */
export function group(match: RegExpExecArray, name: string): string | undefined {
  return match.groups?.[name]?.toLowerCase().replace(/\s+/g, ' ');
}

/** Word boundaries that also treat hyphens as part of a word ("mid-June" is one unit for the fuzzy refiner). */
export const B = '(?<![\\w])';
export const E = '(?![\\w])';
