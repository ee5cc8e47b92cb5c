import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/storage/sqlite.ts';
import { documentHash } from '../../src/storage/library.ts';
import type { RawDocument } from '../../src/model.ts';
import { tinyAnalysis } from './fixtures/corpus.ts';

const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'storyline-safety-')), 'store.db');

function libraryDoc(n: number, size = 100) {
  const raw: RawDocument = { source: `doc${n}.txt`, kind: 'text', body: `Article ${n}. ` + 'x'.repeat(size), hints: {}, readNotes: [] };
  return { hash: documentHash(raw), source: raw.source, raw, title: `Article ${n}`, outlet: null, author: null, published: null, text: raw.body };
}

describe('library', () => {
  it('stores a document once by content hash, whatever its source', () => {
    const store = new Store(tempDb());
    const doc = libraryDoc(1);
    expect(store.hasDocument(doc.hash)).toBe(false);
    expect(store.addDocument(doc)).toBe(true);
    expect(store.addDocument({ ...doc, source: 'elsewhere.txt' })).toBe(false);
    expect(store.hasDocument(doc.hash)).toBe(true);
    expect(store.library()).toEqual([{ hash: doc.hash, source: 'doc1.txt', title: 'Article 1' }]);
    expect(store.libraryDocuments()).toEqual([doc.raw]);
    expect(store.check().ok).toBe(true);
    store.close();
  });

  it('hashes content, not the order of hints', () => {
    const a = { kind: 'html' as const, body: '<p>x</p>', hints: { title: 'T', url: 'u' } };
    expect(documentHash(a)).toBe(documentHash({ ...a, hints: { url: 'u', title: 'T' } }));
    expect(documentHash(a)).not.toBe(documentHash({ ...a, kind: 'text' }));
  });
});

describe('schema', () => {
  it('brings a store of the earlier schema (no library, user_version 0) up to date when opened', () => {
    const file = tempDb();
    const store = new Store(file);
    store.saveRun(tinyAnalysis('old'), ['old']);
    store.close();
    const db = new DatabaseSync(file);
    db.exec('DROP TABLE library_fts; DROP TABLE library; PRAGMA user_version = 0;');
    db.close();
    const reader = new Store(file, { readOnly: true });
    const report = reader.check();
    expect(report.checks.find((c) => c.name === 'schema version')?.problems).toEqual([
      'user_version is 0, expected 1 (opening the store for writing brings it up to date)',
      'missing table(s): library, library_fts',
    ]);
    expect(report.counts).toMatchObject({ runs: 1, library: 0 });
    reader.close();
    const upgraded = new Store(file);
    expect(upgraded.addDocument(libraryDoc(1))).toBe(true);
    expect(upgraded.runs().map((r) => r.inputs)).toEqual([['old']]);
    expect(upgraded.check().ok).toBe(true);
    upgraded.close();
  });
});

describe('disk full and read-only stores', () => {
  it('reports a full disk as STORE_FULL, keeps the store whole, and works again once there is room', () => {
    const file = tempDb();
    const first = new Store(file);
    first.saveRun(tinyAnalysis('first'), ['first']);
    first.addDocument(libraryDoc(1));
    first.close();

    const cramped = new Store(file, { maxPages: 40 });
    expect(() => cramped.saveRun(tinyAnalysis('big', 20, 20_000), ['big'])).toThrow(expect.objectContaining({ code: 'STORE_FULL', message: expect.stringMatching(/disk is full.*nothing of it was written/) }));
    expect(() => cramped.addDocument(libraryDoc(2, 400_000))).toThrow(expect.objectContaining({ code: 'STORE_FULL' }));
    // The connection is still usable for what fits.
    expect(cramped.addDocument(libraryDoc(3))).toBe(true);
    cramped.close();

    const reopened = new Store(file);
    expect(reopened.runs().map((r) => r.inputs)).toEqual([['first']]);
    expect(reopened.library().map((d) => d.source)).toEqual(['doc1.txt', 'doc3.txt']);
    const report = reopened.check();
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(reopened.saveRun(tinyAnalysis('big', 20, 20_000), ['big'])).toBe(2);
    reopened.close();
  });

  it('reports writing to a read-only store as STORE_READONLY and changes nothing', () => {
    const file = tempDb();
    const writer = new Store(file);
    writer.saveRun(tinyAnalysis('first'), ['first']);
    writer.close();
    const before = readFileSync(file);
    const reader = new Store(file, { readOnly: true });
    expect(reader.runs()).toHaveLength(1);
    expect(() => reader.saveRun(tinyAnalysis('second'), ['second'])).toThrow(expect.objectContaining({ code: 'STORE_READONLY', message: expect.stringMatching(/read-only.*nothing was written/) }));
    expect(() => reader.addDocument(libraryDoc(1))).toThrow(expect.objectContaining({ code: 'STORE_READONLY' }));
    const report = reader.check();
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'library_fts in sync')?.skipped).toMatch(/read-only/);
    reader.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a read-only open of a missing store is INPUT_NOT_FOUND, and a file that is no database is STORE_CORRUPT', () => {
    expect(() => new Store(path.join(tmpdir(), 'no-such-dir-storyline', 'x.db'), { readOnly: true })).toThrow(expect.objectContaining({ code: 'INPUT_NOT_FOUND' }));
    const file = tempDb();
    writeFileSync(file, 'this is not a database, just text that is long enough to be read as a header '.repeat(100));
    expect(() => new Store(file)).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT' }));
  });
});

