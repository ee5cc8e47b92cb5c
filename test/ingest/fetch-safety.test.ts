/**
 * Safe fetching against a local server on 127.0.0.1, offline: a stub resolver plays DNS, and the test-only fetch
 * counts 127.0.0.1 (only) as public, so every other check is the production one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { readInputs } from '../../src/ingest/index.ts';
import { FETCH_LIMITS, fetchUrl, fetchUrlAllowingLoopbackForTests as fetchLocal, type Resolver } from '../../src/ingest/fetch.ts';

let server: Server;
let port = 0;
const seen: { host: string; url: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ host: String(req.headers.host), url: req.url ?? '' });
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Local page.</p>');
    else if (url.pathname === '/to') res.writeHead(302, { location: url.searchParams.get('u')! }).end();
    else if (url.pathname === '/hop') {
      const n = Number(url.searchParams.get('n'));
      res.writeHead(301, { location: n > 0 ? `/hop?n=${n - 1}` : '/page' }).end();
    } else if (url.pathname === '/big') {
      // One byte over the default limit, with no Content-Length (chunked), so only counting can catch it.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 120);
      for (let i = 0; i < 10; i++) res.write(chunk);
      res.end('x');
    } else if (url.pathname === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(Buffer.alloc(FETCH_LIMITS.maxBytes + 1)));
    } else if (url.pathname === '/empty-members') {
      // Gzip members that each decode to nothing: the decoded size never grows, the download does.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(Buffer.concat(Array.from({ length: 500 }, () => zlib.gzipSync(''))));
    } else if (url.pathname === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(zlib.gzipSync('zipped page'));
    } else if (url.pathname === '/drip') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

/** A resolver that answers from a script per name (the last answer repeats) and counts the questions. */
function stubResolver(answers: Record<string, string[][]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (name: string) => {
    const script = answers[name] ?? [];
    const n = calls.filter((c) => c === name).length;
    calls.push(name);
    if (script.length === 0) throw new Error(`ENOTFOUND ${name}`);
    return script[Math.min(n, script.length - 1)]!;
  };
  return Object.assign(resolve, { calls });
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('DNS rebinding', () => {
  it('connects to the address it checked, with the host name in the Host header, and resolves once', async () => {
    const resolve = stubResolver({ 'news.test': [['127.0.0.1'], ['10.0.0.1']] });
    const got = await fetchLocal(`http://news.test:${port}/page`, { resolve });
    expect(text(got.bytes)).toContain('Local page.');
    expect(resolve.calls).toEqual(['news.test']);
    expect(seen.at(-1)).toEqual({ host: `news.test:${port}`, url: '/page' });
    // The next request asks again and now gets the private answer: refused before any connection.
    const before = seen.length;
    await expect(fetchLocal(`http://news.test:${port}/page`, { resolve })).rejects.toMatchObject({ code: 'FETCH_REFUSED', message: expect.stringMatching(/10\.0\.0\.1.*private/) });
    expect(seen.length).toBe(before);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    for (const bad of ['10.0.0.1', '::1', '::ffff:127.0.0.1', '::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::', 'fd00::1', '169.254.169.254']) {
      const resolve = stubResolver({ 'mixed.test': [['127.0.0.1', bad]] });
      await expect(fetchLocal(`http://mixed.test:${port}/page`, { resolve }), bad).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    }
  });

  it('resolves and checks every redirect hop again', async () => {
    const resolve = stubResolver({ 'news.test': [['127.0.0.1'], ['192.168.0.10']] });
    await expect(fetchLocal(`http://news.test:${port}/hop?n=1`, { resolve })).rejects.toMatchObject({ code: 'FETCH_REFUSED', message: expect.stringMatching(/192\.168\.0\.10/) });
    expect(resolve.calls).toEqual(['news.test', 'news.test']);
  });

  it('refuses redirects to private addresses, literal or by name', async () => {
    const resolve = stubResolver({ 'news.test': [['127.0.0.1']], 'intranet.test': [['10.1.2.3']] });
    for (const target of [
      'http://intranet.test/', 'http://10.0.0.1/', `http://[::1]:${port}/page`, `http://[::ffff:127.0.0.1]:${port}/page`,
      `http://[::ffff:7f00:1]:${port}/page`, `http://[::127.0.0.1]:${port}/page`, 'http://169.254.169.254/latest/meta-data/',
      `http://127.1:${port}/page`.replace('127.1', '0x7f.0.0.2'), 'http://[64:ff9b::a00:1]/', 'http://[2002:a00:1::]/', 'file:///etc/passwd',
    ]) {
      const via = `http://news.test:${port}/to?u=${encodeURIComponent(target)}`;
      await expect(fetchLocal(via, { resolve }), target).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    }
  });

  it('URL inputs go through the production guard, with the resolver passed down', async () => {
    const resolve = stubResolver({ 'news.test': [['127.0.0.1']] });
    const errors: string[] = [];
    await expect(readInputs([`http://news.test:${port}/page`], { fetch: { resolve }, onError: (e) => errors.push(`${e.code} ${e.message}`) })).resolves.toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/^FETCH_REFUSED .*news\.test resolves to 127\.0\.0\.1: a loopback address/)]);
    expect(resolve.calls).toEqual(['news.test']);
  });

  it('without the test allowance, loopback is refused by address and by name', async () => {
    await expect(fetchUrl(`http://127.0.0.1:${port}/page`)).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    const resolve = stubResolver({ 'news.test': [['127.0.0.1']] });
    await expect(fetchUrl(`http://news.test:${port}/page`, { resolve })).rejects.toMatchObject({ code: 'FETCH_REFUSED', message: expect.stringMatching(/loopback/) });
  });
});

