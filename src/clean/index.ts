// PLACEHOLDER (owned by the ingest/clean helper): passes text through.
import type { CleanedDocument, RawDocument } from '../model.ts';

export function cleanDocument(raw: RawDocument, id: string): CleanedDocument {
  return { id, source: raw.source, text: raw.body, removed: [], candidates: [], boilerplateShare: 0, readNotes: raw.readNotes };
}