describe('a store locked by another writer', () => {
  it('waits with backoff while another process holds the write lock, then writes', async () => {
    const file = tempDb();
    new Store(file).close();
    // Another process takes the write lock and keeps it for a second.
    const holder = spawn(process.execPath, ['-e', `
      const { DatabaseSync } = require('node:sqlite');
      const db = new DatabaseSync(${JSON.stringify(file)});
      db.exec('BEGIN IMMEDIATE');
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, 1000);
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    await once(holder.stdout!, 'data');
    // SQLite's own wait is 1 ms here, so it is the retry loop that carries the write through.
    const store = new Store(file, { busyTimeoutMs: 1, retry: { deadlineMs: 10_000, firstPauseMs: 10, maxPauseMs: 100 } });
    const started = Date.now();
    expect(store.saveRun(tinyAnalysis('waited'), ['waited'])).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    store.close();
    await once(holder, 'close');
  });

  it('gives up with STORE_BUSY at the retry deadline, writing nothing', () => {
    const file = tempDb();
    new Store(file).close();
    const holder = new DatabaseSync(file);
    holder.exec('BEGIN IMMEDIATE');
    const store = new Store(file, { busyTimeoutMs: 5, retry: { deadlineMs: 150, firstPauseMs: 10, maxPauseMs: 50 } });
    const started = Date.now();
    expect(() => store.saveRun(tinyAnalysis('late'), ['late'])).toThrow(expect.objectContaining({ code: 'STORE_BUSY', message: expect.stringMatching(/locked by other writers/) }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    holder.exec('ROLLBACK');
    holder.close();
    expect(store.runs()).toEqual([]);
    expect(store.saveRun(tinyAnalysis('late'), ['late'])).toBe(1);
    store.close();
  });
});

describe('doctor', () => {
  function damaged(damage: (db: DatabaseSync) => void) {
    const file = tempDb();
    const store = new Store(file);
    store.saveRun(tinyAnalysis('one'), ['one']);
    store.saveRun(tinyAnalysis('two'), ['two']);
    store.addDocument(libraryDoc(1));
    expect(store.check().ok).toBe(true);
    store.close();
    const db = new DatabaseSync(file, { enableForeignKeyConstraints: false });
    damage(db);
    db.close();
    const again = new Store(file);
    const report = again.check();
    again.close();
    return Object.fromEntries(report.checks.filter((c) => !c.ok).map((c) => [c.name, c.problems]));
  }

  it('finds evidence that points at a missing document, and a run whose rows do not match its analysis', () => {
    const failed = damaged((db) => db.exec("DELETE FROM documents WHERE run_id = 2 AND id = 'd1'"));
    expect(failed['evidence points at stored documents']).toEqual([
      'run 2 event e1 cites document d1, not stored with the run',
      'run 2 quote q1 cites document d1, not stored with the run',
    ]);
    expect(failed['runs match their analysis']).toEqual(['run 2: the analysis has 3 documents, the store holds 2 rows']);
    expect(failed['references resolve within their run']).toEqual(["run 2: a timeline entry's evidence cites document d1, not stored with the run"]);
  });

  it('finds a timeline entry or a participant that names nothing stored', () => {
    const failed = damaged((db) => db.exec("DELETE FROM events WHERE run_id = 1; DELETE FROM entities WHERE run_id = 2"));
    expect(failed['references resolve within their run']).toEqual([
      'run 1: a timeline entry names event e1, not stored with the run',
      'run 2 event e1: participant n1 is not a stored entity',
    ]);
  });

  it('finds orphan rows (and the foreign-key check agrees)', () => {
    const failed = damaged((db) => db.exec("INSERT INTO events (run_id, id, type, title, status, sources, data) VALUES (9, 'e9', 't', 't', 's', 1, '{}')"));
    expect(failed['no orphan rows']).toEqual(['1 events row(s) of run 9, which does not exist']);
    expect(failed['foreign_key_check']).toHaveLength(1);
  });

  it('finds a full-text index out of step with its table, and a library document changed behind its hash', () => {
    const failed = damaged((db) => {
      db.exec("INSERT INTO library_fts (library_fts, rowid, text, title) SELECT 'delete', rowid, text, title FROM library");
      db.exec("UPDATE library SET raw = json_set(raw, '$.body', 'changed')");
    });
    expect(failed['library_fts in sync']?.[0]).toMatch(/does not match its table/);
    expect(failed['library documents match their hash']?.[0]).toMatch(/does not match its hash/);
  });
});
