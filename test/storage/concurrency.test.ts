/**
 * Four writer processes on one SQLite store at once (WAL, BEGIN IMMEDIATE, busy timeout, retry with backoff):
 * no run is lost, no document is stored twice, and the final state is the one a sequential run leaves.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { Store } from '../../src/storage/sqlite.ts';
import { seededRandom } from '../../src/random.ts';
import { CLI, SAVER, run, start, type Child } from './fixtures/children.ts';
import { writeArticles } from './fixtures/corpus.ts';

const WRITERS = 4;
const SEED = 20261208;

/** What a store holds, without what depends on timing (row ids, timestamps). */
function contentOf(file: string) {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const library = db.prepare('SELECT hash, source, raw, title, outlet, author, published, text FROM library ORDER BY hash').all();
    const runs = db.prepare('SELECT inputs, analysis FROM runs ORDER BY inputs').all();
    const rows = ['documents', 'events', 'entities', 'quotes'].map((t) => db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get());
    return { library, runs, rows };
  } finally {
    db.close();
  }
}

function doctorOk(file: string): string[] {
  const store = new Store(file);
  try {
    return store.check().checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.problems.join('; ')}`);
  } finally {
    store.close();
  }
}

describe(`${WRITERS} concurrent writers on one store`, () => {
  // One corpus for the ingest tests; writer w takes 20 files starting at 10·w (wrapping), so every file goes to
  // exactly two writers. The sequential reference is one ingest of the four shares one after the other.
  const dir = mkdtempSync(path.join(tmpdir(), 'storyline-concurrent-'));
  const files = writeArticles(path.join(dir, 'corpus'), 40);
  const share = (w: number) => Array.from({ length: 20 }, (_, j) => files[(w * 10 + j) % files.length]!);
  const alone = path.join(dir, 'alone.db');
  let sequential: ReturnType<typeof contentOf>;

  beforeAll(async () => {
    const result = await run(CLI, ['ingest', ...share(0), ...share(1), ...share(2), ...share(3), '--db', alone, '-q']);
    expect(result.code, result.stderr).toBe(0);
    sequential = contentOf(alone);
    expect(sequential.library).toHaveLength(40);
  });

  it('ingest: overlapping inputs, each document stored once, same library as a sequential ingest', async () => {
    const together = path.join(dir, 'together.db');
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, w) => run(CLI, ['ingest', ...share(w), '--db', together])));
    for (const r of results) expect(r.code, r.stderr).toBe(0);

    const stored = results.map((r) => r.stdout.split('\n').filter((l) => l.startsWith('stored')).length);
    const skipped = results.map((r) => r.stdout.split('\n').filter((l) => l.startsWith('skipped')).length);
    expect(stored.reduce((a, b) => a + b)).toBe(40);
    expect(stored.map((s, w) => s + skipped[w]!)).toEqual([20, 20, 20, 20]);
    expect(doctorOk(together)).toEqual([]);
    expect(contentOf(together)).toEqual(sequential);
    console.log(`concurrent ingest: stored per writer ${stored.join(', ')} (40 in all, none twice)`);
  });

  it('ingest: one of the writers killed with SIGKILL mid-way and run again, same library as a sequential ingest', async () => {
    const together = path.join(dir, 'together-kill.db');
    // Killed after its k-th document (stored or skipped, whichever the race made it), k seeded in 1..15.
    const k = 1 + Math.floor(seededRandom(SEED)() * 15);
    const victim: Child = start(CLI, ['ingest', ...share(0), '--db', together], (_line, lines) => {
      if (lines.length === k) victim.process.kill('SIGKILL');
    });
    const others = await Promise.all([1, 2, 3].map((w) => run(CLI, ['ingest', ...share(w), '--db', together])));
    for (const r of others) expect(r.code, r.stderr).toBe(0);
    const killed = await victim.done;
    const again = await run(CLI, ['ingest', ...share(0), '--db', together]);
    expect(again.code, again.stderr).toBe(0);
    expect(doctorOk(together)).toEqual([]);
    expect(contentOf(together)).toEqual(sequential);
    const storedAgain = again.stdout.split('\n').filter((l) => l.startsWith('stored')).length;
    console.log(`concurrent ingest with a kill: writer 0 ${killed.signal ?? `exit ${killed.code}`} after ${victim.lines.length} line(s); its rerun stored ${storedAgain}`);
  });

  it('runs: every run of every writer is stored whole, as in a sequential run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-concurrent-runs-'));
    const together = path.join(dir, 'together.db');
    const alone = path.join(dir, 'alone.db');
    // Big transactions (~0.3 MB each) and a 1 ms busy timeout, so writers collide and the retry with backoff,
    // not SQLite's own wait, has to carry them through.
    const args = (db: string, w: number) => [db, `writer${w}`, '6', '15', '20000', '1'];
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, w) => run(SAVER, args(together, w))));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    for (let w = 0; w < WRITERS; w++) expect((await run(SAVER, args(alone, w))).code).toBe(0);

    expect(results.map((r) => r.stdout.trim().split('\n').length)).toEqual([6, 6, 6, 6]);
    expect(doctorOk(together)).toEqual([]);
    const store = new Store(together, { readOnly: true });
    expect(store.runs().map((r) => r.id)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    store.close();
    expect(contentOf(together)).toEqual(contentOf(alone));
  });
});
