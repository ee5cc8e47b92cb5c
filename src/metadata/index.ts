// PLACEHOLDER (owned by the ingest/metadata helper).
import type { CleanedDocument, DocumentMetadata } from '../model.ts';

export function extractMetadata(_doc: CleanedDocument): DocumentMetadata {
  return {
    title: null, outlet: null, author: null, modified: null, language: null, url: null,
    published: { date: null, basis: 'none', confidence: 0, rejected: [] },
  };
}
