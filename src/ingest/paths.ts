/**
 * A path argument → the files it stands for: a file as is; a folder walked recursively in sorted order; a glob
 * pattern expanded. Folder and glob results are filtered by the include/exclude globs; a pattern without "/" is
 * matched against the file name, one with "/" against the path relative to the folder.
 */
import { existsSync, globSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StorylineError } from '../errors.ts';
import { KNOWN_EXTENSIONS } from './sniff.ts';

export interface PathFilter {
  include?: string[];
  exclude?: string[];
}

export function expandPath(input: string, filter: PathFilter): string[] {
  if (existsSync(input)) {
    const stat = statSync(input);
    if (stat.isDirectory()) return walk(input, filter);
    if (stat.isFile()) return [input];
    throw new StorylineError('INPUT_UNREADABLE', 'not a regular file or folder', input);
  }
  if (/[*?[{]/.test(input)) {
    const matches = globSync(input).sort();
    const files = matches.flatMap((m) => (statSync(m).isDirectory() ? walk(m, filter) : keep(m, path.basename(m), filter) ? [m] : []));
    if (files.length === 0) throw new StorylineError('INPUT_NOT_FOUND', 'no file matches this pattern', input);
    return files;
  }
  throw new StorylineError('INPUT_NOT_FOUND', 'no such file or folder', input);
}

function walk(dir: string, filter: PathFilter): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((full) => ({ full, rel: path.relative(dir, full).split(path.sep).join('/') }))
    .filter(({ rel }) => !rel.split('/').some((part) => part.startsWith('.')))
    .filter(({ rel }) => keep(rel, path.basename(rel), filter))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
    .map(({ full }) => full);
}

function keep(rel: string, base: string, filter: PathFilter): boolean {
  const matches = (pattern: string) => path.matchesGlob(pattern.includes('/') ? rel : base, pattern);
  if (filter.exclude?.some(matches)) return false;
  if (filter.include?.length) return filter.include.some(matches);
  return KNOWN_EXTENSIONS.has(path.extname(base).toLowerCase());
}
