/**
 * Scrapers often print the lead (or its first clause) above the article and again as its first paragraph. When the
 * first line is repeated by a later body paragraph (the same line, or a paragraph that starts with it), the first
 * copy goes, so the body has the lead once. A copy without a full stop may be the page's standfirst: it is kept as a
 * weak title candidate.
 */
import { endsLikeSentence, isBodyParagraph, lineKey, wordCount, type Line } from '../lines.ts';

const MIN_PREFIX_WORDS = 6;

export function dropRepeatedLead(lines: Line[]): Line[] {
  const firstIndex = lines.findIndex((l) => l.removed === null);
  if (firstIndex < 0) return lines;
  const first = lines[firstIndex]!;
  const key = lineKey(first.text);
  const repeated = lines.slice(firstIndex + 1).some((l) => {
    if (l.removed !== null || !isBodyParagraph(l.text)) return false;
    const other = lineKey(l.text);
    return other === key || (wordCount(first.text) >= MIN_PREFIX_WORDS && other.startsWith(`${key} `));
  });
  if (!repeated) return lines;
  first.removed = 'repeated-lead';
  if (!endsLikeSentence(first.text)) first.candidates.push({ field: 'title', value: first.text, origin: 'lead-line' });
  return lines;
}
