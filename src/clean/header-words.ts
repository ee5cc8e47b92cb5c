/** Header-line vocabulary of scraped pages (data/clean/header-lines.json): site-name endings and breadcrumb separators. */
import { loadData } from '../data.ts';

interface HeaderLinesTable {
  outletWords: string[];
  crumbSeparators: string[];
}

let table: { outletWords: Set<string>; crumb: RegExp } | null = null;

export function headerLines(): { outletWords: Set<string>; crumb: RegExp } {
  if (!table) {
    const raw = loadData<HeaderLinesTable>('clean/header-lines.json');
    const escaped = raw.crumbSeparators.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    // A separator standing between spaces: "News › Region", not "24/7" or "AT&T".
    table = { outletWords: new Set(raw.outletWords), crumb: new RegExp(`\\s(?:${escaped})\\s`, 'u') };
  }
  return table;
}

/** "Home › World › Border crisis", "World / Europe & Neighbours": a breadcrumb trail, not a headline. */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(headerLines().crumb);
  return parts.length >= 2 && parts.every((p) => p.trim().split(/\s+/).length <= 4);
}
