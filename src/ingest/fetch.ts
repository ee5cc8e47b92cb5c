/**
 * Fetching a URL the careful way: http(s) only, every host resolved and checked before each request (redirects are
 * followed by hand so each hop is checked), a time limit, a size limit and an honest user agent.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { StorylineError } from '../errors.ts';
import { isPrivateAddress } from './address.ts';

export const USER_AGENT = 'Storyline/0.1 (+news timeline tool)';

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
  notes: string[];
}

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...definedOnly(options) };
  const signal = AbortSignal.timeout(timeoutMs);
  const notes: string[] = [];
  let url = parseUrl(input);
  for (let hop = 0; ; hop++) {
    await checkHost(url, input, options.allowPrivate ?? false);
    const res = await request(url, input, signal);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      if (hop >= maxRedirects) throw new StorylineError('FETCH_FAILED', `more than ${maxRedirects} redirects`, input);
      url = parseUrl(new URL(location, url).href, input);
      notes.push(`fetch: redirected to ${url.href}`);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new StorylineError('FETCH_FAILED', `HTTP ${res.status} ${res.statusText}`.trim(), input);
    }
    const bytes = await readLimited(res, maxBytes, input);
    return { url: url.href, bytes, contentType: res.headers.get('content-type'), notes };
  }
}

function definedOnly(o: FetchOptions): Partial<typeof DEFAULTS> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k in DEFAULTS));
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

async function checkHost(url: URL, input: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      throw new StorylineError('FETCH_FAILED', `cannot resolve ${host}`, input, { cause: error });
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw new StorylineError('FETCH_REFUSED', `${host} resolves to a private or local address (${bad}); allow it with allowPrivate`, input);
}

async function request(url: URL, input: string, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
  } catch (error) {
    const why = signal.aborted ? 'timed out' : (error as Error).message;
    throw new StorylineError('FETCH_FAILED', why, input, { cause: error });
  }
}

/** Reads the body, stopping as soon as it passes `maxBytes` (a Content-Length can lie or be absent). */
async function readLimited(res: Response, maxBytes: number, input: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new StorylineError('FETCH_REFUSED', `response is ${declared} bytes, over the ${maxBytes}-byte limit`, input);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array();
  try {
    for await (const chunk of res.body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new StorylineError('FETCH_REFUSED', `response passed the ${maxBytes}-byte limit`, input);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof StorylineError) throw error;
    throw new StorylineError('FETCH_FAILED', `reading the body failed: ${(error as Error).message}`, input, { cause: error });
  }
  return Buffer.concat(chunks);
}
