import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cleanDocument } from '../../src/clean/index.ts';
import { extractMetadata } from '../../src/metadata/index.ts';
import type { CleanedDocument, MetadataCandidate, RawDocument } from '../../src/model.ts';

const seedsDir = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const seeds = readdirSync(seedsDir).sort().map((f) => path.join(seedsDir, f));
const seedMeta = (n: number) => extractMetadata(cleanDocument({ source: seeds[n]!, kind: 'text', body: readFileSync(seeds[n]!, 'utf8'), hints: {}, readNotes: [] }, 'd01'));

function doc(text: string, candidates: MetadataCandidate[] = [], source = 'x.txt'): CleanedDocument {
  return { id: 'd01', source, text, removed: [], candidates, boilerplateShare: 0, readNotes: [] };
}

describe('metadata of the seed articles', () => {
  it('dates seed 002 from its Published line, with the Updated line as modification date', () => {
    const m = seedMeta(2);
    expect(m.published.date).toBe('2021-12-31');
    expect(m.published.basis).toMatch(/^footer-line: December 31st, 2021/);
    expect(m.modified).toBe('2021-12-31');
    expect(m.author).toBe('Aparna Shandilya');
  });

  it('rejects the scraper header of seed 001, saying why, and leaves it undated', () => {
    const m = seedMeta(1);
    expect(m.published.date).toBeNull();
    expect(m.published.rejected).toHaveLength(1);
    expect(m.published.rejected[0]).toMatchObject({ date: '2024-10-04', basis: expect.stringMatching(/^scraper-header/) });
    expect(m.published.rejected[0]!.reason).toMatch(/2014/);
  });

  it('gives no seed a date it does not have evidence for', () => {
    const dates = [0, 1, 2, 3, 4].map((n) => seedMeta(n).published.date);
    expect(dates).toEqual([null, null, '2021-12-31', null, null]);
  });

  it('finds titles, the title-suffix outlet and English', () => {
    expect(seedMeta(1).title).toBe('In a phone call, Biden warns Putin against invading Ukraine');
    expect(seedMeta(3).title).toMatch(/^Biden holds phone talks with Putin/);
    expect(seedMeta(4)).toMatchObject({ title: 'Putin and Biden held two-hour talks amid tensions in Ukraine', outlet: 'Conflict News', language: 'en' });
  });
});

describe('weighing candidates', () => {
  const body = 'The council met on Tuesday to discuss the pier. It was the third meeting since the storm in 2023, and the mayor said the repairs would start soon.';

  it('prefers structured data over a header line, and raises confidence when origins agree', () => {
    const m = extractMetadata(doc(body, [
      { field: 'published', value: 'March 9, 2023', origin: 'header-line' },
      { field: 'published', value: '2023-03-08T06:00:00Z', origin: 'json-ld' },
      { field: 'published', value: '2023-03-08', origin: 'meta:article:published_time' },
    ]));
    expect(m.published.date).toBe('2023-03-08');
    expect(m.published.basis).toMatch(/^json-ld/);
    expect(m.published.confidence).toBeGreaterThan(0.95);
  });

  it('accepts a scraper header that the content does not contradict, with low confidence', () => {
    const m = extractMetadata(doc(body, [{ field: 'published', value: 'Friday, March 10, 2023', origin: 'scraper-header' }]));
    expect(m.published.date).toBe('2023-03-10');
    expect(m.published.confidence).toBeLessThan(0.5);
  });

  it('rejects a scraper header far after every date the text mentions', () => {
    const text = 'Talks were held on March 3, 2023 and again on March 9, with no result.';
    const m = extractMetadata(doc(text, [{ field: 'published', value: 'Sunday, June 2, 2024', origin: 'scraper-header' }]));
    expect(m.published.date).toBeNull();
    expect(m.published.rejected[0]!.reason).toMatch(/March 9/);
  });

  it('uses a wire dateline in the text, taking its year from another date when it has none', () => {
    expect(extractMetadata(doc('PORT ELLEN, Feb. 3, 2024 (Island Wire) - The ferry sailed.')).published).toMatchObject({ date: '2024-02-03', basis: expect.stringMatching(/^dateline/) });
    const m = extractMetadata(doc('PORT ELLEN, Feb. 3 (Island Wire) - The ferry sailed for the first time since January 28, 2024.'));
    expect(m.published.date).toBe('2024-02-03');
    expect(m.published.confidence).toBeLessThan(0.7);
  });

  it('falls back to the modification date, and to the URL host for the outlet', () => {
    const m = extractMetadata(doc(body, [{ field: 'modified', value: '2023-03-11', origin: 'header-line' }, { field: 'url', value: 'https://www.courier.example/a', origin: 'fetch' }]));
    expect(m.published.date).toBe('2023-03-11');
    expect(m.published.basis).toMatch(/modification/);
    expect(m.outlet).toBe('courier.example');
    expect(m.url).toBe('https://www.courier.example/a');
  });

  it('reads feed hints end to end', () => {
    const raw: RawDocument = { source: 'f.rss#item-1', kind: 'text', body, hints: { title: 'Pier talks', author: 'By Ada Whitcombe', outlet: 'Valley Courier', published: 'Sat, 04 Mar 2023 09:30:00 +0000', language: 'en-GB' }, readNotes: [] };
    const m = extractMetadata(cleanDocument(raw, 'd01'));
    expect(m).toMatchObject({ title: 'Pier talks', author: 'Ada Whitcombe', outlet: 'Valley Courier', language: 'en' });
    expect(m.published).toMatchObject({ date: '2023-03-04', basis: expect.stringMatching(/^feed/) });
  });

  it('leaves the date empty with basis "none" when there is no evidence', () => {
    expect(extractMetadata(doc(body)).published).toEqual({ date: null, basis: 'none', confidence: 0, rejected: [] });
  });
});
