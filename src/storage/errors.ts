/**
 * SQLite failures turned into named Storyline errors, once, at the driver boundary; and the retry with backoff that
 * lets several processes write one store (SQLITE_BUSY is waited out, never turned into a lost write).
 */
import { StorylineError, type ErrorCode } from '../errors.ts';

/** SQLite primary result codes we act on (the low byte of an extended code). */
const SQLITE = { BUSY: 5, LOCKED: 6, READONLY: 8, CORRUPT: 11, FULL: 13, CANTOPEN: 14, NOTADB: 26 } as const;

/** The primary SQLite result code of a node:sqlite error, or null for anything else. */
export function sqliteCode(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

export function isBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE.BUSY || code === SQLITE.LOCKED;
}

const MEANINGS: Partial<Record<number, { code: ErrorCode; say: (doing: string) => string }>> = {
  [SQLITE.FULL]: {
    code: 'STORE_FULL',
    say: (doing) => `the disk is full (or the store reached its size limit) while ${doing}; nothing of it was written and the store is intact — free space and run again`,
  },
  [SQLITE.READONLY]: {
    code: 'STORE_READONLY',
    say: (doing) => `the store is read-only (file or folder permissions, a read-only disk, or opened read-only) while ${doing}; nothing was written — use a writable --db`,
  },
  [SQLITE.BUSY]: { code: 'STORE_BUSY', say: (doing) => `the store stayed locked by other writers while ${doing}; nothing was written — try again` },
  [SQLITE.LOCKED]: { code: 'STORE_BUSY', say: (doing) => `the store stayed locked while ${doing}; nothing was written — try again` },
  [SQLITE.CORRUPT]: { code: 'STORE_CORRUPT', say: (doing) => `the store is damaged (${doing}); run "storyline doctor" on it` },
  [SQLITE.NOTADB]: { code: 'STORE_CORRUPT', say: () => 'the file is not a SQLite database (not a Storyline store?)' },
  [SQLITE.CANTOPEN]: { code: 'STORE_FAILED', say: (doing) => `the store cannot be opened (${doing}): missing folder or no permission` },
};

/** The named error for a failure of the store at `file` while `doing` something; a StorylineError passes through. */
export function storeError(error: unknown, file: string, doing: string): StorylineError {
  if (error instanceof StorylineError) return error;
  const meaning = MEANINGS[sqliteCode(error) ?? -1];
  const detail = (error as Error)?.message ?? String(error);
  if (!meaning) return new StorylineError('STORE_FAILED', `${doing}: ${detail}`, file, { cause: error });
  return new StorylineError(meaning.code, `${meaning.say(doing)} [sqlite: ${detail}]`, file, { cause: error });
}

export interface RetryPolicy {
  /** Give up after this long (default 60 s), counting SQLite's own busy wait. */
  deadlineMs: number;
  /** First pause; each next one doubles, up to `maxPauseMs`, with jitter. */
  firstPauseMs: number;
  maxPauseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { deadlineMs: 60_000, firstPauseMs: 20, maxPauseMs: 1_000 };

/** Runs `attempt` again while it fails with SQLITE_BUSY or SQLITE_LOCKED, pausing longer each time, until the deadline. */
export function retryBusy<T>(attempt: () => T, policy: RetryPolicy = DEFAULT_RETRY): T {
  const deadline = Date.now() + policy.deadlineMs;
  for (let pause = policy.firstPauseMs; ; pause = Math.min(pause * 2, policy.maxPauseMs)) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
      sleep(pause / 2 + Math.random() * pause);
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The store is synchronous (node:sqlite), so it waits synchronously too. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
