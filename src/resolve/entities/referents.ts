/**
 * Local referents: the mentions one document already keyed together (same `key`), with what resolution across
 * documents needs to compare them: their best name, name words, roles from the mentions and from the words
 * around them, the sentences they sit in.
 */
import type { AnnotatedDocument, EntityMention, EntityType } from '../../model.ts';
import { nameTokens } from '../similarity.ts';
import { rolesAround } from './roles.ts';

export interface Referent {
  /** `<document>:<key>` */
  id: string;
  document: string;
  mentions: EntityMention[];
  /** The document's full name for it ("Joe Biden"). */
  name: string;
  tokens: string[];
  type: EntityType;
  gazetteerId: string | null;
  /** Roles given by the annotator plus role classes found around the name. */
  roles: string[];
  roleClasses: Set<string>;
}

/** Pronouns and bare titles carry no name to compare; they follow their referent but never name it. */
const NAMELESS_VIA = new Set(['pronoun', 'title-only', 'definite', 'demonym']);

export function buildReferents(docs: AnnotatedDocument[]): Referent[] {
  const out: Referent[] = [];
  for (const doc of docs) {
    const byKey = new Map<string, EntityMention[]>();
    for (const m of doc.mentions) {
      const list = byKey.get(m.key);
      if (list) list.push(m);
      else byKey.set(m.key, [m]);
    }
    for (const [key, mentions] of byKey) out.push(referentOf(doc, key, mentions));
  }
  return out;
}

function referentOf(doc: AnnotatedDocument, key: string, mentions: EntityMention[]): Referent {
  const named = mentions.filter((m) => !NAMELESS_VIA.has(m.via));
  const name = mostFrequent((named.length ? named : mentions).map((m) => m.name)) ?? key;
  const around = mentions.map((m) => rolesAround(doc, m));
  const roleClasses = new Set(around.flatMap((r) => r.classes));
  const roles = unique([...mentions.flatMap((m) => m.roles), ...around.flatMap((r) => r.phrases)]);
  return {
    id: `${doc.id}:${key}`,
    document: doc.id,
    mentions,
    name,
    tokens: nameTokens(name),
    type: mostFrequent(mentions.map((m) => m.type)) ?? 'other',
    gazetteerId: mentions.find((m) => m.gazetteerId)?.gazetteerId ?? null,
    roles,
    roleClasses,
  };
}

/** The most frequent value; ties go to the longer one (a fuller name), then to the first seen. */
export function mostFrequent<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) {
    const b = best === undefined ? -1 : counts.get(best)!;
    if (n > b || (n === b && v.length > best!.length)) best = v;
  }
  return best;
}

export function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v.trim() && !seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}
