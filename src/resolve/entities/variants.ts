/**
 * Misspelled names joined to the entity they garble, only with evidence: the names must look and sound alike
 * (name-match.ts) AND the context must agree (evidence.ts). A close match needs one piece of context; a loose
 * one (a lone garbled word, one document) needs two, one of them the real name in the same document.
 * Each join is returned so the entity can say why an alias was judged a misspelling.
 */
import type { AnnotatedDocument } from '../../model.ts';
import { currentGroups, strength, typesCompatible, type Group } from './groups.ts';
import { findEvidence, SentenceIndex, shareSentence, type Evidence } from './evidence.ts';
import { nameMatch, type MatchTier } from './name-match.ts';
import type { Referent } from './referents.ts';
import type { UnionFind } from './union-find.ts';
import { SurnameIndex } from './blocking.ts';

export interface VariantJoin {
  /** Root of the group joined (its referents' forms become variants). */
  alias: Group;
  target: Group;
  tier: MatchTier;
  evidence: Evidence[];
}

export function variantJoins(docs: AnnotatedDocument[], referents: Referent[], uf: UnionFind): VariantJoin[] {
  const index = new SentenceIndex(docs);
  const joins: VariantJoin[] = [];
  const groups = currentGroups(referents, uf).sort((a, b) => strength(a) - strength(b));
  const names = new Map(groups.map((g) => [g.root, g.name]));
  const absorbed = new Set<string>();
  const candidates = candidateTargets(groups);
  for (const alias of groups) {
    if (alias.gazetteerId) continue;
    const accepted = candidates(alias)
      .filter((t) => t !== alias && !absorbed.has(t.root) && strength(t) >= strength(alias))
      .map((target) => judge(alias, target, index, uf, names))
      .filter((j): j is VariantJoin => j !== null);
    const best = pickOne(accepted);
    if (!best) continue;
    uf.union(best.target.root, alias.root);
    absorbed.add(alias.root);
    joins.push(best);
  }
  return joins;
}

/**
 * The groups `judge` could join an alias to, found without comparing it with every group: a close match shares
 * a surname sound key (blocking.ts); a loose one is only taken from the alias's own document, so a lone alias
 * also gets the groups named in its document. In the order of `groups`, as if every group had been judged.
 */
export function candidateTargets(groups: Group[]): (alias: Group) => Group[] {
  const bySurname = new SurnameIndex(groups, (g) => g.tokens[g.tokens.length - 1]);
  const position = new Map(groups.map((g, i) => [g, i]));
  const byDocument = new Map<string, Group[]>();
  for (const g of groups) {
    for (const d of g.documents) {
      const list = byDocument.get(d);
      if (list) list.push(g);
      else byDocument.set(d, [g]);
    }
  }
  return (alias) => {
    const close = bySurname.candidates(alias.tokens[alias.tokens.length - 1]);
    const found = isLone(alias) ? new Set([...close, ...[...alias.documents].flatMap((d) => byDocument.get(d) ?? [])]) : close;
    return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
  };
}

/** A single word seen in one document: the only kind of alias the loose tier may join. */
function isLone(alias: Group): boolean {
  return alias.tokens.length === 1 && alias.documents.size === 1;
}

function judge(alias: Group, target: Group, index: SentenceIndex, uf: UnionFind, names: Map<string, string>): VariantJoin | null {
  if (!typesCompatible(alias.type, target.type) || alias.type === 'location') return null;
  const tier = nameMatch(alias.tokens, target.tokens);
  if (tier === 'none' || shareSentence(alias, target)) return null;
  const evidence = findEvidence(alias, target, index, uf, names);
  if (tier === 'close' && evidence.length >= 1) return { alias, target, tier, evidence };
  if (tier === 'loose' && isLone(alias) && evidence.length >= 2 && evidence.some((e) => e.kind === 'document')) return { alias, target, tier, evidence };
  return null;
}

/** The single best-supported target; none when two targets are equally supported (ambiguous). */
function pickOne(joins: VariantJoin[]): VariantJoin | null {
  const score = (j: VariantJoin) => (j.tier === 'close' ? 10 : 0) + j.evidence.length;
  const sorted = [...joins].sort((a, b) => score(b) - score(a));
  if (sorted.length === 0) return null;
  if (sorted.length > 1 && score(sorted[0]!) === score(sorted[1]!)) return null;
  return sorted[0]!;
}
