import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.ts';
import { writeArticles } from '../storage/fixtures/corpus.ts';

function storyline(...args: string[]) {
  const result = spawnSync(process.execPath, [`${REPO}src/cli/main.ts`, ...args], { encoding: 'utf8', cwd: REPO });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('storyline ingest and doctor', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'storyline-cli-store-'));
  const db = path.join(dir, 'store.db');
  const corpus = path.join(dir, 'corpus');
  writeArticles(corpus, 3);

  it('ingests once, skips on the second pass, and the doctor finds the store whole', () => {
    const first = storyline('ingest', corpus, '--db', db);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.match(/^stored\t[0-9a-f]{12}\t.*a00\d\.txt$/gm)).toHaveLength(3);
    expect(first.stderr).toMatch(/stored 3 new document\(s\), skipped 0/);
    const second = storyline('ingest', corpus, '--db', db, '--json');
    expect(JSON.parse(second.stdout)).toMatchObject({ stored: 0, skipped: 3 });
    const doctor = storyline('doctor', '--db', db);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/3 library document\(s\)[\s\S]*ok {4}integrity_check[\s\S]*the store is whole/);
    const json = JSON.parse(storyline('doctor', '--db', db, '--json').stdout);
    expect(json).toMatchObject({ ok: true, counts: { library: 3 } });
    const found = storyline('search', 'delegation', '--library', '--db', db);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^library [0-9a-f]{12} Harbor talks, round a\d\n.*\[delegation\]/m);
    expect(storyline('search', 'zanzibar', '--library', '--db', db).code).toBe(1);
  });

  it('ingest reports an input it cannot read (exit 3) and stores the others', () => {
    const partial = path.join(dir, 'partial.db');
    const result = storyline('ingest', corpus, path.join(dir, 'no-such-file.txt'), '--db', partial, '--json');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/no-such-file\.txt.*\[INPUT_NOT_FOUND\]/);
    expect(JSON.parse(result.stdout)).toMatchObject({ stored: 3, errors: [{ code: 'INPUT_NOT_FOUND' }] });
  });

  it('doctor exits 1 and names each problem of a damaged store, and a missing one', () => {
    const damaged = path.join(dir, 'damaged.db');
    expect(storyline('ingest', corpus, '--db', damaged, '-q').code).toBe(0);
    const raw = new DatabaseSync(damaged);
    raw.exec("INSERT INTO library_fts (library_fts, rowid, text, title) SELECT 'delete', rowid, text, title FROM library LIMIT 1");
    raw.close();
    const doctor = storyline('doctor', '--db', damaged);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/FAIL {2}library_fts in sync\n\s+the full-text index does not match its table/);
    expect(doctor.stdout).toMatch(/1 check\(s\) failed/);
    const missing = storyline('doctor', '--db', path.join(dir, 'none.db'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no store here .*\[INPUT_NOT_FOUND\]/);
    const notDb = path.join(dir, 'text.db');
    writeFileSync(notDb, 'plain text, not a database. '.repeat(200));
    expect(storyline('doctor', '--db', notDb).stderr).toMatch(/not a SQLite database.*\[STORE_CORRUPT\]/);
  });
});
