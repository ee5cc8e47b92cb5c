/**
 * A path argument → the files it stands for: a file as is; a folder walked recursively in sorted order; a glob
 * pattern matched against the files under its fixed leading folders. Folder and glob results are filtered by the
 * include/exclude globs; a pattern without "/" is matched against the file name, one with "/" against the path
 * relative to the folder. Globs are matched by `glob.ts` (linear time, capped brace expansion).
 *
 * The walk is iterative and never follows a symlinked folder unless `followSymlinks` is set (then each real
 * folder is entered once: symlink loops end); a symlinked file is read only when its target lies inside the
 * folder walked (a `passwd.txt -> /etc/passwd` is skipped) unless `followSymlinks` is set. A sub-folder or file
 * that cannot be listed or examined (EACCES, vanished) becomes an error of its own; the rest of the walk goes on.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { StorylineError, toRunError, type RunError } from '../errors.ts';
import { KNOWN_EXTENSIONS } from './sniff.ts';
import { compileGlob, isGlob, matchGlob, type Glob } from './glob.ts';

export interface PathFilter {
  include?: string[];
  exclude?: string[];
  /** Follow symlinked folders and symlinks out of the walked folder (default: no). */
  followSymlinks?: boolean;
}

export interface Expanded {
  files: string[];
  /** Parts of the input that could not be read (an unreadable sub-folder, a symlink left out). */
  errors: RunError[];
}

interface Filters {
  include: Glob[];
  exclude: Glob[];
  follow: boolean;
}

export function expandPath(input: string, filter: PathFilter): Expanded {
  const filters: Filters = {
    include: (filter.include ?? []).map(compileGlob),
    exclude: (filter.exclude ?? []).map(compileGlob),
    follow: filter.followSymlinks ?? false,
  };
  const stat = statOrNull(input);
  if (stat?.isDirectory()) return walk(input, filters);
  if (stat?.isFile()) return { files: [input], errors: [] };
  if (stat) throw new StorylineError('INPUT_UNREADABLE', 'not a regular file or folder', input);
  if (isGlob(input)) return expandGlob(input, filters);
  throw new StorylineError('INPUT_NOT_FOUND', 'no such file or folder', input);
}

function expandGlob(pattern: string, filters: Filters): Expanded {
  const normal = path.posix.normalize(pattern.split(path.sep).join('/'));
  const glob = compileGlob(normal);
  const parts = normal.split('/');
  const fixed = parts.findIndex(isGlob);
  const base = parts.slice(0, fixed).join('/') || (normal.startsWith('/') ? '/' : '.');
  const all = statOrNull(base)?.isDirectory() ? walk(base, filters, true) : { files: [], errors: [] };
  const files: string[] = [];
  for (const file of all.files) {
    const unix = file.split(path.sep).join('/');
    if (matchGlob(glob, unix)) {
      files.push(file);
      continue;
    }
    // A pattern naming folders ("corpus/*") stands for the files in them, filtered as a folder walk would be.
    const dirs = unix.split('/');
    for (let k = dirs.length - 1; k > 0; k--) {
      const dir = dirs.slice(0, k).join('/');
      if (matchGlob(glob, dir)) {
        if (keep(dirs.slice(k).join('/'), dirs.at(-1)!, filters)) files.push(file);
        break;
      }
    }
  }
  if (files.length === 0) throw new StorylineError('INPUT_NOT_FOUND', 'no file matches this pattern', pattern);
  return { files, errors: all.errors };
}

/** The files under `root` (sorted by relative path); `everything`: no extension or include/exclude filter. */
function walk(root: string, filters: Filters, everything = false): Expanded {
  const errors: RunError[] = [];
  const found: { full: string; rel: string }[] = [];
  const realRoot = realpathOrNull(root) ?? path.resolve(root);
  const entered = new Set<string>([realRoot]);
  const stack: string[] = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push(toRunError(new StorylineError('INPUT_UNREADABLE', `folder could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, dir), dir));
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) {
        if (everything || keep(rel, e.name, filters)) found.push({ full, rel });
      } else if (e.isSymbolicLink()) {
        const target = followLink(full, realRoot, filters.follow, entered, errors);
        if (target === 'dir') stack.push(full);
        else if (target === 'file' && (everything || keep(rel, e.name, filters))) found.push({ full, rel });
      }
    }
  }
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files: found.map((f) => f.full), errors };
}

/** What a symlink met in a walk may be used as: a folder to enter, a file to read, or nothing. */
function followLink(link: string, realRoot: string, follow: boolean, entered: Set<string>, errors: RunError[]): 'dir' | 'file' | null {
  const real = realpathOrNull(link);
  const stat = real ? statOrNull(real) : null;
  if (!real || !stat) return null; // dangling or looping link: nothing to read
  if (stat.isDirectory()) {
    if (!follow || entered.has(real)) return null;
    entered.add(real);
    return 'dir';
  }
  if (!stat.isFile()) return null;
  if (follow || isInside(real, realRoot)) return 'file';
  errors.push({ input: link, code: 'INPUT_UNREADABLE', message: new StorylineError('INPUT_UNREADABLE', 'symlink to a file outside the folder; skipped (--follow-symlinks to read it)', link).message });
  return null;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function keep(rel: string, base: string, filters: Filters): boolean {
  const matches = (g: Glob) => matchGlob(g, g.source.includes('/') ? rel : base);
  if (filters.exclude.some(matches)) return false;
  if (filters.include.length) return filters.include.some(matches);
  return KNOWN_EXTENSIONS.has(path.extname(base).toLowerCase());
}

function statOrNull(p: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(p);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return lstatSync(p);
    return null;
  }
}

function realpathOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}
