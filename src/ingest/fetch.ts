/**
 * Fetching a URL the careful way: http(s) only, a time limit, a size limit (after decompression) and an honest
 * user agent. Each request resolves its host once, checks every address the name resolves to, and then connects
 * to a checked address itself (the Host header and the TLS server name carry the host name): the name is never
 * resolved a second time, so a DNS answer that changes between check and connection (DNS rebinding) cannot lead
 * the fetch to a private address. Redirects are followed by hand, and each hop is resolved and checked the same way.
 */
import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { StorylineError } from '../errors.ts';
import { refusalReason } from './address.ts';

export const USER_AGENT = 'Storyline/0.1 (+news timeline tool)';

/** How a host name becomes IP addresses (literals, in the order to try them). */
export type Resolver = (hostname: string) => Promise<string[]>;

export interface FetchOptions {
  /** Fetch from private, loopback and reserved addresses too (the user's explicit choice: --allow-private). */
  allowPrivate?: boolean;
  /** For the whole fetch, redirects included (default 20 s). */
  timeoutMs?: number;
  /** Body size limit, after decompression (default 10 MB). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Name resolution, called once per request (default: the system resolver, as `dns.lookup`). */
  resolve?: Resolver;
}

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
  notes: string[];
}

export const FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

/** Why an address may not be fetched, or null when it may. */
type AddressPolicy = (address: string) => string | null;

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  return fetchWithPolicy(input, options, options.allowPrivate ? () => null : refusalReason);
}

/**
 * Test-only: `fetchUrl` where 127.0.0.1 (that one address, nothing else) counts as public, so that a local server
 * can stand in for the web while every other check stays on. Nothing in the CLI or the pipeline calls it.
 */
export function fetchUrlAllowingLoopbackForTests(input: string, options: FetchOptions = {}): Promise<Fetched> {
  return fetchWithPolicy(input, { ...options, allowPrivate: false }, (a) => (a === '127.0.0.1' ? null : refusalReason(a)));
}

async function fetchWithPolicy(input: string, options: FetchOptions, policy: AddressPolicy): Promise<Fetched> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_LIMITS, ...definedOnly(options) };
  const resolve = options.resolve ?? systemResolver;
  const signal = AbortSignal.timeout(timeoutMs);
  const notes: string[] = [];
  let url = parseUrl(input);
  for (let hop = 0; ; hop++) {
    const addresses = await checkedAddresses(url, input, resolve, policy, signal);
    const res = await requestAny(url, addresses, input, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      if (hop >= maxRedirects) throw new StorylineError('FETCH_FAILED', `more than ${maxRedirects} redirects`, input);
      url = parseUrl(new URL(location, url).href, input);
      notes.push(`fetch: redirected to ${url.href}`);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new StorylineError('FETCH_FAILED', `HTTP ${status} ${res.statusMessage ?? ''}`.trim(), input);
    }
    const bytes = await readLimited(res, maxBytes, input, signal);
    return { url: url.href, bytes, contentType: res.headers['content-type'] ?? null, notes };
  }
}

function definedOnly(o: FetchOptions): Partial<typeof FETCH_LIMITS> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k in FETCH_LIMITS));
}

function parseUrl(href: string, input = href): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new StorylineError('FETCH_REFUSED', 'not a valid URL', input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StorylineError('FETCH_REFUSED', `scheme ${url.protocol} is not allowed (http and https only)`, input);
  }
  return url;
}

/** The host's addresses, resolved once; every one of them must pass the policy. */
async function checkedAddresses(url: URL, input: string, resolve: Resolver, policy: AddressPolicy, signal: AbortSignal): Promise<string[]> {
  const host = bareHost(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await abortable(resolve(host), signal);
    } catch (error) {
      const why = signal.aborted ? 'timed out resolving' : 'cannot resolve';
      throw new StorylineError('FETCH_FAILED', `${why} ${host}`, input, { cause: error });
    }
    if (addresses.length === 0) throw new StorylineError('FETCH_FAILED', `cannot resolve ${host} (no address)`, input);
  }
  for (const address of addresses) {
    const reason = policy(address);
    if (reason) {
      const at = address === host ? address : `${host} resolves to ${address}`;
      throw new StorylineError('FETCH_REFUSED', `${at}: a ${reason} address, not a public one; allow it with --allow-private`, input);
    }
  }
  return addresses;
}

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Tries the checked addresses in order; the next one only when a connection could not be made. */
async function requestAny(url: URL, addresses: string[], input: string, signal: AbortSignal): Promise<IncomingMessage> {
  let last: unknown;
  for (const address of addresses) {
    try {
      return await request(url, address, signal);
    } catch (error) {
      last = error;
      if (signal.aborted || !CONNECT_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) break;
    }
  }
  const why = signal.aborted ? 'timed out' : (last as Error).message;
  throw new StorylineError('FETCH_FAILED', why, input, { cause: last });
}

const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ETIMEDOUT']);

/** One GET to `address` itself; the URL's host goes in the Host header and, for https, the TLS server name. */
function request(url: URL, address: string, signal: AbortSignal): Promise<IncomingMessage> {
  const host = bareHost(url);
  const family = isIP(address);
  // The connection is made to the address literal, so no lookup happens; should one ever be asked for, it gets
  // the checked address, never a fresh answer.
  const pinned: LookupFunction = (_name, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request({
      host: address,
      family,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false,
      lookup: pinned,
      signal,
      ...(secure && !isIP(host) ? { servername: host } : {}),
      headers: {
        host: url.host,
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

/** Reads the body, decompressed, stopping as soon as it passes `maxBytes` (a Content-Length can lie or be absent). */
async function readLimited(res: IncomingMessage, maxBytes: number, input: string, signal: AbortSignal): Promise<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(res.headers['content-length']);
  if (encoding === 'identity' && declared > maxBytes) {
    res.destroy();
    throw new StorylineError('FETCH_REFUSED', `response is ${declared} bytes, over the ${maxBytes}-byte limit`, input);
  }
  const decoder = decoderFor(encoding);
  if (decoder) {
    // The compressed bytes are bounded too: a stream that decodes to little or nothing must not run on.
    let raw = 0;
    res.on('data', (chunk: Buffer) => {
      raw += chunk.byteLength;
      if (raw > maxBytes) res.destroy(new StorylineError('FETCH_REFUSED', `compressed response passed the ${maxBytes}-byte limit`, input));
    });
  }
  const body: Readable = decoder ? pipeline(res, decoder, () => {}) : res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new StorylineError('FETCH_REFUSED', `response passed the ${maxBytes}-byte limit`, input);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof StorylineError) throw error;
    if (error instanceof Error && error.cause instanceof StorylineError) throw error.cause;
    const why = signal.aborted ? 'timed out' : (error as Error).message;
    throw new StorylineError('FETCH_FAILED', `reading the body failed: ${why}`, input, { cause: error });
  } finally {
    res.destroy();
    decoder?.destroy();
  }
  return Buffer.concat(chunks);
}

function decoderFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  if (encoding === 'deflate') return zlib.createInflate();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  return null;
}
