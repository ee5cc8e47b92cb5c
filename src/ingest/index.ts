// PLACEHOLDER (owned by the ingest helper): reads .txt files and folders only.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { RawDocument } from '../model.ts';
import { StorylineError } from '../errors.ts';

export interface IngestOptions {
  include?: string[];
  exclude?: string[];
  /** Allow fetching URLs that resolve to private or loopback addresses. */
  allowPrivate?: boolean;
  /** JSON/JSONL field mapping: model field → record field ("text" → "body"). */
  fields?: Partial<Record<'text' | 'html' | 'title' | 'author' | 'outlet' | 'published' | 'url', string>>;
  /** Called once per document read (progress reporting). */
  onDocument?: (doc: RawDocument) => void;
}

export async function readInputs(inputs: string[], _options: IngestOptions = {}): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new StorylineError('INPUT_NOT_FOUND', 'no such file or folder', input);
    const files = statSync(input).isDirectory()
      ? readdirSync(input).sort().map((f) => path.join(input, f))
      : [input];
    for (const file of files) {
      docs.push({ source: file, kind: 'text', body: readFileSync(file, 'utf8'), hints: {}, readNotes: [] });
    }
  }
  return docs;
}
