import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fetchUrl, USER_AGENT } from '../../src/ingest/fetch.ts';
import { readInputs } from '../../src/ingest/index.ts';

let server: Server;
let base = '';
const seenAgents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const url = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
    } else if (url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Local page.</p></body></html>');
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(5000));
    } else if (url === '/missing') {
      res.writeHead(404).end();
    } else res.writeHead(200, { 'content-type': 'text/plain' }).end('plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchUrl', () => {
  it('refuses a loopback address unless allowPrivate', async () => {
    await expect(fetchUrl(`${base}/page`)).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    const got = await fetchUrl(`${base}/page`, { allowPrivate: true });
    expect(new TextDecoder().decode(got.bytes)).toContain('Local page.');
    expect(seenAgents.at(-1)).toBe(USER_AGENT);
  });

  it('refuses localhost by name (the name is resolved and checked)', async () => {
    await expect(fetchUrl(`http://localhost:${new URL(base).port}/page`)).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
  });

  it('follows up to five redirects and fails beyond', async () => {
    const ok = await fetchUrl(`${base}/hop/4`, { allowPrivate: true });
    expect(ok.url).toBe(`${base}/page`);
    expect(ok.notes).toHaveLength(5);
    await expect(fetchUrl(`${base}/hop/5`, { allowPrivate: true })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringMatching(/redirects/) });
  });

  it('enforces the size limit and reports HTTP errors', async () => {
    await expect(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
    await expect(fetchUrl(`${base}/missing`, { allowPrivate: true })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringMatching(/404/) });
  });

  it('refuses other schemes', async () => {
    await expect(fetchUrl('file:///etc/passwd')).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
  });
});

describe('URL inputs', () => {
  it('reads a URL and (asked to: urlLists) a URL list, warning about a list entry that fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-urls-'));
    const list = path.join(dir, 'list.txt');
    writeFileSync(list, `${base}/page\n# comment\n${base}/missing\n`);
    const warnings: string[] = [];
    const docs = await readInputs([`${base}/hop/0`, list], { allowPrivate: true, urlLists: true, onWarning: (w) => warnings.push(w.message) });
    expect(docs.map((d) => [d.source, d.kind, d.hints.url])).toEqual([
      [`${base}/hop/0`, 'html', `${base}/page`],
      [`${base}/page`, 'html', `${base}/page`],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/404/);
  });
});
