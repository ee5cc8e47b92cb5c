/** Shared test helpers: paths to ../shared and the repo, and a cached analysis of the seed articles. */
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline.ts';
import type { Analysis } from '../src/model.ts';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const SEEDS = `${SHARED}corpus/seeds`;

let seeds: Promise<Analysis> | undefined;

/** The analysis of the five seed articles, computed once per test file. */
export function seedAnalysis(): Promise<Analysis> {
  seeds ??= analyze([SEEDS]);
  return seeds;
}
