/**
 * Loads the lexicons and rule tables kept as data files in the repository's `data/` folder.
 * Resolved from this module's location, which sits one level below the root both in src/ and dist/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

const cache = new Map<string, unknown>();

/** Parses `data/<relativePath>` (JSON) once and returns the cached value on later calls. */
export function loadData<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    value = JSON.parse(readFileSync(path.join(DATA_DIR, relativePath), 'utf8'));
    cache.set(relativePath, value);
  }
  return value as T;
}
