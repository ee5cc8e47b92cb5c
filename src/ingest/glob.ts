/**
 * Glob patterns matched in linear time. Node's `path.matchesGlob` and `fs.globSync` compile a pattern to a
 * backtracking regular expression and expand braces eagerly: `*a*a*a…b` or twenty `{a,b}` groups take minutes.
 * Here braces are expanded with a cap (a pattern standing for more than MAX_ALTERNATIVES patterns is refused),
 * and each expanded pattern is matched with the greedy wildcard algorithm: on a mismatch only the last `*` is
 * retried, which is exact for `*`/`?`/`[…]` and costs O(pattern × name). `**` is the same algorithm over path
 * segments.
 */
import { usageError } from '../errors.ts';

const MAX_ALTERNATIVES = 256;
const MAX_PATTERN = 4096;

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export interface Glob {
  source: string;
  /** Each brace alternative, split into path segments. */
  alternatives: string[][];
}

export function compileGlob(pattern: string): Glob {
  if (pattern.length > MAX_PATTERN) throw usageError(`glob pattern longer than ${MAX_PATTERN} characters`);
  return { source: pattern, alternatives: expandBraces(pattern).map((p) => p.split('/')) };
}

/** Whether `file` (a "/"-separated path) matches the glob. */
export function matchGlob(glob: Glob | string, file: string): boolean {
  const g = typeof glob === 'string' ? compileGlob(glob) : glob;
  const parts = file.split('/');
  return g.alternatives.some((segments) => matchSegments(segments, parts));
}

/** "a{b,c{d,e}}f" → ["abf", "acdf", "acef"]; refused beyond MAX_ALTERNATIVES. A brace without a comma is literal. */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const out: string[] = [];
  for (const part of parts) {
    for (const rest of expandBraces(pattern.slice(0, start) + part + pattern.slice(end + 1))) {
      out.push(rest);
      if (out.length > MAX_ALTERNATIVES) throw usageError(`glob pattern "${pattern.slice(0, 80)}" stands for more than ${MAX_ALTERNATIVES} patterns`);
    }
  }
  return out;
}

/** The first top-level brace group with a comma: its bounds and its comma-separated parts. */
function findBrace(p: string): { start: number; end: number; parts: string[] } | null {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < p.length; j++) {
      const c = p[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        if (commas.length === 0) break;
        const bounds = [i, ...commas, j];
        return { start: i, end: j, parts: bounds.slice(1).map((b, k) => p.slice(bounds[k]! + 1, b)) };
      } else if (c === ',' && depth === 1) commas.push(j);
    }
  }
  return null;
}

/** `**` segments match any number of path segments; the greedy algorithm with one backtrack point. */
function matchSegments(pattern: string[], parts: string[]): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < parts.length) {
    if (p < pattern.length && pattern[p] === '**') {
      starP = p++;
      starS = s;
    } else if (p < pattern.length && matchName(pattern[p]!, parts[s]!)) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '**') p++;
  return p === pattern.length;
}

/** One segment: `*` any run, `?` one character, `[abc]`/`[!a-z]` a class, `\x` a literal x; a leading dot needs a dot. */
export function matchName(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < name.length) {
    const step = p < pattern.length ? matchOne(pattern, p, name[s]!) : null;
    if (pattern[p] === '*') {
      starP = p++;
      starS = s;
    } else if (step !== null && step > 0) {
      p = step;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** The position after the pattern item at `p` when it matches `c`, 0 when it does not; `*` is handled by the caller. */
function matchOne(pattern: string, p: number, c: string): number {
  const ch = pattern[p];
  if (ch === '*') return 0;
  if (ch === '?') return p + 1;
  if (ch === '\\' && p + 1 < pattern.length) return pattern[p + 1] === c ? p + 2 : 0;
  if (ch === '[') {
    const close = pattern.indexOf(']', p + 2);
    if (close > 0) {
      let body = pattern.slice(p + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      let hit = false;
      for (let i = 0; i < body.length; i++) {
        if (body[i + 1] === '-' && i + 2 < body.length) {
          if (c >= body[i]! && c <= body[i + 2]!) hit = true;
          i += 2;
        } else if (body[i] === c) hit = true;
      }
      return hit !== negate ? close + 1 : 0;
    }
  }
  return ch === c ? p + 1 : 0;
}
