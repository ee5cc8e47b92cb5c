/** The run report at the command line: bad inputs beside good ones, exit status 3, escaped messages, and exports that survive a store that cannot be written. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SEEDS } from '../helpers.ts';

function storyline(...args: string[]) {
  const result = spawnSync(process.execPath, [`${REPO}src/cli/main.ts`, ...args], { encoding: 'utf8', cwd: REPO });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the run report on the command line', () => {
  it('analyses the good inputs, lists the bad ones escaped, exits 3, and keeps --json when the store cannot be opened', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-report-'));
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    copyFileSync(path.join(SEEDS, '000_6fff0cc9977b9eb1.txt'), path.join(corpus, 'good.txt'));
    writeFileSync(path.join(corpus, '\u001b[31mevil.txt'), '');
    writeFileSync(path.join(corpus, 'bad.json'), '{"text": "cut');
    const json = path.join(dir, 'out.json');
    const md = path.join(dir, 'out.md');
    // A file where the store's folder should be: the store cannot be created.
    writeFileSync(path.join(dir, 'blocker'), '');
    const result = storyline('analyze', corpus, path.join(dir, 'missing.txt'), '--json', json, '--md', md, '-q', '--db', path.join(dir, 'blocker', 'store.db'));
    const analysis = JSON.parse(readFileSync(json, 'utf8'));
    expect(analysis.documents).toHaveLength(1);
    expect(analysis.events.length).toBeGreaterThan(0);
    expect(analysis.errors.map((e: { code: string }) => e.code).sort()).toEqual(['INPUT_EMPTY', 'INPUT_MALFORMED', 'INPUT_NOT_FOUND']);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Timeline/);
    expect(result.stderr).toMatch(/\\x1b\[31mevil\.txt: empty input; skipped \[INPUT_EMPTY\]/);
    expect(result.stderr.includes('\u001b')).toBe(false);
    // The store could not be written: that failure is the exit status, the exports are there all the same.
    expect(result.stderr).toMatch(/the run was not stored.*\[STORE_FAILED\]/);
    expect(result.code).toBe(1);
  });

  it('exits 3 when the run finished with errors and the store took it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyline-report-'));
    const result = storyline('analyze', path.join(SEEDS, '000_6fff0cc9977b9eb1.txt'), path.join(dir, 'missing.txt'), '--json', path.join(dir, 'a.json'), '-q', '--db', path.join(dir, 'store.db'));
    expect(result.stderr).toMatch(/missing\.txt: no such file or folder \[INPUT_NOT_FOUND\]/);
    expect(result.code).toBe(3);
  });
});
