/** Where runs are stored: --db FILE, else $STORYLINE_DB, else .storyline/storyline.db in the working directory. */
import { Store } from '../storage/sqlite.ts';

export const STORE_FLAGS = { db: { type: 'string' } } as const;

export const STORE_HELP = `  --db FILE            the SQLite store (default: $STORYLINE_DB or .storyline/storyline.db)`;

export function storePath(values: { db?: string }): string {
  return values.db ?? process.env.STORYLINE_DB ?? '.storyline/storyline.db';
}

export function openStore(values: { db?: string }): Store {
  return new Store(storePath(values));
}
