/**
 * A wire dateline opens a story with where it was filed and by whom: "CAIRO, July 7 (Reuters) –",
 * "KYIV, Ukraine (AP) —", "Ottawa [Canada], June 29 (ANI):", "June 26 (UPI) --". The place and the agency named there are not
 * actors of the story: their mentions are marked `via: "dateline"` (the place stays a location) so that the
 * event stage never takes them as participants.
 */
import type { Span } from '../../../model.ts';
import type { EntityRefiner } from '../context.ts';

/** Datelines are short: only this many characters at the start of a line are looked at (bounds the pattern's work). */
const HEAD = 120;
/**
 * Place words (one capitalized run, optionally ", Region" or "[Region]"), an optional short date, an optional
 * "(Agency)", then a dash or colon. Every repetition is bounded and the input is at most HEAD characters.
 */
const DATELINE = /^\s{0,4}(\p{Lu}[\p{L}.'’-]{1,30}(?:[ /]\p{Lu}[\p{L}.'’-]{1,30}){0,3})(?:,? ?\[[^\]\n]{1,30}\])?(?:, \p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20}){0,2})?(?:,? \p{Lu}[\p{L}]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: ?\(([^()\n]{1,40})\))? ?(?:--|[-–—:])\s/u;
/** A dateline with no place, only the day and the agency: "June 26 (UPI) --". */
const AGENCY_DATELINE = /^\s{0,4}\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})? ?\(([^()\n]{1,40})\) ?(?:--|[-–—:])\s/u;

export const dateline: EntityRefiner = {
  name: 'dateline',
  refine(ctx, candidates) {
    const spans = datelines(ctx.input.text);
    if (spans.length === 0) return candidates;
    return candidates.map((c) => (spans.some((s) => c.start >= s.start && c.end <= s.end) ? { ...c, via: 'dateline', type: c.type === 'person' ? 'location' : c.type } : c));
  },
};

/** Dateline spans at the start of the document's lines (a dateline opens the first paragraph, after headline lines). */
export function datelines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let line = 0; line < 12 && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const head = text.slice(start, Math.min(end < 0 ? text.length : end, start + HEAD));
    const m = DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head);
    if (m && isDateline(m)) out.push({ start, end: start + m[0].length });
    if (end < 0) break;
    start = end + 1;
  }
  return out;
}

/** A plain "Officials said: …" is no dateline: the place must be in capitals, or an agency must be named. */
function isDateline(m: RegExpExecArray): boolean {
  if (m.length === 2) return true; // the agency form names its agency by construction
  const place = m[1]!;
  return m[2] !== undefined || (place === place.toUpperCase() && place.length > 2);
}
