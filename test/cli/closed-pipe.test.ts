/** A reader that closes the pipe early ("… | head") ends the run quietly, as Unix tools do. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO, SEEDS } from '../helpers.ts';

describe('a closed output pipe', () => {
  it('stops without a stack trace and exits 0', () => {
    const command = `"${process.execPath}" src/cli/main.ts analyze "${SEEDS}" --no-store -q --json - | head -c 10 > /dev/null; echo "status:\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', cwd: REPO });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(result.stdout.trim()).toBe('status:0');
  });
});
