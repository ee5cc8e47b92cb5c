/**
 * "Rail › Strike updates", "Home › World › Border crisis": a breadcrumb trail in the page header is navigation,
 * not text. It leaves the body under the rule "breadcrumb".
 */
import { isBreadcrumb } from '../header-words.ts';
import { bodyBounds, type Line } from '../lines.ts';

export function dropBreadcrumbs(lines: Line[]): Line[] {
  const { first } = bodyBounds(lines);
  const headerEnd = first < 0 ? lines.length : first;
  for (const l of lines.slice(0, headerEnd)) if (l.removed === null && isBreadcrumb(l.text)) l.removed = 'breadcrumb';
  return lines;
}
