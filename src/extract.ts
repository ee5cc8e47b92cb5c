/**
 * The front of the pipeline, on its own so that `storyline ingest` and `extract` need not load the language
 * models: reading the inputs with per-input errors, and one document cleaned (within the text limit) with its
 * metadata read.
 */
import type { CleanedDocument, MetadataDocument, RawDocument } from './model.ts';
import { readInputs, type IngestOptions } from './ingest/index.ts';
import { cleanDocument } from './clean/index.ts';
import { extractMetadata } from './metadata/index.ts';
import { StorylineError, type RunError } from './errors.ts';
import { limitNote, truncateText, type Limits } from './limits.ts';

/**
 * Reads the inputs; an input that cannot be read is an entry of `errors` (and goes to `options.onError`). Throws
 * only when no document at all could be read.
 */
export async function readReported(inputs: string[], options: IngestOptions): Promise<{ raws: RawDocument[]; errors: RunError[] }> {
  const errors: RunError[] = [];
  const report = (e: RunError) => {
    errors.push(e);
    options.onError?.(e);
  };
  const raws = await readInputs(inputs, {
    ...options,
    onError: report,
    onWarning: (w) => (w.code ? report({ input: w.input, code: w.code, message: w.message }) : options.onWarning?.(w)),
  });
  if (raws.length === 0) {
    // Nothing to analyse: the one error is the answer (exit status and message name it), else a summary of them.
    if (errors.length === 1) throw new StorylineError(errors[0]!.code, errors[0]!.message.replace(`${errors[0]!.input}: `, ''), errors[0]!.input);
    const detail = errors.length ? `: ${errors.length} input error(s), first: ${errors[0]!.message}` : '';
    throw new StorylineError('INPUT_EMPTY', `no document found in ${inputs.join(', ')}${detail}`);
  }
  return { raws, errors };
}

/** One document cleaned (within the text limit) and its metadata read: what `extract` and `ingest` keep of it. */
export function extractDocument(raw: RawDocument, id: string, limits: Limits): MetadataDocument {
  const doc = cleanCapped(raw, id, limits);
  return { ...doc, metadata: extractMetadata(doc) };
}

/** Cleaned text over maxTextChars is cut at a paragraph break and noted (the TRUNCATED flag reads the note). */
export function cleanCapped(raw: RawDocument, id: string, limits: Limits): CleanedDocument {
  const doc = cleanDocument(raw, id, limits);
  if (doc.text.length <= limits.maxTextChars) return doc;
  const note = limitNote('maxTextChars', limits.maxTextChars, `cleaned text of ${doc.text.length} characters`);
  return { ...doc, text: truncateText(doc.text, limits.maxTextChars), readNotes: [...doc.readNotes, note] };
}
