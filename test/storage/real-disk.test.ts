/**
 * A full disk and a read-only disk for real: a small tmpfs mounted for the test. Needs root on Linux (mount);
 * skipped where mounting is not allowed. store-safety.test.ts covers the same errors everywhere, with a page quota
 * and a read-only open standing in for the disk.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, run } from './fixtures/children.ts';
import { writeArticles } from './fixtures/corpus.ts';

const mount = (...args: string[]) => spawnSync('mount', args, { encoding: 'utf8' }).status === 0;
const umount = (dir: string) => spawnSync('umount', [dir], { encoding: 'utf8' }).status === 0;

/** Whether this process may mount a tmpfs (tried once, on a scratch folder). */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'storyline-mount-probe-'));
  const ok = mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe) && umount(probe);
  rmSync(probe, { recursive: true, force: true });
  return ok;
}

describe.skipIf(!canMount())('a real full disk and a real read-only disk (tmpfs)', () => {
  const disk = mkdtempSync(path.join(tmpdir(), 'storyline-disk-'));
  const corpus = path.join(mkdtempSync(path.join(tmpdir(), 'storyline-disk-corpus-')), 'corpus');
  const db = path.join(disk, 'store.db');
  writeArticles(corpus, 30, 'd');
  const lines = (out: string, status: string) => out.split('\n').filter((l) => l.startsWith(status)).length;

  beforeAll(() => {
    expect(mount('-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk)).toBe(true);
  });
  afterAll(() => {
    umount(disk);
    rmSync(disk, { recursive: true, force: true });
  });

  it('a full disk stops ingest with STORE_FULL, the store stays whole, and ingest resumes once there is room', async () => {
    const full = await run(CLI, ['ingest', corpus, '--db', db]);
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/the disk is full.*\[STORE_FULL\]/);
    const stored = lines(full.stdout, 'stored');
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(30);
    const doctor = await run(CLI, ['doctor', '--db', db, '--json']);
    expect(doctor.code, doctor.stdout).toBe(0);
    expect(JSON.parse(doctor.stdout).counts.library).toBe(stored);

    expect(mount('-o', 'remount,size=16m', disk)).toBe(true);
    const resumed = await run(CLI, ['ingest', corpus, '--db', db]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect([lines(resumed.stdout, 'skipped'), lines(resumed.stdout, 'stored')]).toEqual([stored, 30 - stored]);
  });

  it('a read-only disk: writing is refused with STORE_READONLY, reading and the doctor still work', async () => {
    expect(mount('-o', 'remount,ro', disk)).toBe(true);
    const refused = await run(CLI, ['ingest', corpus, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/read-only disk.*\[STORE_READONLY\]/);
    const doctor = await run(CLI, ['doctor', '--db', db]);
    expect(doctor.code, doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/30 library document\(s\)[\s\S]*skip {2}library_fts in sync[\s\S]*the store is whole/);
    expect((await run(CLI, ['runs', '--db', db])).code).toBe(0);
  });
});
