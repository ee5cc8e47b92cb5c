/**
 * Groups of referents believed to be one entity, and what comparing two groups needs: a name, a type, the
 * gazetteer id, role classes, documents, and the sentences their mentions sit in.
 */
import type { EntityType } from '../../model.ts';
import type { Referent } from './referents.ts';
import { mostFrequent } from './referents.ts';
import type { UnionFind } from './union-find.ts';

export interface Group {
  root: string;
  referents: Referent[];
  name: string;
  tokens: string[];
  type: EntityType;
  gazetteerId: string | null;
  roleClasses: Set<string>;
  documents: Set<string>;
  mentionCount: number;
}

export function currentGroups(referents: Referent[], uf: UnionFind): Group[] {
  const byId = new Map(referents.map((r) => [r.id, r]));
  return [...uf.groups(referents.map((r) => r.id))].map(([root, ids]) => groupOf(root, ids.map((id) => byId.get(id)!)));
}

function groupOf(root: string, referents: Referent[]): Group {
  const gazetteer = referents.find((r) => r.gazetteerId);
  // The fullest name carries most: prefer names of several words, then the most frequent among them.
  const longest = Math.max(...referents.map((r) => r.tokens.length));
  const named = referents.filter((r) => r.tokens.length === longest);
  const name = gazetteer?.name ?? mostFrequent(named.flatMap((r) => r.mentions.map(() => r.name)))!;
  const owner = referents.find((r) => r.name === name)!;
  return {
    root,
    referents,
    name,
    tokens: owner.tokens,
    type: mostFrequent(referents.map((r) => r.type)) ?? 'other',
    gazetteerId: gazetteer?.gazetteerId ?? null,
    roleClasses: new Set(referents.flatMap((r) => [...r.roleClasses])),
    documents: new Set(referents.map((r) => r.document)),
    mentionCount: referents.reduce((n, r) => n + r.mentions.length, 0),
  };
}

/** Which of two groups is the better attested (and so names the entity): gazetteer, then mentions, then documents. */
export function strength(g: Group): number {
  return (g.gazetteerId ? 1_000_000 : 0) + g.documents.size * 1000 + g.mentionCount;
}

export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}
