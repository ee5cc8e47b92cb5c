/**
 * Context that supports reading one name as a misspelling of another, each as a human-readable reason:
 *  - role: both hold the same identifying role ("spokesperson", "foreign minister");
 *  - partner: both appear with the same third entity in the same kind of sentence (talking to Putin);
 *  - document: the misspelled name's document also names the other one correctly.
 */
import type { AnnotatedDocument } from '../../model.ts';
import { loadData } from '../../data.ts';
import type { Group } from './groups.ts';
import { roleClasses, strongRoleClasses } from './roles.ts';
import type { UnionFind } from './union-find.ts';

export interface Evidence {
  kind: 'role' | 'partner' | 'document';
  reason: string;
}

interface InteractionClass {
  id: string;
  lemmas: string[];
}

/** For each document sentence, which referents it holds and which interaction classes its words belong to. */
export class SentenceIndex {
  readonly referents = new Map<string, string[]>();
  readonly classes = new Map<string, string[]>();

  constructor(docs: AnnotatedDocument[]) {
    const table = loadData<{ classes: InteractionClass[] }>('resolve/interactions.json').classes;
    for (const doc of docs) {
      for (const m of doc.mentions) push(this.referents, `${doc.id}#${m.sentence}`, `${doc.id}:${m.key}`);
      for (const s of doc.sentences) {
        const words = new Set(doc.tokens.slice(s.tokenStart, s.tokenEnd).flatMap((t) => [t.lemma.toLowerCase(), t.text.toLowerCase()]));
        const hit = table.filter((c) => c.lemmas.some((l) => words.has(l))).map((c) => c.id);
        if (hit.length) this.classes.set(`${doc.id}#${s.index}`, hit);
      }
    }
  }
}

export function findEvidence(alias: Group, target: Group, index: SentenceIndex, uf: UnionFind, names: Map<string, string>): Evidence[] {
  const out: Evidence[] = [];
  const role = sharedRole(alias, target);
  if (role) out.push({ kind: 'role', reason: `same role (${role}) as ${target.name}` });
  const partner = sharedPartner(alias, target, index, uf);
  if (partner) out.push({ kind: 'partner', reason: `appears, like ${target.name}, with ${names.get(partner.root) ?? partner.root} in ${partner.kind} sentences` });
  const doc = [...alias.documents].find((d) => target.documents.has(d));
  if (doc) out.push({ kind: 'document', reason: `${doc} also names ${target.name}` });
  return out;
}

function sharedRole(a: Group, b: Group): string | null {
  const strong = strongRoleClasses();
  const shared = [...a.roleClasses].find((c) => strong.has(c) && b.roleClasses.has(c));
  return shared ? (roleClasses().find((c) => c.id === shared)?.label ?? shared) : null;
}

/** (partner root, interaction class) pairs of a group's sentences. */
function partnerKeys(g: Group, index: SentenceIndex, uf: UnionFind): Set<string> {
  const own = new Set(g.referents.map((r) => r.id));
  const keys = new Set<string>();
  for (const r of g.referents) {
    for (const m of r.mentions) {
      const where = `${r.document}#${m.sentence}`;
      const classes = index.classes.get(where) ?? [];
      for (const other of index.referents.get(where) ?? []) {
        if (own.has(other)) continue;
        for (const c of classes) keys.add(`${uf.find(other)}|${c}`);
      }
    }
  }
  return keys;
}

function sharedPartner(a: Group, b: Group, index: SentenceIndex, uf: UnionFind): { root: string; kind: string } | null {
  const keysB = partnerKeys(b, index, uf);
  for (const key of partnerKeys(a, index, uf)) {
    const [root, kind] = key.split('|') as [string, string];
    if (root !== a.root && root !== b.root && keysB.has(key)) return { root, kind };
  }
  return null;
}

/** Do the two groups ever appear in one sentence? Then they are two people ("Putin warned Pita"). */
export function shareSentence(a: Group, b: Group): boolean {
  const where = (g: Group) => new Set(g.referents.flatMap((r) => r.mentions.map((m) => `${r.document}#${m.sentence}`)));
  const inB = where(b);
  return [...where(a)].some((w) => inB.has(w));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
