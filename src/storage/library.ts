/**
 * The library: documents stored by `storyline ingest`, each once, keyed by the hash of its content. The hash is
 * over what reading produced (kind, decoded body, the metadata that came with it), not over where it came from,
 * so the same article read again — after a crash, or from another copy — is recognised and skipped.
 */
import { createHash } from 'node:crypto';
import type { RawDocument } from '../model.ts';

export interface LibraryDocument {
  hash: string;
  source: string;
  raw: RawDocument;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  /** The cleaned text (what full-text search sees). */
  text: string;
}

/** sha256 (hex) of a document's content: kind, body and hints (keys in a fixed order). */
export function documentHash(raw: Pick<RawDocument, 'kind' | 'body' | 'hints'>): string {
  const hints = Object.entries(raw.hints)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([raw.kind, raw.body, hints])).digest('hex');
}
