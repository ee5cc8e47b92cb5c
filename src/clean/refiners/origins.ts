/**
 * Date and byline lines say more by where they sit: above the article they are the page's header, below it its
 * footer. A bare date as the very first line is usually a scraper's or a site's "today" stamp, so it gets its own
 * origin ("scraper-header") that the metadata stage checks against the content before trusting.
 */
import { bodyBounds, type Line } from '../lines.ts';

export function assignOrigins(lines: Line[]): Line[] {
  const { first, last } = bodyBounds(lines);
  lines.forEach((line, i) => {
    for (const c of line.candidates) {
      if (c.origin !== 'zone' && c.origin !== 'zone-bare') continue;
      if (c.origin === 'zone-bare' && i === 0) c.origin = 'scraper-header';
      else if (first < 0 || i < first) c.origin = 'header-line';
      else if (i > last) c.origin = 'footer-line';
      else c.origin = 'body-line';
    }
  });
  return lines;
}
