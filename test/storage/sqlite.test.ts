import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/storage/sqlite.ts';
import { seedAnalysis } from '../helpers.ts';

const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'storyline-db-')), 'nested', 'store.db');

describe('SQLite store', () => {
  it('stores a run whole and gives the same analysis back', async () => {
    const analysis = await seedAnalysis();
    const store = new Store(tempDb());
    const run = store.saveRun(analysis, ['seeds']);
    expect(store.runs()).toEqual([expect.objectContaining({ id: run, inputs: ['seeds'], documents: 5, events: analysis.events.length })]);
    expect(store.analysis(run)).toEqual(JSON.parse(JSON.stringify(analysis)));
    expect(store.analysis()).toEqual(store.analysis(run));
    store.close();
  });

  it('finds stored documents by full-text search', async () => {
    const store = new Store(tempDb());
    store.saveRun(await seedAnalysis(), ['seeds']);
    const hits = store.search('Kremlin');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toContain('[Kremlin]');
    store.close();
  });

  it('a failing run writes nothing and keeps earlier runs', async () => {
    const file = tempDb();
    const store = new Store(file);
    const analysis = await seedAnalysis();
    store.saveRun(analysis, ['first']);
    // Two documents with the same id violate the (run, id) key halfway through the insert.
    const broken = { ...analysis, documents: [analysis.documents[0]!, analysis.documents[0]!] };
    expect(() => store.saveRun(broken, ['second'])).toThrow(/STORE_FAILED|UNIQUE/);
    store.close();
    const reopened = new Store(file);
    expect(reopened.runs().map((r) => r.inputs)).toEqual([['first']]);
    reopened.close();
  });
});
