/**
 * Crash safety with real processes: `storyline ingest` and a run-saver are killed with SIGKILL at seeded random
 * points (before, between and inside transactions), then the store is checked (doctor), and the work is resumed:
 * nothing committed is lost, nothing is stored twice, and the resumed ingest skips exactly what was stored.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/random.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { documentHash } from '../../src/storage/library.ts';
import { Store } from '../../src/storage/sqlite.ts';
import { CLI, SAVER, run, start, type Child } from './fixtures/children.ts';
import { writeArticles } from './fixtures/corpus.ts';

const SEED = 20261207;
const ARTICLES = 40;
const INGEST_KILLS = 5;
const SAVE_KILLS = 3;

/** Kills the child with SIGKILL `delayMs` after `when` first holds for a line it printed (or after spawning). */
function killWhen(script: string, args: string[], when: (lines: string[]) => boolean, delayMs: number): Child {
  let armed = false;
  const arm = (child: Child) => {
    if (armed) return;
    armed = true;
    setTimeout(() => child.process.kill('SIGKILL'), delayMs);
  };
  const child: Child = start(script, args, (_line, lines) => {
    if (when(lines)) arm(child);
  });
  if (when([])) arm(child);
  return child;
}

/** What the store holds, and the doctor's report (opened for writing, as doctor does, so the FTS checks run). */
function storeState(file: string) {
  const store = new Store(file, { mustExist: true });
  try {
    return { report: store.check(), library: store.library(), runs: store.runs() };
  } finally {
    store.close();
  }
}

describe('kill -9 during ingest', () => {
  it(`loses and duplicates nothing, and resumes where it stopped (${INGEST_KILLS} seeded kills)`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-crash-'));
    const corpus = path.join(dir, 'corpus');
    writeArticles(corpus, ARTICLES);
    const expected = (await readInputs([corpus])).map((raw) => ({ hash: documentHash(raw), source: raw.source })).sort((a, b) => a.hash.localeCompare(b.hash));
    const random = seededRandom(SEED);
    const outcomes: string[] = [];
    for (let i = 0; i < INGEST_KILLS; i++) {
      const db = path.join(dir, `store-${i}.db`);
      // Kill once k documents were reported stored (k = 0: during start-up or reading), a few ms later.
      const k = Math.floor(random() * (ARTICLES - 10));
      const delay = k === 0 ? 200 + random() * 1500 : random() * 5;
      const killed = killWhen(CLI, ['ingest', corpus, '--db', db], (lines) => lines.filter((l) => l.startsWith('stored')).length >= k && (k > 0 || lines.length === 0), delay);
      const first = await killed.done;
      const seen = killed.lines.filter((l) => l.startsWith('stored')).map((l) => l.split('\t')[1]!);

      // Right after the crash: the store is whole, and holds at least what was reported stored (a kill during
      // start-up may leave no store at all).
      let stored = 0;
      if (existsSync(db)) {
        const after = storeState(db);
        expect(after.report.checks.filter((c) => !c.ok), `iteration ${i}`).toEqual([]);
        const hashes = after.library.map((d) => d.hash);
        expect(new Set(hashes).size).toBe(hashes.length);
        for (const h of seen) expect(hashes.some((x) => x.startsWith(h)), `reported ${h} but lost`).toBe(true);
        stored = hashes.length;
      }

      // Resume: the same command skips what is there and stores the rest.
      const second = await run(CLI, ['ingest', corpus, '--db', db]);
      expect(second.code, second.stderr).toBe(0);
      const lines = second.stdout.trim().split('\n');
      expect(lines.filter((l) => l.startsWith('skipped'))).toHaveLength(stored);
      expect(lines.filter((l) => l.startsWith('stored'))).toHaveLength(ARTICLES - stored);
      const final = storeState(db);
      expect(final.report.ok).toBe(true);
      expect(final.library.map(({ hash, source }) => ({ hash, source })).sort((a, b) => a.hash.localeCompare(b.hash))).toEqual(expected);
      outcomes.push(`${first.signal ?? `exit ${first.code}`} after ${seen.length} reported, ${stored} stored; resumed ${ARTICLES - stored}`);
    }
    // Most kills must land while ingesting (a very fast machine may finish a run before its kill).
    expect(outcomes.filter((o) => o.startsWith('SIGKILL')).length).toBeGreaterThanOrEqual(INGEST_KILLS - 2);
    console.log(`kill -9 during ingest:\n  ${outcomes.join('\n  ')}`);
  });
});

describe('kill -9 while saving runs', () => {
  it(`keeps every committed run whole and no half-written one (${SAVE_KILLS} seeded kills)`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-crash-runs-'));
    const db = path.join(dir, 'store.db');
    const random = seededRandom(SEED + 1);
    let committed = 0;
    const outcomes: string[] = [];
    for (let i = 0; i < SAVE_KILLS; i++) {
      // Each run is ~0.6 MB (30 documents of 20 KB): kills land inside transactions and WAL checkpoints too.
      const k = 1 + Math.floor(random() * 4);
      const killed = killWhen(SAVER, [db, `kill${i}`, '50'], (lines) => lines.length >= k, random() * 40);
      const result = await killed.done;
      const reported = killed.lines.length;
      const state = storeState(db);
      expect(state.report.checks.filter((c) => !c.ok), `iteration ${i}`).toEqual([]);
      expect(state.runs.length).toBeGreaterThanOrEqual(committed + reported);
      expect(state.runs.length).toBeLessThanOrEqual(committed + reported + 1);
      committed = state.runs.length;
      outcomes.push(`${result.signal ?? `exit ${result.code}`} after ${reported} reported; ${committed} runs in the store`);
    }
    const resumed = await run(SAVER, [db, 'after', '2', '3', '100']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const state = storeState(db);
    expect(state.report.ok).toBe(true);
    expect(state.runs.map((r) => r.id)).toEqual(Array.from({ length: committed + 2 }, (_, j) => j + 1));
    console.log(`kill -9 while saving runs:\n  ${outcomes.join('\n  ')}`);
  });
});
