/**
 * Scraped pages often open with the site's name on a line of its own ("Wirenews", "The Danube Ledger",
 * "MERIDIAN WIRE") before the headline or byline. Such a first line is short, names something (every word
 * capitalized, no digits, no sentence punctuation) and has more header material after it; it leaves the text as an
 * outlet candidate rather than being taken for the headline.
 */
import { headerLines } from '../header-words.ts';
import { endsLikeSentence, isBodyParagraph, wordCount, type Line } from '../lines.ts';

const MAX_WORDS = 4;
const CONNECTORS = /^(?:of|the|and|&|de|la|el|der|die|du)$/i;

/** Only a scraper's date stamp or breadcrumb may come before the site's name. */
const MAX_POSITION = 2;

export function extractOutletLine(lines: Line[]): Line[] {
  const at = lines.findIndex((l) => l.removed === null);
  const first = lines[at];
  const next = lines.slice(at + 1).find((l) => l.removed === null || l.candidates.length > 0);
  if (at < 0 || at > MAX_POSITION || !first || !next || !isNameLine(first.text)) return lines;
  // Directly followed by the body, the short line is more likely a headline or a kicker than the site, unless it
  // ends like a site's name ("Meridian Press Agency").
  if (next.removed === null && isBodyParagraph(next.text) && !endsWithOutletWord(first.text)) return lines;
  first.removed = 'outlet-line';
  first.candidates.push({ field: 'outlet', value: first.text, origin: 'header-line' });
  return lines;
}

function endsWithOutletWord(text: string): boolean {
  const last = text.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return headerLines().outletWords.has(last);
}

function isNameLine(text: string): boolean {
  if (wordCount(text) > MAX_WORDS || /\d/.test(text) || endsLikeSentence(text) || /[|»›>:,]/.test(text)) return false;
  return text.split(/\s+/).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && CONNECTORS.test(w)));
}
