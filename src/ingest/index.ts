/**
 * Ingest: turns the user's inputs (files, folders, globs, "-" for stdin, URLs, URL lists) into RawDocuments.
 * Each input's bytes are un-gzipped, sniffed for their format, decoded to text and handed to that format's reader.
 *
 * One bad input never ends the run when the caller takes errors (`onError`, as `analyze` does): a missing path, an
 * unreadable file or sub-folder, a corrupt gzip, invalid JSON, a refused URL each become one error entry and the
 * other inputs are read. Without `onError` the first error is thrown (library callers that want all or nothing).
 * Every input is bounded by src/limits.ts: bytes after decompression, characters per document, nesting depth.
 */
import { readFile, stat } from 'node:fs/promises';
import zlib from 'node:zlib';
import type { RawDocument } from '../model.ts';
import { StorylineError, escapeControl, toRunError, type RunError } from '../errors.ts';
import { limitNote, resolveLimits, truncateText, type Limits } from '../limits.ts';
import { charsetOfContentType, declaredCharset, decodeBytes } from './decode.ts';
import { fetchUrl, type FetchOptions } from './fetch.ts';
import { expandPath } from './paths.ts';
import { compileGlob } from './glob.ts';
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
  /** Bounds on one input and one document (src/limits.ts); unset ones keep their defaults. */
  limits?: Partial<Limits>;
  /** Follow symlinked folders, and symlinks to files outside the folder walked (default: neither). */
  followSymlinks?: boolean;
  /** Read a text file (or stdin) whose lines are all URLs as a list of URLs to fetch (default: it is text). */
  urlLists?: boolean;
  /** Takes each input (or part of one) that could not be read; reading goes on. Without it the first error is thrown. */
  onError?: (error: RunError) => void;
}

const URL_INPUT = /^https?:\/\//i;

export async function readInputs(inputs: string[], options: IngestOptions = {}): Promise<RawDocument[]> {
  const ctx = readerContext(options, resolveLimits(options.limits));
  // A bad --include/--exclude pattern is a usage error of the whole run, found before any input is read.
  for (const pattern of [...(options.include ?? []), ...(options.exclude ?? [])]) compileGlob(pattern);
  const docs: RawDocument[] = [];
  const fail = (error: unknown, input: string) => {
    if (!options.onError) throw error;
    options.onError(toRunError(error, input));
  };
  const take = (found: RawDocument[]) => {
    for (const doc of found) {
      options.onDocument?.(doc);
      docs.push(doc);
    }
  };
  for (const input of inputs) {
    try {
      if (input === '-') {
        const bytes = await readStream(options.stdin ?? process.stdin, ctx.limits.maxInputBytes);
        take(await readPayload({ source: '-', name: '', bytes, readNotes: [] }, options, ctx));
        continue;
      }
      if (URL_INPUT.test(input)) {
        take(await readUrl(input, options, ctx));
        continue;
      }
      const { files, errors } = expandPath(input, options);
      for (const e of errors) {
        if (options.onError) options.onError(e);
        else ctx.warn({ input: e.input, message: e.message, code: e.code });
      }
      if (files.length === 0 && errors.length === 0) throw new StorylineError('INPUT_EMPTY', 'folder holds no file of a known kind (.txt .html .json .jsonl .xml .warc .gz …)', input);
      for (const file of files) {
        try {
          take(await readPayload({ source: file, name: file, bytes: await readBytes(file, ctx.limits), readNotes: [] }, options, ctx));
        } catch (error) {
          fail(error, file);
        }
      }
    } catch (error) {
      fail(error, input);
    }
  }
  return docs;
}

