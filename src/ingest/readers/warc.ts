/**
 * WARC archives: each `response` record whose HTTP payload is an HTML (or plain text) page becomes a document.
 * The WARC-Date is when the crawler fetched the page, not when it was published: it goes into readNotes only.
 */
import zlib from 'node:zlib';
import type { RawDocument } from '../../model.ts';
import { StorylineError } from '../../errors.ts';
import { charsetOfContentType, declaredCharset, decodeBytes } from '../decode.ts';
import type { ReaderContext } from '../types.ts';

interface WarcRecord {
  headers: Map<string, string>;
  block: Buffer;
}

interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

export function readWarc(bytes: Uint8Array, source: string, ctx: ReaderContext): RawDocument[] {
  const docs: RawDocument[] = [];
  let n = 0;
  const records = warcRecords(Buffer.from(bytes), source, ctx);
  for (;;) {
    let next: IteratorResult<WarcRecord>;
    try {
      next = records.next();
    } catch (error) {
      // Garbage after good records (a cut or concatenated file) loses only what follows.
      if (!(error instanceof StorylineError) || docs.length === 0) throw error;
      ctx.warn({ input: source, message: `${error.message}; the records after it are skipped`, code: error.code });
      break;
    }
    if (next.done) break;
    const record = next.value;
    n++;
    if (record.headers.get('warc-type') !== 'response') continue;
    const uri = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? `${source}#record-${n}`;
    const http = parseHttp(record.block);
    if (!http) {
      ctx.warn({ input: `${source}#record-${n}`, message: 'response record without a readable HTTP message; skipped', code: 'INPUT_MALFORMED' });
      continue;
    }
    try {
      const doc = toDocument(http, uri, record.headers.get('warc-date'), source, ctx.limits.maxInputBytes);
      if (doc) docs.push(doc);
    } catch (error) {
      if (!(error instanceof StorylineError)) throw error;
      ctx.warn({ input: `${source}#record-${n}`, message: error.message, code: error.code });
    }
  }
  if (docs.length === 0) throw new StorylineError('INPUT_MALFORMED', 'WARC file has no HTML or text response record', source);
  return docs;
}

function toDocument(http: HttpMessage, uri: string, warcDate: string | undefined, file: string, maxBytes: number): RawDocument | null {
  if (http.status < 200 || http.status >= 300) return null;
  const type = http.headers.get('content-type') ?? '';
  const kind = /html/i.test(type) ? 'html' : /^text\/plain/i.test(type) ? 'text' : null;
  if (!kind) return null;
  const body = decodeContent(http, maxBytes, uri);
  const { text, notes } = decodeBytes(body, charsetOfContentType(type) ?? (kind === 'html' ? declaredCharset(body) : null));
  const readNotes = [`warc: record from ${file}${warcDate ? `, fetched ${warcDate} (fetch date, not publication date)` : ''}`, ...notes];
  return { source: uri, kind, body: text, hints: /^https?:/i.test(uri) ? { url: uri } : {}, readNotes };
}

/**
 * Splits the archive into records by their Content-Length (payloads may contain anything, "WARC/1.0" included).
 * Every record moves `pos` forward: a negative or non-integer length is malformed, and a length past the end of
 * the file gives a truncated last record (kept, with a warning).
 */
function* warcRecords(buf: Buffer, source: string, ctx: ReaderContext): Generator<WarcRecord> {
  let pos = 0;
  while (pos < buf.length) {
    while (pos < buf.length && (buf[pos] === 0x0d || buf[pos] === 0x0a)) pos++;
    if (pos >= buf.length) return;
    const { headers, end } = readHeaders(buf, pos);
    if (!headers.has(':version') || !headers.get(':version')!.startsWith('WARC/')) {
      throw new StorylineError('INPUT_MALFORMED', `no WARC record header at byte ${pos}`, source);
    }
    const declared = headers.get('content-length') ?? '';
    if (!/^\d{1,15}$/.test(declared.trim())) throw new StorylineError('INPUT_MALFORMED', `WARC record at byte ${pos} has no valid Content-Length ("${declared.slice(0, 40)}")`, source);
    const length = Number(declared.trim());
    if (end + length > buf.length) {
      ctx.warn({ input: source, message: `WARC record at byte ${pos} declares ${length} bytes but only ${buf.length - end} remain; read as truncated` });
    }
    yield { headers, block: buf.subarray(end, Math.min(buf.length, end + length)) };
    pos = Math.max(pos + 1, end + length);
  }
}

/** Header lines up to the first blank line; the first line is kept under ":version" (WARC) or ":status" (HTTP). */
function readHeaders(buf: Buffer, from: number): { headers: Map<string, string>; end: number } {
  let stop = buf.indexOf('\r\n\r\n', from);
  let sep = 4;
  const lf = buf.indexOf('\n\n', from);
  if (stop < 0 || (lf >= 0 && lf < stop)) [stop, sep] = [lf, 2];
  if (stop < 0) [stop, sep] = [buf.length, 0];
  const lines = buf.subarray(from, stop).toString('latin1').split(/\r?\n/);
  const headers = new Map<string, string>([[':version', lines[0]!.trim()]]);
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, end: stop + sep };
}

function parseHttp(block: Buffer): HttpMessage | null {
  const { headers, end } = readHeaders(block, 0);
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(headers.get(':version') ?? '');
  if (!status) return null;
  return { status: Number(status[1]), headers, body: block.subarray(end) };
}

/**
 * Undoes chunked transfer coding and gzip/deflate/brotli content coding, as the crawler stored the raw bytes.
 * Decompression stops at `maxBytes` of output: a body over it is an INPUT_TOO_LARGE error for its record.
 */
function decodeContent(http: HttpMessage, maxBytes: number, uri: string): Buffer {
  let body = http.body;
  if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const coding = (http.headers.get('content-encoding') ?? '').toLowerCase();
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding.includes('gzip')) return zlib.gunzipSync(body, options);
    if (coding.includes('deflate')) return zlib.inflateSync(body, options);
    if (coding.includes('br')) return zlib.brotliDecompressSync(body, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new StorylineError('INPUT_TOO_LARGE', `${coding} body decompresses to more than maxInputBytes=${maxBytes}; record skipped`, uri);
    }
    return body; // Many crawlers store the decoded body but keep the header.
  }
  return body;
}

function dechunk(buf: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const eol = buf.indexOf('\r\n', pos);
    if (eol < 0) break;
    const size = parseInt(buf.subarray(pos, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
  return parts.length ? Buffer.concat(parts) : buf;
}
