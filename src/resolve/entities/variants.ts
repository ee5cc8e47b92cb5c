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
  for (const alias of groups) {
    if (alias.gazetteerId) continue;
    const accepted = groups
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

function judge(alias: Group, target: Group, index: SentenceIndex, uf: UnionFind, names: Map<string, string>): VariantJoin | null {
  if (!typesCompatible(alias.type, target.type) || alias.type === 'location') return null;
  const tier = nameMatch(alias.tokens, target.tokens);
  if (tier === 'none' || shareSentence(alias, target)) return null;
  const evidence = findEvidence(alias, target, index, uf, names);
  if (tier === 'close' && evidence.length >= 1) return { alias, target, tier, evidence };
  const lone = alias.tokens.length === 1 && alias.documents.size === 1;
  if (tier === 'loose' && lone && evidence.length >= 2 && evidence.some((e) => e.kind === 'document')) return { alias, target, tier, evidence };
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
