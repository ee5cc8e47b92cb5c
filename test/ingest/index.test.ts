import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { readInputs, type IngestOptions, type IngestWarning } from '../../src/ingest/index.ts';
import { StorylineError } from '../../src/errors.ts';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const fx = (name: string) => path.join(fixtures, name);

async function read(inputs: string[], options: IngestOptions = {}) {
  const warnings: IngestWarning[] = [];
  const docs = await readInputs(inputs, { onWarning: (w) => warnings.push(w), ...options });
  return { docs, warnings };
}

function tempFile(name: string, data: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'storyline-ingest-')), name);
  writeFileSync(file, data);
  return file;
}

describe('RSS and Atom feeds', () => {
  it('reads one document per RSS item with its hints, skipping an item without content', async () => {
    const { docs, warnings } = await read([fx('feed.rss')]);
    expect(docs.map((d) => d.source)).toEqual([`${fx('feed.rss')}#item-1`, `${fx('feed.rss')}#item-2`]);
    expect(docs[0]!.kind).toBe('html');
    expect(docs[0]!.body).toContain('<p>The River Lenn rose');
    expect(docs[0]!.hints).toMatchObject({
      title: 'River Lenn breaks its banks at Marsden', author: 'Ada Whitcombe', outlet: 'Valley Courier',
      published: 'Sat, 04 Mar 2023 09:30:00 +0000', url: 'https://courier.example/2023/03/04/lenn-flood',
    });
    expect(docs[1]!.hints.author).toBe('Tomas Reyes');
    expect(warnings.map((w) => w.input)).toEqual([`${fx('feed.rss')}#item-3`]);
  });

  it('does not expand entities declared in a DOCTYPE (no XXE)', async () => {
    const { docs } = await read([fx('feed.rss')]);
    expect(docs[1]!.body).toContain('&secret; should stay literal: &secret;');
  });

  it('reads Atom entries: alternate link, html and xhtml content, published and updated', async () => {
    const { docs } = await read([fx('feed.atom')]);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.hints).toMatchObject({ url: 'https://gazette.example/ferry-resumes', published: '2023-03-08T06:00:00Z', modified: '2023-03-08T11:15:00Z', outlet: 'Harbour Gazette' });
    expect(docs[0]!.body).toBe('<p>The ferry to Skell Island sailed again on Wednesday morning.</p>');
    expect(docs[1]!.body).toContain('<p>Engineers put the cost');
    expect(docs[1]!.hints.published).toBeUndefined();
  });

  it('sniffs a feed without a feed extension', async () => {
    const { readFileSync } = await import('node:fs');
    const { docs } = await read([tempFile('feed', readFileSync(fx('feed.atom')))]);
    expect(docs).toHaveLength(2);
  });
});

