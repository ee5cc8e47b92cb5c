/**
 * Clean: a RawDocument → the article body as plain paragraphs, what was removed and why, and metadata evidence.
 * HTML goes through the page extractor (src/clean/html) first; then HTML and scraped text alike go through the
 * same ordered line refiners, chrono-style: each small refiner takes the lines and returns them marked.
 */
import type { CleanedDocument, MetadataCandidate, MetadataField, MetadataHints, RawDocument, RemovedText } from '../model.ts';
import { extractArticle } from './html/index.ts';
import { DEFAULT_LIMITS, limitNote, truncateText, type Limits } from '../limits.ts';
import { splitLines, type Line } from './lines.ts';
import { applyBoilerplateRules } from './refiners/boilerplate.ts';
import { dropRepeatedLead } from './refiners/repeated-lead.ts';
import { extractTitle } from './refiners/title.ts';
import { dropDuplicateLines } from './refiners/duplicate-lines.ts';
import { assignOrigins } from './refiners/origins.ts';
import { extractOutletLine } from './refiners/outlet-line.ts';
import { dropBreadcrumbs } from './refiners/breadcrumbs.ts';

export type LineRefiner = (lines: Line[]) => Line[];

/**
 * Order matters: rules first (so headers are known), the site's name line and the lead before the title (neither
 * is the headline).
 */
export const REFINERS: LineRefiner[] = [applyBoilerplateRules, dropBreadcrumbs, extractOutletLine, dropRepeatedLead, extractTitle, dropDuplicateLines, assignOrigins];

/**
 * `limits.maxDepth` bounds the HTML tree (deeper markup keeps its text only). Plain text past `maxTextChars` is
 * not cleaned at all (cleaning only removes lines, so it would be cut afterwards anyway): it is cut first, noted.
 */
export function cleanDocument(raw: RawDocument, id: string, limits: Pick<Limits, 'maxDepth' | 'maxTextChars'> = DEFAULT_LIMITS): CleanedDocument {
  if (raw.kind === 'text' && raw.body.length > limits.maxTextChars) {
    const note = limitNote('maxTextChars', limits.maxTextChars, `text of ${raw.body.length} characters`);
    raw = { ...raw, body: truncateText(raw.body, limits.maxTextChars), readNotes: [...raw.readNotes, note] };
  }
  const page = raw.kind === 'html' ? extractArticle(raw.body, raw.hints.url ?? urlOf(raw.source), limits.maxDepth) : null;
  const lines = REFINERS.reduce((acc, refine) => refine(acc), splitLines(page ? page.text : raw.body));
  const text = lines.filter((l) => l.removed === null).map((l) => l.text).join('\n\n');
  const removedLines: RemovedText[] = lines.filter((l) => l.removed !== null).map((l) => ({ text: l.text, rule: l.removed! }));
  const removedChars = removedLines.reduce((n, r) => n + r.text.length, 0);
  const pageRemovedChars = (page?.removed ?? []).reduce((n, r) => n + r.text.length, 0);
  const total = text.length + removedChars + pageRemovedChars;
  return {
    id,
    source: raw.source,
    text,
    removed: [...(page?.removed ?? []), ...removedLines],
    candidates: [...hintCandidates(raw), ...(page?.candidates ?? []), ...lines.flatMap((l) => l.candidates)],
    boilerplateShare: total === 0 ? 0 : round((removedChars + pageRemovedChars) / total),
    readNotes: raw.readNotes,
  };
}

/** Hints arrive with the input; their origin says how much to trust them: a feed or a record is the publisher's word. */
function hintCandidates(raw: RawDocument): MetadataCandidate[] {
  const origin = /#item-\d+$/.test(raw.source) ? 'feed' : /#(line-)?\d+$/.test(raw.source) ? 'record' : 'input';
  return (Object.entries(raw.hints) as [keyof MetadataHints, string | undefined][])
    .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
    .map(([field, value]) => ({ field: field as MetadataField, value: value!.trim(), origin: field === 'url' && origin === 'input' ? 'fetch' : origin }));
}

function urlOf(source: string): string | undefined {
  return /^https?:\/\//i.test(source) ? source : undefined;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
