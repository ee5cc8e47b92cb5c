/**
 * Entities from the final groups: a readable stable id, the canonical name, every surface form, the union of
 * roles, and the aliases judged misspellings with their evidence — both those joined here (variants.ts) and
 * those the document annotator had already tied to a fuller name ("Fiden" keyed to "Joe Biden").
 */
import type { Entity } from '../../model.ts';
import type { EntityResolution } from '../context.ts';
import type { Group } from './groups.ts';
import { unique } from './referents.ts';
import type { VariantJoin } from './variants.ts';
import { editRatio, nameTokens, soundDistance } from '../similarity.ts';

/**
 * Surface forms that are aliases but never misspellings: no name of their own (pronoun, bare title, metonym),
 * or a spelling the gazetteer lists for the entity ("Kiev", "US").
 */
const NOT_A_NAME = new Set(['pronoun', 'title-only', 'definite', 'demonym', 'metonym', 'gazetteer']);

export function buildEntities(groups: Group[], joins: VariantJoin[]): EntityResolution {
  const used = new Set<string>();
  const entities: Entity[] = [];
  const entityOf: Record<string, string> = {};
  const sorted = [...groups].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const joinsOf = joinIndex(joins);
  for (const g of sorted) {
    const entity = entityOf_(g, joinsOf(g), used);
    entities.push(entity);
    for (const id of entity.mentions) entityOf[id] = entity.id;
  }
  return { entities, entityOf };
}

function entityOf_(g: Group, joins: VariantJoin[], used: Set<string>): Entity {
  const mentions = g.referents.flatMap((r) => r.mentions);
  const id = uniqueId(`e-${slug(g.name)}`, used);
  return {
    id,
    name: g.name,
    type: g.type,
    aliases: unique([...mentions.map((m) => m.text), ...g.referents.map((r) => r.name)]),
    roles: unique(g.referents.flatMap((r) => r.roles)),
    variants: variantsOf(g, joins),
    gazetteerId: g.gazetteerId,
    mentions: mentions.map((m) => m.id),
  };
}

/** The joins whose target shares a referent with a group (its root or a member), in the order given. */
function joinIndex(joins: VariantJoin[]): (g: Group) => VariantJoin[] {
  const byReferent = new Map<string, number[]>();
  joins.forEach((j, i) => {
    for (const id of new Set([j.target.root, ...j.target.referents.map((r) => r.id)])) {
      const list = byReferent.get(id);
      if (list) list.push(i);
      else byReferent.set(id, [i]);
    }
  });
  return (g) => {
    const found = new Set(g.referents.flatMap((r) => byReferent.get(r.id) ?? []));
    return [...found].sort((a, b) => a - b).map((i) => joins[i]!);
  };
}

/** `joins`: those whose target shares a referent with the group (joinIndex). */
function variantsOf(g: Group, joins: VariantJoin[]): { alias: string; evidence: string }[] {
  const out = new Map<string, string>();
  for (const j of joins) {
    for (const form of forms(j.alias.referents.flatMap((r) => r.mentions))) {
      if (!isFormOf(form, g.tokens)) out.set(form, `${resemblance(form, g.tokens)}; ${j.evidence.map((e) => e.reason).join('; ')}`);
    }
  }
  // Misspellings the annotator already keyed to a fuller name inside one document.
  for (const r of g.referents) {
    for (const form of forms(r.mentions)) {
      if (out.has(form) || isFormOf(form, g.tokens) || isFormOf(form, r.tokens)) continue;
      out.set(form, `${resemblance(form, g.tokens)}; named ${r.name} in ${r.document} by the annotator`);
    }
  }
  return [...out].map(([alias, evidence]) => ({ alias, evidence }));
}

function forms(mentions: { text: string; via: string }[]): string[] {
  return unique(mentions.filter((m) => !NOT_A_NAME.has(m.via)).map((m) => m.text));
}

/** "Biden", "President Biden", "Joe Biden" are forms of Joe Biden; "Fiden" is not. */
function isFormOf(form: string, name: string[]): boolean {
  const words = nameTokens(form);
  return words.length > 0 && words.every((w) => name.includes(w) || (w.length === 1 && name.some((n) => n[0] === w)));
}

function resemblance(form: string, name: string[]): string {
  const words = nameTokens(form);
  const target = words.length >= 2 ? name.join(' ') : (name[name.length - 1] ?? '');
  const written = words.length >= 2 ? words.join(' ') : (words[0] ?? '');
  const sound = words.length >= 2 ? soundDistance(words[words.length - 1]!, name[name.length - 1] ?? '') : soundDistance(written, target);
  return `"${form}" is spelled like "${target}" (edit ratio ${editRatio(written, target).toFixed(2)}) and sounds like it (${sound} metaphone edit${sound === 1 ? '' : 's'})`;
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