describe('WARC', () => {
  it('keeps HTML responses, strips HTTP headers, de-chunks, and uses the fetch date only as a note', async () => {
    const { docs } = await read([fx('archive.warc')]);
    expect(docs.map((d) => d.source)).toEqual(['https://gazette.example/night-ferry', 'https://gazette.example/pier-statement']);
    expect(docs[0]!.body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(docs[0]!.hints).toEqual({ url: 'https://gazette.example/night-ferry' });
    expect(docs[0]!.readNotes.join(' ')).toContain('2023-03-10T12:00:02Z');
    expect(docs[1]!.body).toBe('<html><body><p>Harbour master’s statement on the pier.</p></body></html>');
  });

  it('reads a gzipped WARC detected by its magic bytes, whatever its name', async () => {
    const { readFileSync } = await import('node:fs');
    const file = tempFile('archive.bin', zlib.gzipSync(readFileSync(fx('archive.warc'))));
    const { docs } = await read([file]);
    expect(docs).toHaveLength(2);
  });
});

describe('JSON and JSON Lines', () => {
  it('skips a bad line and a record without text, warning with the line number, and keeps the rest', async () => {
    const { docs, warnings } = await read([fx('dump.jsonl')]);
    expect(docs.map((d) => d.source)).toEqual([`${fx('dump.jsonl')}#line-1`, `${fx('dump.jsonl')}#line-5`]);
    expect(warnings.map((w) => w.input)).toEqual([`${fx('dump.jsonl')}#line-2`, `${fx('dump.jsonl')}#line-3`]);
    expect(warnings[0]!.message).toMatch(/line 2/);
    expect(docs[0]!.hints).toMatchObject({ title: 'Council votes on flood barrier', author: 'Ada Whitcombe', outlet: 'Valley Courier', published: '2023-03-14' });
    expect(docs[1]!.kind).toBe('html');
    expect(docs[1]!.hints.author).toBe('Tomas Reyes');
    expect(docs[1]!.hints.published?.startsWith('2023-03-16')).toBe(true);
  });

  it('throws INPUT_MALFORMED naming the line when no record is valid', async () => {
    const file = tempFile('bad.jsonl', '{"a": 1}\n{oops\n');
    const error = await readInputs([file], { onWarning: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorylineError);
    expect((error as StorylineError).code).toBe('INPUT_MALFORMED');
    expect((error as StorylineError).message).toMatch(/line 2/);
  });

  it('reads a JSON array and applies a user field mapping with a dotted path', async () => {
    const records = [{ story: { words: 'First story text.' }, hed: 'One' }, { story: { words: 'Second story text.' }, hed: 'Two' }];
    const file = tempFile('dump.json', JSON.stringify(records));
    const { docs } = await read([file], { fields: { text: 'story.words', title: 'hed' } });
    expect(docs.map((d) => [d.source, d.body, d.hints.title])).toEqual([
      [`${file}#1`, 'First story text.', 'One'], [`${file}#2`, 'Second story text.', 'Two'],
    ]);
  });

  it('reads a single JSON record', async () => {
    const file = tempFile('one.json', JSON.stringify({ article: 'Only one.', headline: 'Solo' }));
    const { docs } = await read([file]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.hints.title).toBe('Solo');
  });
});

describe('charsets', () => {
  it('decodes bytes that are valid UTF-8 as UTF-8 despite a latin-1 declaration, and says so', async () => {
    const { docs } = await read([fx('latin1-declared-utf8-bytes.html')]);
    expect(docs[0]!.body).toContain('Café Brûlé said the flood “took everything”');
    expect(docs[0]!.readNotes.join(' ')).toMatch(/declared iso-8859-1.*utf-8/);
  });

  it('decodes windows-1252 bytes that claim to be UTF-8', async () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>The mayor’s café — “closed”.</p></body></html>';
    const { docs } = await read([tempFile('page.html', iconv.encode(html, 'windows-1252'))]);
    expect(docs[0]!.body).toContain('The mayor’s café — “closed”.');
    expect(docs[0]!.readNotes.length).toBeGreaterThan(0);
  });

  it('repairs mojibake left by an earlier wrong decode', async () => {
    const { docs } = await read([fx('mojibake.txt')]);
    expect(docs[0]!.body.trim()).toBe('The mayor’s office said the café would reopen — eventually.');
    expect(docs[0]!.readNotes.join(' ')).toMatch(/mojibake/);
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tide tables published.', 'utf16le')]);
    const { docs } = await read([tempFile('u16.txt', bytes)]);
    expect(docs[0]!.body).toBe('Tide tables published.');
  });
});

describe('files, folders, globs, gzip, stdin', () => {
  it('walks a folder recursively in sorted order, skipping hidden files and unknown extensions', async () => {
    const { docs } = await read([fx('folder')]);
    expect(docs.map((d) => path.relative(fixtures, d.source))).toEqual(['folder/a.txt', 'folder/sub/b.html', 'folder/sub/draft.txt']);
    expect(docs.map((d) => d.kind)).toEqual(['text', 'html', 'text']);
  });

  it('applies include and exclude globs', async () => {
    const { docs } = await read([fx('folder')], { include: ['*.txt', '*.html'], exclude: ['draft*'] });
    expect(docs.map((d) => path.basename(d.source))).toEqual(['a.txt', 'b.html']);
    const sub = await read([fx('folder')], { include: ['sub/**'] });
    expect(sub.docs.map((d) => path.basename(d.source))).toEqual(['b.html', 'draft.txt']);
  });

  it('expands a glob pattern given as an input', async () => {
    const { docs } = await read([path.join(fixtures, 'feed.*')]);
    expect(new Set(docs.map((d) => d.source.replace(/#.*/, '')))).toEqual(new Set([fx('feed.atom'), fx('feed.rss')]));
  });

  it('reads a gzip file as the format under the .gz', async () => {
    const file = tempFile('story.txt.gz', zlib.gzipSync('Gzipped story about the barrier.'));
    const { docs } = await read([file]);
    expect(docs[0]).toMatchObject({ kind: 'text', body: 'Gzipped story about the barrier.' });
  });

  it('reads "-" from the given stream and sniffs its format', async () => {
    const stdin = Readable.from([Buffer.from('<!DOCTYPE html><html><body><p>From a pipe.</p></body></html>')]);
    const { docs } = await read(['-'], { stdin });
    expect(docs[0]).toMatchObject({ source: '-', kind: 'html' });
  });

  it('names a missing input in an INPUT_NOT_FOUND error', async () => {
    const missing = fx('nope.txt');
    await expect(readInputs([missing])).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND', input: missing });
    await expect(readInputs([fx('*.nothing')])).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });

  it('calls onDocument once per document', async () => {
    let n = 0;
    const { docs } = await read([fx('folder')], { onDocument: () => n++ });
    expect(n).toBe(docs.length);
  });
});
