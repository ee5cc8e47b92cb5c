/** Where runs are stored: --db FILE, else $STORYLINE_DB, else .storyline/storyline.db in the working directory. */
import { StorylineError } from '../errors.ts';
import { Store } from '../storage/sqlite.ts';

export const STORE_FLAGS = { db: { type: 'string' } } as const;

export const STORE_HELP = `  --db FILE            the SQLite store (default: $STORYLINE_DB or .storyline/storyline.db)`;

export function storePath(values: { db?: string }): string {
  return values.db ?? process.env.STORYLINE_DB ?? '.storyline/storyline.db';
}

export function openStore(values: { db?: string }): Store {
  return new Store(storePath(values));
}

/** For commands that only read: a store on a read-only disk is opened read-only instead of refused. */
export function openStoreToRead(values: { db?: string }): Store {
  try {
    return openStore(values);
  } catch (error) {
    if (!(error instanceof StorylineError) || error.code !== 'STORE_READONLY') throw error;
    return new Store(storePath(values), { readOnly: true });
  }
}
