import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SEEDS } from '../helpers.ts';

const DB = path.join(mkdtempSync(path.join(tmpdir(), 'storyline-cli-db-')), 'store.db');

function storyline(...args: string[]) {
  const env = { ...process.env, STORYLINE_DB: DB };
  const result = spawnSync(process.execPath, [`${REPO}src/cli/main.ts`, ...args], { encoding: 'utf8', cwd: REPO, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('storyline CLI', () => {
  it('prints help with exit 0, and usage errors exit 2 naming the problem', () => {
    expect(storyline('--help').code).toBe(0);
    expect(storyline('analyze', '--help').stdout).toMatch(/--json FILE/);
    const none = storyline('analyze');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/at least one input/);
    const bad = storyline('analyze', '--frobnicate', SEEDS);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/frobnicate/);
    expect(storyline('no-such-command').code).toBe(2);
  });

  it('fails with exit 1 and names a missing input', () => {
    const result = storyline('analyze', '/no/such/folder');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/no/such/folder');
  });

  it('writes the analysis as JSON to a file and as every export format', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-cli-'));
    const out = (name: string) => path.join(dir, name);
    const result = storyline('analyze', SEEDS, '--json', out('a.json'), '--md', out('a.md'), '--csv', out('a.csv'), '--html', out('a.html'), '--timelinejs', out('t.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Timeline: \d+ events from 5 documents/);
    const analysis = JSON.parse(readFileSync(out('a.json'), 'utf8'));
    expect(analysis.documents).toHaveLength(5);
    expect(readFileSync(out('a.md'), 'utf8')).toMatch(/^# Timeline/);
    expect(readFileSync(out('a.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,date,/);
    expect(readFileSync(out('a.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(JSON.parse(readFileSync(out('t.json'), 'utf8')).events).toHaveLength(analysis.timeline.filter((t: { date: string | null }) => t.date).length);
  });

  it('writes JSON to stdout with --json - and nothing else there', () => {
    const result = storyline('analyze', SEEDS, '--json', '-');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents).toHaveLength(5);
  });

  it('stores each analyze run and can show and search it later', () => {
    expect(storyline('analyze', SEEDS, '-q').code).toBe(0);
    const runs = JSON.parse(storyline('runs', '--json').stdout);
    expect(runs.at(-1)).toMatchObject({ documents: 5 });
    const shown = storyline('show', String(runs.at(-1).id), '--json', '-');
    expect(JSON.parse(shown.stdout).documents).toHaveLength(5);
    expect(storyline('search', 'Kremlin').stdout).toMatch(/\[Kremlin\]/);
    expect(storyline('show', '9999').code).toBe(1);
  });

  it('extract prints one JSON line per document', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-extract-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Officials met on Monday.\n\nThey talked for an hour.\n');
    const result = storyline('extract', dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 'd01', source: path.join(dir, 'a.txt') });
    expect(lines[0].text).toContain('They talked for an hour.');
  });
});
