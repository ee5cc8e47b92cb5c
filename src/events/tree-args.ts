/**
 * An event trigger's arguments read off the dependency tree (data/events/arguments.json): the subject and
 * objects of a verb, with the passive turned round ("was seized by the court"), the subject a controlled or
 * coordinated verb shares with its head ("agreed to buy", "met … and signed"), the noun a relative clause
 * hangs on ("Putin, who spoke with Biden"); a noun's possessor, its "by"/"with"/"of"/"between" phrases, and the
 * subject of the light verb that takes it as object ("Biden and Putin held talks"). Each argument phrase
 * gives the entity mentions it names: its own, its coordinated members', a pronoun's antecedent, or those of the
 * words that describe a nameless head ("the leaders of France", "Russian forces").
 */
import type { EntityMention } from '../model.ts';
import { loadData } from '../data.ts';
import type { DocContext } from './context.ts';
import { cues } from './cues.ts';

interface ArgumentTable {
  verb: { actor: string[]; target: string[]; targetCases: string[]; actorCases: string[] };
  noun: { actor: string[]; target: string[]; targetCases: string[]; actorCases: string[]; betweenCases: string[]; members: string[] };
  passiveMarkers: string[];
  subjectFromHead: string[];
  relativeClauses: string[];
  reducedRelatives: string[];
  relativePronouns: string[];
  nameParts: string[];
}

const table = () => loadData<ArgumentTable>('events/arguments.json');

/** Cases that lead to places as often as to parties ("moved to Moscow"): a place is no party there. */
const PLACE_CASES = new Set(['to', 'into', 'from', 'on']);

export interface TreeArguments {
  actors: EntityMention[];
  targets: EntityMention[];
  /** Parties named together ("talks between X and Y", "the Biden-Putin call"), split later by symmetry. */
  between: EntityMention[];
}

/** Whether the sentence holding token i was parsed (the tree is empty when no parser model was loaded). */
export function hasTree(ctx: DocContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !!t && t.deprel !== '';
}

/** The token of a trigger span [start, end) that the rest of the sentence attaches to. */
export function triggerHead(ctx: DocContext, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const h = ctx.view.head(i);
    if (h < start || h >= end) return i;
  }
  return end - 1;
}

export function treeArguments(ctx: DocContext, head: number, nominal: boolean): TreeArguments {
  return nominal ? nounArguments(ctx, head) : verbArguments(ctx, head);
}

function verbArguments(ctx: DocContext, v: number): TreeArguments {
  const t = table();
  const view = ctx.view;
  const passive = view.dependents(v, ...t.passiveMarkers).length > 0;
  let actors = phrases(ctx, view.dependents(v, ...t.verb.actor).filter((k) => view.deprel(k) !== 'nsubj:pass'));
  const targets = phrases(ctx, view.dependents(v, ...t.verb.target).filter((k) => view.deprel(k) !== 'obl:agent'));
  actors.push(...caseObjects(ctx, v, t.verb.actorCases).filter(() => passive));
  targets.push(...caseObjects(ctx, v, t.verb.targetCases));
  if (actors.length === 0 && !passive) actors = inheritedSubject(ctx, v);
  if (targets.length === 0 && passive) targets.push(...reducedRelativeHead(ctx, v));
  return { actors, targets, between: [] };
}

function nounArguments(ctx: DocContext, n: number): TreeArguments {
  const t = table();
  const view = ctx.view;
  const actors = phrases(ctx, view.dependents(n, ...t.noun.actor));
  actors.push(...caseObjects(ctx, n, t.noun.actorCases));
  const targets = caseObjects(ctx, n, t.noun.targetCases);
  const between = caseObjects(ctx, n, t.noun.betweenCases);
  between.push(...phrases(ctx, view.dependents(n, ...t.noun.members)));
  const light = view.head(n);
  if (actors.length === 0 && view.deprel(n) === 'obj' && isLightVerb(ctx, light)) {
    actors.push(...phrases(ctx, view.dependents(light, 'nsubj')));
    if (actors.length === 0) actors.push(...inheritedSubject(ctx, light));
    targets.push(...caseObjects(ctx, light, t.noun.targetCases));
  }
  return { actors, targets, between };
}

function isLightVerb(ctx: DocContext, i: number): boolean {
  return i >= 0 && cues().lightVerbs.includes(ctx.lemma(i));
}

/** Objects of the obliques and nominal modifiers of i whose preposition is one of `cases`. */
function caseObjects(ctx: DocContext, i: number, cases: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const k of ctx.view.dependents(i, 'obl', 'nmod')) {
    const marker = ctx.view.dependents(k, 'case').map((c) => ctx.lemma(c)).find((c) => cases.includes(c));
    if (!marker) continue;
    const found = phrases(ctx, [k]);
    out.push(...(PLACE_CASES.has(marker) ? found.filter((m) => m.type !== 'location') : found));
  }
  return out;
}

/**
 * A verb with no subject of its own: "agreed to buy" (xcomp), "met … and signed" (conj), "after meeting X, Biden
 * said" (advcl) take their head's subject; "Putin, who spoke with Biden" takes the noun the clause describes.
 */
function inheritedSubject(ctx: DocContext, v: number): EntityMention[] {
  const t = table();
  const view = ctx.view;
  for (let k = v, steps = 0; k >= 0 && steps < 4; steps++) {
    const rel = view.deprel(k);
    const head = view.head(k);
    if (head < 0) return [];
    if (t.relativeClauses.includes(rel)) return phrases(ctx, [head]);
    if (!t.subjectFromHead.includes(rel)) return [];
    const subject = view.dependents(head, 'nsubj').filter((s) => view.deprel(s) !== 'nsubj:pass');
    if (subject.length) return phrases(ctx, subject);
    k = head;
  }
  return [];
}

/** "the tanker seized by Egypt": a passive participle describing a noun acts on that noun. */
function reducedRelativeHead(ctx: DocContext, v: number): EntityMention[] {
  return table().reducedRelatives.includes(ctx.view.deprel(v)) ? phrases(ctx, [ctx.view.head(v)]) : [];
}

/** The mentions that the phrases headed by `heads` name, each phrase's coordinated members included. */
function phrases(ctx: DocContext, heads: number[]): EntityMention[] {
  const out: EntityMention[] = [];
  const seen = new Set<number>();
  const visit = (k: number, depth: number) => {
    if (seen.has(k) || depth > 8) return;
    seen.add(k);
    const named = namedBy(ctx, k);
    for (const m of named) if (!out.includes(m)) out.push(m);
    for (const c of ctx.view.dependents(k, 'conj')) visit(c, depth + 1);
  };
  for (const h of heads) visit(h, 0);
  return out.filter((m) => m.via !== 'dateline' && !ctx.view.inTime(m));
}

/** The mention a phrase head names: its own, a pronoun's antecedent, or the names describing a nameless head. */
function namedBy(ctx: DocContext, k: number): EntityMention[] {
  const token = ctx.doc.tokens[k];
  if (!token) return [];
  const own = ctx.view.mentionAt(token.start);
  if (own) return [own];
  const link = ctx.view.pronounAt(k);
  if (link) {
    const antecedent = ctx.view.mention(link.mention);
    return antecedent ? [antecedent] : [];
  }
  if (table().relativePronouns.includes(token.text.toLowerCase())) return [];
  const parts = ctx.view.dependents(k, ...table().nameParts);
  return parts.flatMap((p) => {
    const m = ctx.view.mentionAt(ctx.doc.tokens[p]!.start);
    return m ? [m] : [];
  });
}
