/**
 * Joins that need no judgement: the same gazetteer id; the same full name (two words or more, same type, no
 * conflicting gazetteer ids); a surname alone joined to the one full name that ends with it (left alone when
 * two people share the surname); equal single names of the same type when no full name claims them.
 */
import type { Referent } from './referents.ts';
import { typesCompatible } from './groups.ts';
import type { UnionFind } from './union-find.ts';

export function exactJoins(referents: Referent[], uf: UnionFind): void {
  const gazetteerOf = new Map<string, string>();
  for (const r of referents) if (r.gazetteerId) gazetteerOf.set(r.id, r.gazetteerId);
  const join = (a: string, b: string) => {
    const ga = gazetteerOf.get(uf.find(a));
    const gb = gazetteerOf.get(uf.find(b));
    if (ga && gb && ga !== gb) return;
    uf.union(a, b);
    if (ga ?? gb) gazetteerOf.set(uf.find(a), (ga ?? gb)!);
  };
  joinBy(referents, join, (r) => (r.gazetteerId ? `g:${r.gazetteerId}` : null));
  joinBy(referents, join, (r) => (r.tokens.length >= 2 ? `n:${r.type}:${r.tokens.join(' ')}` : null));
  joinSurnames(referents, uf, join);
}

function joinBy(referents: Referent[], join: (a: string, b: string) => void, keyOf: (r: Referent) => string | null): void {
  const first = new Map<string, string>();
  for (const r of referents) {
    const key = keyOf(r);
    if (key === null) continue;
    const seen = first.get(key);
    if (seen) join(seen, r.id);
    else first.set(key, r.id);
  }
}

function joinSurnames(referents: Referent[], uf: UnionFind, join: (a: string, b: string) => void): void {
  const full = referents.filter((r) => r.tokens.length >= 2);
  const single = referents.filter((r) => r.tokens.length === 1 && !r.gazetteerId);
  const fullBySurname = new Map<string, Referent[]>();
  for (const f of full) {
    const surname = f.tokens[f.tokens.length - 1]!;
    const list = fullBySurname.get(surname);
    if (list) list.push(f);
    else fullBySurname.set(surname, [f]);
  }
  for (const r of single) {
    const surname = r.tokens[0]!;
    const owners = new Set((fullBySurname.get(surname) ?? []).filter((f) => typesCompatible(f.type, r.type)).map((f) => uf.find(f.id)));
    if (owners.size === 1) join([...owners][0]!, r.id);
  }
  // The groups holding a full name; joining two singles below never changes their roots.
  const withFullName = new Set(full.map((f) => uf.find(f.id)));
  const bySingle = new Map<string, string>();
  for (const r of single) {
    if (withFullName.has(uf.find(r.id))) continue;
    const key = `${r.type}:${r.tokens[0]}`;
    const seen = bySingle.get(key);
    if (seen) join(seen, r.id);
    else bySingle.set(key, r.id);
  }
}
