/**
 * The hostile corpus (issue 11): each case makes one bad input at run time in a temp folder (nothing big is
 * committed), runs the whole pipeline on it beside two good articles, and asserts that the run finishes, that the
 * bad input ends as a clear per-input error in the report or as a flagged or plainly analysed document, and that
 * both good articles were analysed. Cases that need permissions (chmod 000) are skipped when the tests run as
 * root, who can read anything.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { analyze, type AnalyzeOptions } from '../../src/pipeline.ts';
import type { Analysis } from '../../src/model.ts';
import type { Limits } from '../../src/limits.ts';
import { renderMarkdown } from '../../src/export/markdown.ts';
import { renderCsv } from '../../src/export/csv.ts';
import { findDuplicates } from '../../src/resolve/duplicates.ts';
import { contentFormat } from '../../src/ingest/sniff.ts';
import { matchGlob } from '../../src/ingest/glob.ts';
import { formatRunError } from '../../src/cli/output.ts';

const GOOD_A = `Storm closes port of Valdmar

VALDMAR, March 3, 2024 — The port of Valdmar was closed on Sunday after a storm damaged two cranes, the harbour authority said.
Harbour master Ilse Brandt said the port would reopen on Tuesday once engineers had inspected the quays.`;

const GOOD_B = `Rail union strikes over pay

KORVIK, March 4, 2024 — Thousands of rail workers walked out on Monday in a dispute over pay, the Rail Workers Union said.
Union leader Tomas Berg said the strike would last 48 hours and warned of further action if talks failed.`;

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

interface Case {
  name: string;
  /** Writes the bad input into `dir`; returns the input argument(s) to analyse. */
  make: (dir: string) => string[] | Promise<string[]>;
  /** What the bad input must end as. */
  expect: { error: string | RegExp } | { flag: string } | { analysed: (a: Analysis) => void } | 'finishes';
  limits?: Partial<Limits>;
  options?: AnalyzeOptions;
  skip?: boolean;
}