describe('limits still hold', () => {
  const resolve = stubResolver({ 'news.test': [['127.0.0.1']] });
  const at = (p: string) => `http://news.test:${port}${p}`;

  it('defaults to 20 s, 10 MB and 5 redirects', async () => {
    expect(FETCH_LIMITS).toEqual({ timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 });
    expect((await fetchLocal(at('/hop?n=4'), { resolve })).notes).toHaveLength(5);
    await expect(fetchLocal(at('/hop?n=5'), { resolve })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringMatching(/more than 5 redirects/) });
  });

  it('stops a body one byte over 10 MB, and a gzip bomb by its decompressed size', async () => {
    await expect(fetchLocal(at('/big'), { resolve })).rejects.toMatchObject({ code: 'FETCH_REFUSED', message: expect.stringMatching(/10485760-byte limit/) });
    await expect(fetchLocal(at('/bomb'), { resolve })).rejects.toMatchObject({ code: 'FETCH_REFUSED', message: expect.stringMatching(/10485760-byte limit/) });
    expect(text((await fetchLocal(at('/gzip'), { resolve })).bytes)).toBe('zipped page');
    await expect(fetchLocal(at('/empty-members'), { resolve, maxBytes: 2000 })).rejects.toMatchObject({ code: 'FETCH_REFUSED', message: expect.stringMatching(/compressed response passed the 2000-byte limit/) });
  });

  it('times out a body that never ends', async () => {
    const started = Date.now();
    await expect(fetchLocal(at('/drip'), { resolve, timeoutMs: 400 })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringMatching(/timed out/) });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a resolver that never answers', async () => {
    const hang: Resolver = () => new Promise(() => {});
    await expect(fetchLocal(at('/page'), { resolve: hang, timeoutMs: 200 })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringMatching(/timed out resolving/) });
  });
});

describe('https to the checked address', () => {
  it('sends the host name as TLS server name and verifies the certificate against it, not against the address', () => {
    const dir = new URL('./fixtures/tls/', import.meta.url);
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('https-check.ts', dir))], {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: fileURLToPath(new URL('news.test.cert.pem', dir)) },
    });
    expect(child.status, child.stderr).toBe(0);
    const { port, seen, other } = JSON.parse(child.stdout);
    expect(seen).toEqual({ sni: 'news.test', host: `news.test:${port}` });
    expect(other).toMatch(/other\.test.*altnames/);
  });
});