async function readBytes(file: string, limits: Limits): Promise<Uint8Array> {
  try {
    const size = (await stat(file)).size;
    if (size > limits.maxInputBytes) throw new StorylineError('INPUT_TOO_LARGE', `${size} bytes, over maxInputBytes=${limits.maxInputBytes}; skipped`, file);
    return await readFile(file);
  } catch (error) {
    if (error instanceof StorylineError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new StorylineError('INPUT_UNREADABLE', code ? `cannot be read (${code})` : (error as Error).message, file, { cause: error });
  }
}

/** Collects a byte stream (stdin, or any async iterable of chunks), refusing more than `maxBytes`. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) throw new StorylineError('INPUT_TOO_LARGE', `more than maxInputBytes=${maxBytes} bytes; skipped`, '-');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function readUrl(url: string, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  const got = await fetchUrl(url, { ...options.fetch, allowPrivate: options.allowPrivate });
  const name = new URL(got.url).pathname;
  return readPayload({ source: url, name, bytes: got.bytes, contentType: got.contentType, url: got.url, readNotes: got.notes }, options, ctx);
}

/** One input's bytes → its documents. */
export async function readPayload(payload: Payload, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  const docs = await readDocuments(payload, options, ctx);
  return docs.map((doc) => capBody(doc, ctx.limits));
}

/** A body over maxDocumentChars is cut at a paragraph or line break, and says so in its read notes. */
function capBody(doc: RawDocument, limits: Limits): RawDocument {
  if (doc.body.length <= limits.maxDocumentChars) return doc;
  const note = limitNote('maxDocumentChars', limits.maxDocumentChars, `body of ${doc.body.length} characters`);
  return { ...doc, body: truncateText(doc.body, limits.maxDocumentChars), readNotes: [...doc.readNotes, note] };
}

async function readDocuments(payload: Payload, options: IngestOptions, ctx: ReaderContext): Promise<RawDocument[]> {
  const { bytes, name } = gunzip(payload, ctx.limits.maxInputBytes);
  if (bytes.length === 0) {
    ctx.warn({ input: payload.source, message: 'empty input; skipped', code: 'INPUT_EMPTY' });
    return [];
  }
  const declaredFormat = extensionFormat(name) ?? contentTypeFormat(payload.contentType);
  if (declaredFormat === 'warc' || startsWith(bytes, 'WARC/')) return readWarc(bytes, payload.source, ctx);
  const decoded = decodeBytes(bytes, charsetOfContentType(payload.contentType) ?? declaredCharset(bytes));
  const format = refineFormat(declaredFormat, decoded.text, options.urlLists ?? false);
  const notes = [...payload.readNotes, ...decoded.notes];
  const docs = await parse(format, decoded.text, payload, options, ctx);
  return docs.map((d) => ({ ...d, readNotes: [...notes, ...d.readNotes] }));
}

/**
 * An unknown extension is sniffed from the content. Text whose lines are all URLs is a URL list only when the user
 * said so (`urlLists`, or a `.urls` file): a corpus file must not make the tool go online.
 */
function refineFormat(declared: Format | null, text: string, urlLists: boolean): Format {
  if (declared === 'text' && urlLists && isUrlList(text)) return 'urls';
  const format = declared ?? contentFormat(text);
  return format === 'urls' && declared !== 'urls' && !urlLists ? 'text' : format;
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

/** Up to three nested gzip layers, each stopped at `maxBytes` of output (a gzip bomb is refused, not inflated). */
function gunzip(payload: Payload, maxBytes: number): { bytes: Uint8Array; name: string } {
  let { bytes, name } = payload;
  for (let i = 0; i < 3 && bytes[0] === 0x1f && bytes[1] === 0x8b; i++) {
    try {
      bytes = zlib.gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new StorylineError('INPUT_TOO_LARGE', `gzip data inflates to more than maxInputBytes=${maxBytes}; skipped`, payload.source, { cause: error });
      }
      throw new StorylineError('INPUT_UNREADABLE', `gzip data is corrupt or truncated (${(error as Error).message})`, payload.source, { cause: error });
    }
    name = name.replace(/\.t?gz$/i, '');
  }
  return { bytes, name };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.subarray(0, ascii.length)).toString('latin1') === ascii;
}

function readerContext(options: IngestOptions, limits: Limits): ReaderContext {
  const warn = options.onWarning ?? ((w: IngestWarning) => process.stderr.write(`storyline: warning: ${escapeControl(`${w.input}: ${w.message}`)}\n`));
  const ctx: ReaderContext = {
    warn,
    limits,
    fetchAll: async (urls, listSource) => {
      const results = await mapLimited(urls, 4, async (url) => {
        try {
          return await readUrl(url, options, ctx);
        } catch (error) {
          if (!(error instanceof StorylineError)) throw error;
          warn({ input: listSource, message: error.message, code: error.code });
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