function write(dir: string, name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

function warc(records: { headers: string; block: Buffer }[]): Buffer {
  return Buffer.concat(records.flatMap((r) => [Buffer.from(r.headers), r.block, Buffer.from('\r\n\r\n')]));
}

function warcResponse(body: Buffer, extraHttp = '', length?: number): { headers: string; block: Buffer } {
  const block = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n${extraHttp}\r\n`), body]);
  return {
    headers: `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.example/a\r\nContent-Length: ${length ?? block.length}\r\n\r\n`,
    block,
  };
}

const html = (body: string) => `<!doctype html><html><head><title>Hostile page</title></head><body><article>${body}</article></body></html>`;
const para = '<p>The minister met the envoy in Geneva on Tuesday and said the talks would resume next week.</p>';

const CASES: Case[] = [
  // ── plain files and bytes
  { name: 'empty file', make: (d) => [write(d, 'empty.txt', '')], expect: { error: 'INPUT_EMPTY' } },
  { name: 'binary garbage', make: (d) => [write(d, 'noise.txt', Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256)))], expect: 'finishes' },
  { name: 'NUL and control characters in text', make: (d) => [write(d, 'ctrl.txt', `${GOOD_A.replace(/ /g, ' \u0000')}\u001b[2J\u0007\u0008`)], expect: 'finishes' },
  { name: 'invalid UTF-8', make: (d) => [write(d, 'bad-utf8.txt', Buffer.concat([Buffer.from(GOOD_B), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c])]))], expect: { analysed: (a) => expect(a.documents.some((d) => d.source.endsWith('bad-utf8.txt'))).toBe(true) } },
  {
    name: 'UTF-16 without a byte-order mark',
    make: (d) => [write(d, 'utf16.txt', Buffer.from(GOOD_A.replaceAll('Valdmar', 'Ostra'), 'utf16le'))],
    expect: { analysed: (a) => expect(a.documents.find((d) => d.source.endsWith('utf16.txt'))?.text).toMatch(/port of Ostra/) },
  },
  {
    name: 'lying charset (declares shift_jis, bytes are windows-1252)',
    make: (d) => [write(d, 'lying.html', Buffer.from(html('<p>Caf\u00e9 owners in Montr\u00e9al said on Friday that sales fell sharply after the strike began.</p>').replace('<head>', '<head><meta charset="shift_jis">'), 'latin1'))],
    expect: 'finishes',
  },
  { name: 'a 200 KB token', make: (d) => [write(d, 'token.txt', `Officials said ${'x'.repeat(200_000)} on Monday.\n\n${GOOD_B.replace('Korvik', 'Lund')}`)], expect: 'finishes' },
  { name: 'a 10 MB line', make: (d) => [write(d, 'line.txt', 'The minister met the envoy in Geneva on Tuesday and said talks would resume. '.repeat(130_000))], limits: { maxTokens: 5_000 }, expect: { flag: 'TRUNCATED' } },
  { name: 'one 12,000-token sentence (no full stop)', make: (d) => [write(d, 'run-on.txt', 'and the minister met the envoy in Geneva '.repeat(1_500))], expect: 'finishes' },
  { name: '10,000 dates', make: (d) => [write(d, 'dates.txt', Array.from({ length: 10_000 }, (_, i) => `${(i % 28) + 1} March 2021`).join(', '))], expect: 'finishes' },
  { name: '2,000 unbalanced quotes', make: (d) => [write(d, 'quotes.txt', `${'“He said it was over, '.repeat(2_000)}\n\nThe talks resumed on Monday, officials said.`)], expect: 'finishes' },
  { name: 'sniffing 40 <!----> (extension-less)', make: (d) => [write(d, 'comments', `${'<!---->'.repeat(40)}x`)], options: { include: ['*'] }, expect: 'finishes' },
  { name: 'a .txt of URLs is text unless asked (no fetch)', make: (d) => [write(d, 'links.txt', 'http://127.0.0.1:9/a\nhttp://10.0.0.1/b\n')], expect: { analysed: (a) => expect(a.errors?.some((e) => /FETCH/.test(e.code)) ?? false).toBe(false) } },

  // ── gzip
  { name: 'truncated gzip', make: (d) => { const gz = zlib.gzipSync(GOOD_A.repeat(50)); return [write(d, 'cut.txt.gz', gz.subarray(0, gz.length >> 1))]; }, expect: { error: 'INPUT_UNREADABLE' } },
  { name: 'gzip nested three deep', make: (d) => [write(d, 'nested.txt.gz', zlib.gzipSync(zlib.gzipSync(zlib.gzipSync(GOOD_B.replace('Korvik', 'Brenna')))))], expect: { analysed: (a) => expect(a.documents.some((x) => x.text.includes('Brenna') || x.text.includes('rail workers'))).toBe(true) } },
  { name: 'gzip nested six deep', make: (d) => { let b: Buffer = Buffer.from(GOOD_A); for (let i = 0; i < 6; i++) b = zlib.gzipSync(b); return [write(d, 'deep.txt.gz', b)]; }, expect: 'finishes' },
  {
    name: 'gzip bomb (32 MB of zeros over an 8 MB cap)',
    make: (d) => [write(d, 'bomb.txt.gz', zlib.gzipSync(Buffer.alloc(32 * 1024 * 1024), { level: 9 }))],
    limits: { maxInputBytes: 8 * 1024 * 1024 },
    expect: { error: 'INPUT_TOO_LARGE' },
  },
  { name: 'gzip of garbage with a .gz name', make: (d) => [write(d, 'fake.txt.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]))], expect: { error: 'INPUT_UNREADABLE' } },

  // ── HTML
  { name: '100k-deep HTML', make: (d) => [write(d, 'deep.html', html(`${'<div>'.repeat(100_000)}<p>Buried text about the port closure on Sunday.</p>${'</div>'.repeat(100_000)}`))], expect: 'finishes' },
  { name: 'HTML 4,000 deep (20 KB)', make: (d) => [write(d, 'deep4k.html', html(`${'<b>'.repeat(4_000)}Deep text.${'</b>'.repeat(4_000)}${para}`))], expect: 'finishes' },
  { name: 'a million tags (cut at a 2 MB page limit)', make: (d) => [write(d, 'tags.html', html('<p>x</p>'.repeat(1_000_000)))], limits: { maxDocumentChars: 2_000_000 }, expect: { flag: 'TRUNCATED' } },
  {
    name: '50 MB page',
    make: (d) => [write(d, 'big.html', html(`${para}${'<span class="x"></span>'.repeat(2_300_000)}`))],
    expect: { flag: 'TRUNCATED' },
  },
  { name: 'JSON-LD nested 10k deep', make: (d) => [write(d, 'ld.html', html(para).replace('</head>', `<script type="application/ld+json">{"@type":"NewsArticle","headline":${'['.repeat(10_000)}"x"${']'.repeat(10_000)},"author":${'['.repeat(10_000)}{"name":"A"}${']'.repeat(10_000)}}</script></head>`))], expect: 'finishes' },
  {
    name: 'script and onerror in the article (Markdown and CSV stay inert)',
    make: (d) => [write(d, 'xss.html', html('<h1>Talks <script>alert(1)</script> resume</h1><p>The minister met the envoy in Geneva on Tuesday <img src=x onerror=alert(1)> and said talks would resume. [click](javascript:alert(1)) =HYPERLINK("http://x")</p>'))],
    expect: {
      analysed: (a) => {
        const md = renderMarkdown(a);
        expect(md).not.toMatch(/<script|<img|javascript:alert\(1\)\)|\]\(javascript/i);
        expect(md).not.toMatch(/onerror=/);
        expect(renderCsv(a)).not.toMatch(/(^|,)=HYPERLINK/m);
      },
    },
  },

  // ── JSON and JSON Lines
  { name: 'invalid JSON', make: (d) => [write(d, 'bad.json', '{"text": "unterminated')], expect: { error: 'INPUT_MALFORMED' } },
  { name: 'JSON text nested 10k deep', make: (d) => [write(d, 'nested.json', `${'{"text":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`)], expect: { error: 'INPUT_MALFORMED' } },
  { name: 'JSON array nested 10k deep', make: (d) => [write(d, 'arrays.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`)], expect: { error: 'INPUT_MALFORMED' } },
  { name: 'JSON author nested 10k deep beside good text', make: (d) => [write(d, 'author.json', `{"text": ${JSON.stringify(GOOD_A)}, "author": ${'['.repeat(10_000)}"A"${']'.repeat(10_000)}, "published": 1e300}`)], expect: 'finishes' },
  {
    name: 'JSONL with broken lines',
    make: (d) => [write(d, 'dump.jsonl', [JSON.stringify({ text: GOOD_B.replace('Korvik', 'Aster') }), '{"text": "cut', 'not json at all', '[1,2', JSON.stringify({ title: 'no text' })].join('\n'))],
    expect: { error: /INPUT_MALFORMED/ },
  },

  // ── feeds
  {
    name: 'RSS with entity expansion (billion laughs)',
    make: (d) => [write(d, 'lol.rss', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><title>T</title><item><title>Lol</title><description>&lol9; The port reopened on Tuesday, officials said.</description></item></channel></rss>`)],
    expect: { analysed: (a) => expect(a.documents.every((x) => !x.text.includes('lollollollol'))).toBe(true) },
  },
  {
    name: 'RSS with an external entity',
    make: (d) => [write(d, 'xxe.rss', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>T</title><item><title>X</title><description>&xxe; The port reopened on Tuesday, officials said.</description></item></channel></rss>`)],
    expect: { analysed: (a) => expect(a.documents.every((x) => !x.text.includes('root:'))).toBe(true) },
  },
  { name: 'Atom nested 100k deep', make: (d) => [write(d, 'deep.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><content>${'<x>'.repeat(100_000)}Deep${'</x>'.repeat(100_000)}</content></entry></feed>`)], expect: 'finishes' },
  { name: 'feed without items', make: (d) => [write(d, 'empty.rss', '<rss version="2.0"><channel><title>T</title></channel></rss>')], expect: { error: 'INPUT_MALFORMED' } },

  // ── WARC
  { name: 'WARC with a negative Content-Length', make: (d) => [write(d, 'neg.warc', 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -50\r\n\r\nHTTP/1.1 200 OK\r\n\r\nx\r\n\r\n')], expect: { error: 'INPUT_MALFORMED' } },
  { name: 'WARC with a Content-Length past the end (truncated record)', make: (d) => [write(d, 'cut.warc', warc([warcResponse(Buffer.from(html(para)), '', 999_999)]))], expect: 'finishes' },
  { name: 'WARC with a non-numeric Content-Length', make: (d) => [write(d, 'nan.warc', 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1e3\r\n\r\nxx')], expect: { error: 'INPUT_MALFORMED' } },
  {
    name: 'WARC brotli bomb body',
    make: (d) => [write(d, 'br.warc', warc([warcResponse(zlib.brotliCompressSync(Buffer.alloc(64 * 1024 * 1024, 0x41)), 'Content-Encoding: br\r\n'), warcResponse(Buffer.from(html(para)))]))],
    limits: { maxInputBytes: 16 * 1024 * 1024 },
    expect: { error: 'INPUT_TOO_LARGE' },
  },
  { name: 'WARC with garbage after a good record', make: (d) => [write(d, 'tail.warc', Buffer.concat([warc([warcResponse(Buffer.from(html(para)))]), Buffer.from('garbage that is no record')]))], expect: { error: 'INPUT_MALFORMED' } },

  // ── paths, folders and names
  { name: 'missing path', make: (d) => [path.join(d, 'nope.txt')], expect: { error: 'INPUT_NOT_FOUND' } },
  { name: 'glob matching nothing', make: (d) => [path.join(d, '*.nothing')], expect: { error: 'INPUT_NOT_FOUND' } },
  { name: 'folder with no known file', make: (d) => { mkdirSync(path.join(d, 'pics')); write(path.join(d, 'pics'), 'a.png', 'x'); return [path.join(d, 'pics')]; }, expect: { error: 'INPUT_EMPTY' } },
  {
    name: 'symlink loops in a folder',
    make: (d) => {
      const f = path.join(d, 'loop');
      mkdirSync(f);
      write(f, 'real.txt', GOOD_A.replace('Valdmar', 'Sorn'));
      symlinkSync('.', path.join(f, 'self'));
      symlinkSync('..', path.join(f, 'up'));
      return [f];
    },
    expect: { analysed: (a) => expect(a.documents.filter((x) => x.source.endsWith('real.txt'))).toHaveLength(1) },
  },
  {
    name: 'symlinked file out of the tree (passwd.txt -> /etc/passwd)',
    make: (d) => {
      const f = path.join(d, 'corpus');
      mkdirSync(f);
      write(f, 'ok.txt', GOOD_B.replace('Korvik', 'Telm'));
      symlinkSync('/etc/passwd', path.join(f, 'passwd.txt'));
      return [f];
    },
    expect: { error: 'INPUT_UNREADABLE' },
  },
  { name: 'unreadable file (chmod 000)', skip: asRoot, make: (d) => { const f = write(d, 'secret.txt', GOOD_A); chmodSync(f, 0); return [f]; }, expect: { error: 'INPUT_UNREADABLE' } },
  {
    name: 'unreadable sub-folder (chmod 000)',
    skip: asRoot,
    make: (d) => {
      const f = path.join(d, 'tree');
      mkdirSync(path.join(f, 'locked'), { recursive: true });
      write(f, 'open.txt', GOOD_A.replace('Valdmar', 'Hesk'));
      write(path.join(f, 'locked'), 'hidden.txt', GOOD_B);
      chmodSync(path.join(f, 'locked'), 0);
      return [f];
    },
    expect: { error: 'INPUT_UNREADABLE' },
  },
  {
    name: 'odd file names (escape sequence, newline, bidi override)',
    make: (d) => [write(d, '\u001b[31mred\nline\u202eevil.txt', '')],
    expect: {
      analysed: (a) => {
        const e = a.errors?.find((x) => x.code === 'INPUT_EMPTY');
        const line = formatRunError(e!);
        expect(line).toMatch(/\\x1b\[31mred\\x0aline\\u\{202e\}evil\.txt: empty input/);
        expect([...line].some((ch) => ch === "\u001b" || ch === "\n" || ch === "\u202e")).toBe(false);
      },
    },
  },
  { name: 'refused URL (loopback)', make: () => ['http://127.0.0.1:9/article'], expect: { error: 'FETCH_REFUSED' } },
];

async function runCase(c: Case): Promise<{ analysis: Analysis; good: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'storyline-hostile-'));
  const good = [write(dir, 'good-a.txt', GOOD_A), write(dir, 'good-b.txt', GOOD_B)];
  const bad = await c.make(dir);
  const analysis = await analyze([good[0]!, ...bad, good[1]!], { ...c.options, limits: c.limits, onWarning: () => {} });
  return { analysis, good };
}

describe('hostile inputs, each beside two good articles', () => {
  for (const c of CASES) {
    it.skipIf(c.skip ?? false)(c.name, async () => {
      const { analysis, good } = await runCase(c);
      // The good articles are analysed: both are documents, and the events of the story are found.
      for (const g of good) expect(analysis.documents.map((d) => d.source)).toContain(g);
      expect(analysis.events.length).toBeGreaterThan(0);
      const e = c.expect;
      if (e === 'finishes') return;
      if ('error' in e) {
        const codes = (analysis.errors ?? []).map((x) => x.code);
        expect(codes.some((code) => (typeof e.error === 'string' ? code === e.error : e.error.test(code))), `errors: ${JSON.stringify(analysis.errors)}`).toBe(true);
        for (const x of analysis.errors ?? []) expect(x.message.length).toBeGreaterThan(0);
      } else if ('flag' in e) {
        const flagged = analysis.documents.filter((d) => d.quality.flags.some((f) => f.code === e.flag));
        expect(flagged.length, JSON.stringify(analysis.documents.map((d) => [d.source, d.quality.flags]))).toBeGreaterThan(0);
      } else e.analysed(analysis);
    });
  }

  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('hostile patterns and volumes outside a run', () => {
  it('6,000 near-duplicates form one group without an all-pairs map', () => {
    const base = 'The ministry said on Tuesday that talks between the two delegations would resume next week in the capital after a pause caused by a dispute over the agenda';
    const docs = Array.from({ length: 6_000 }, (_, i) => ({ id: `d${i}`, text: `${base} variant ${i} word${i}` }));
    const groups = findDuplicates(docs);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toHaveLength(6_000);
  });

  it('format sniffing is linear on comment runs and unclosed comments', () => {
    const started = performance.now();
    expect(contentFormat(`${'<!---->'.repeat(10_000)}<rss>`)).toBe('text'); // past the 2 KB head: no feed root seen
    expect(contentFormat('<!--'.repeat(50_000))).toBe('text');
    expect(contentFormat(`<?xml version="1.0"?>${'<!-- c -->'.repeat(40)}<rss version="2.0">`)).toBe('feed');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('globs with many braces are refused and star runs match in linear time', async () => {
    const started = performance.now();
    expect(matchGlob(`${'*a'.repeat(40)}b`, 'a'.repeat(5_000))).toBe(false);
    expect(matchGlob('**/*.{txt,html}', 'corpus/x/y/z.html')).toBe(true);
    expect(() => matchGlob('{a,b}'.repeat(20), 'ab')).toThrow(/more than 256 patterns/);
    await expect(analyze(['.'], { include: ['{a,b}'.repeat(20)] })).rejects.toMatchObject({ code: 'USAGE' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
