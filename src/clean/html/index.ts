// PLACEHOLDER (owned by the HTML extraction helper): strips tags.
import type { MetadataCandidate, RemovedText } from '../../model.ts';

export interface ExtractedArticle {
  /** Main content; paragraphs, headings and list items separated by "\n\n". */
  text: string;
  removed: RemovedText[];
  /** Metadata evidence found in the page: JSON-LD, meta tags, <time>, bylines, <title>, canonical link. */
  candidates: MetadataCandidate[];
}

export function extractArticle(html: string, _url?: string): ExtractedArticle {
  return { text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(), removed: [], candidates: [] };
}
