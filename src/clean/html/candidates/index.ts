/**
 * Metadata candidates of an HTML page, each with its precise origin; the metadata stage weighs them.
 */
import type { MetadataCandidate } from '../../../model.ts';
import type { Document } from '../dom.ts';
import { CandidateList } from './types.ts';
import { metaTagCandidates } from './meta-tags.ts';
import { jsonLdCandidates } from './json-ld.ts';
import { elementCandidates } from './elements.ts';

export interface PageMetadata {
  candidates: MetadataCandidate[];
  /** JSON-LD articleBody, when the page carries one: a hint for main-content choice. */
  articleBody: string | null;
}

export function collectCandidates(doc: Document, url?: string): PageMetadata {
  const out = new CandidateList();
  const { articleBody } = jsonLdCandidates(doc, out);
  metaTagCandidates(doc, out);
  elementCandidates(doc, out);
  if (url) out.add('url', url, 'input');
  return { candidates: out.items, articleBody };
}
