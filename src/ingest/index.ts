/**
 * Ingest: turns the user's inputs (files, folders, globs, "-" for stdin, URLs, URL lists) into RawDocuments.
 * Each input's bytes are un-gzipped, sniffed for their format, decoded to text and handed to that format's reader.
 */
import { readFile } from 'node:fs/promises';
import zlib from 'node:zlib';
import type { RawDocument } from '../model.ts';
import { StorylineError } from '../errors.ts';
import { charsetOfContentType, declaredCharset, decodeBytes } from './decode.ts';
import { fetchUrl, type FetchOptions } from './fetch.ts';
import { expandPath } from './paths.ts';
import { contentFormat, contentTypeFormat, extensionFormat, isUrlList, urlListLines } from './sniff.ts';
import type { Format, IngestWarning, Payload, ReaderContext } from './types.ts';
import { readFeed } from './readers/feed.ts';
import { readJson, readJsonLines, type FieldMap } from './readers/records.ts';
import { readWarc } from './readers/warc.ts';

export type { IngestWarning } from './types.ts';

export interface IngestOptions {
  include?: string[];
  exclude?: string[];
  /** Allow fetching URLs that resolve to private or loopback addresses. */
  allowPrivate?: boolean;
  /** JSON/JSONL field mapping: model field → record field ("text" → "body"). */
  fields?: FieldMap;
  /** Called once per document read (progress reporting). */
  onDocument?: (doc: RawDocument) => void;
  /** A part of an input that was skipped (a bad JSONL line, an empty feed item, a URL of a list that failed). */
  onWarning?: (warning: IngestWarning) => void;
  /** What "-" reads; process.stdin when not given. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Limits for URL fetching (defaults: 20 s, 10 MB, 5 redirects). */
  fetch?: Omit<FetchOptions, 'allowPrivate'>;
}

const MAX_UNZIPPED = 512 * 1024 * 1024;
const URL_INPUT = /^https?:\/\//i;

export async function readInputs(inputs: string[], options: IngestOptions = {}): Promise<RawDocument[]> {
  const ctx = readerContext(options);
  const docs: RawDocument[] = [];
  for (const input of inputs) {
    for (const doc of await readInput(input, options, ctx)) {
      options.onDocument?.(doc);
      docs.push(doc);
    }
  }
  return docs;
}

async function readInput(input: string, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  if (input === '-') {
    const bytes = await readStream(options.stdin ?? process.stdin);
    return readPayload({ source: '-', name: '', bytes, readNotes: [] }, options, ctx);
  }
  if (URL_INPUT.test(input)) return readUrl(input, options, ctx);
  const docs: RawDocument[] = [];
  for (const file of expandPath(input, options)) {
    docs.push(...(await readPayload({ source: file, name: file, bytes: await readBytes(file), readNotes: [] }, options, ctx)));
  }
  return docs;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new StorylineError('INPUT_UNREADABLE', (error as Error).message, file, { cause: error });
  }
}

/** Collects a byte stream (stdin, or any async iterable of chunks). */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function readUrl(url: string, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  const got = await fetchUrl(url, { ...options.fetch, allowPrivate: options.allowPrivate });
  const name = new URL(got.url).pathname;
  return readPayload({ source: url, name, bytes: got.bytes, contentType: got.contentType, url: got.url, readNotes: got.notes }, options, ctx);
}

/** One input's bytes → its documents. */
export async function readPayload(payload: Payload, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  const { bytes, name } = gunzip(payload);
  if (bytes.length === 0) {
    ctx.warn({ input: payload.source, message: 'empty input; skipped' });
    return [];
  }
  const declaredFormat = extensionFormat(name) ?? contentTypeFormat(payload.contentType);
  if (declaredFormat === 'warc' || startsWith(bytes, 'WARC/')) return readWarc(bytes, payload.source, ctx);
  const decoded = decodeBytes(bytes, charsetOfContentType(payload.contentType) ?? declaredCharset(bytes));
  const format = refineFormat(declaredFormat, decoded.text);
  const notes = [...payload.readNotes, ...decoded.notes];
  const docs = await parse(format, decoded.text, payload, options, ctx);
  return docs.map((d) => ({ ...d, readNotes: [...notes, ...d.readNotes] }));
}

/** A .txt whose lines are all URLs is a URL list; an unknown extension is sniffed from the content. */
function refineFormat(declared: Format | null, text: string): Format {
  if (declared === 'text' && isUrlList(text)) return 'urls';
  return declared ?? contentFormat(text);
}

async function parse(format: Format, text: string, payload: Payload, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  const { source } = payload;
  const fields = options.fields ?? {};
  switch (format) {
    case 'json': return readJson(text, source, fields, ctx);
    case 'jsonl': return readJsonLines(text, source, fields, ctx);
    case 'feed': return readFeed(text, source, ctx);
    case 'warc': return readWarc(Buffer.from(text, 'utf8'), source, ctx);
    case 'urls': return ctx.fetchAll(urlListLines(text), source);
    case 'html':
    case 'text':
      return [{ source, kind: format, body: text, hints: payload.url ? { url: payload.url } : {}, readNotes: [] }];
  }
}

function gunzip(payload: Payload): { bytes: Uint8Array; name: string } {
  let { bytes, name } = payload;
  for (let i = 0; i < 3 && bytes[0] === 0x1f && bytes[1] === 0x8b; i++) {
    try {
      bytes = zlib.gunzipSync(bytes, { maxOutputLength: MAX_UNZIPPED });
    } catch (error) {
      throw new StorylineError('INPUT_UNREADABLE', `gzip data is corrupt or too large (${(error as Error).message})`, payload.source, { cause: error });
    }
    name = name.replace(/\.t?gz$/i, '');
  }
  return { bytes, name };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.subarray(0, ascii.length)).toString('latin1') === ascii;
}

function readerContext(options: IngestOptions): ReaderContext {
  const warn = options.onWarning ?? ((w: IngestWarning) => process.stderr.write(`storyline: warning: ${w.input}: ${w.message}\n`));
  const ctx: ReaderContext = {
    warn,
    fetchAll: async (urls, listSource) => {
      const results = await mapLimited(urls, 4, async (url) => {
        try {
          return await readUrl(url, options, ctx);
        } catch (error) {
          if (!(error instanceof StorylineError)) throw error;
          warn({ input: listSource, message: error.message });
          return [];
        }
      });
      const docs = results.flat();
      if (docs.length === 0) throw new StorylineError('FETCH_FAILED', `none of the ${urls.length} URL(s) could be read`, listSource);
      return docs;
    },
  };
  return ctx;
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the input order in the result. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
