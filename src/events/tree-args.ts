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
  /** A verb in the passive voice: its subject is the target, its agent may go unsaid. */
  passive: boolean;
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
  if (!plausible(ctx, head, nominal)) return { actors: [], targets: [], between: [], passive: false };
  return nominal ? nounArguments(ctx, head) : verbArguments(ctx, head);
}

/**
 * The greedy parser errs (about one head in seven on web text): a verb attached as a compound or name part, or
 * given both an active and a passive subject, is a misparse, and its arguments are better left to adjacency.
 */
function plausible(ctx: DocContext, head: number, nominal: boolean): boolean {
  const rel = ctx.view.deprel(head);
  if (nominal) return rel !== 'flat' && rel !== 'fixed';
  if (['compound', 'flat', 'fixed', 'case', 'det'].includes(rel)) return false;
  const subjects = ctx.view.dependents(head, 'nsubj').map((k) => ctx.view.deprel(k));
  return !(subjects.includes('nsubj') && subjects.includes('nsubj:pass'));
}

function verbArguments(ctx: DocContext, v: number): TreeArguments {
  const t = table();
  const view = ctx.view;
  const passive = isPassive(ctx, v);
  const subjects = view.dependents(v, 'nsubj');
  let actors = phrases(ctx, view.dependents(v, ...t.verb.actor).filter((k) => view.deprel(k) !== 'nsubj:pass' && !(passive && subjects.includes(k))));
  const targets = phrases(ctx, view.dependents(v, ...t.verb.target).filter((k) => view.deprel(k) !== 'obl:agent'));
  if (passive) targets.push(...phrases(ctx, subjects.filter((k) => view.deprel(k) === 'nsubj')));
  actors.push(...caseObjects(ctx, v, t.verb.actorCases).filter(() => passive));
  targets.push(...caseObjects(ctx, v, t.verb.targetCases));
  if (actors.length === 0 && !passive) actors = inheritedSubject(ctx, v);
  if (targets.length === 0 && passive) targets.push(...reducedRelativeHead(ctx, v));
  return { actors, targets, between: [], passive };
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
  return { actors, targets, between, passive: false };
}

/**
 * Passive voice: the parser's passive relations, or a participle after "be"/"get" that it read as a copula
 * with an adjective ("she was acquitted", labelled like "she was happy").
 */
function isPassive(ctx: DocContext, v: number): boolean {
  const view = ctx.view;
  if (view.dependents(v, ...table().passiveMarkers).length > 0) return true;
  const be = view.dependents(v, 'cop', 'aux').some((k) => ['be', 'get'].includes(ctx.lemma(k)));
  const word = ctx.word(v);
  return be && ctx.doc.tokens[v]!.pos === 'VERB' && !word.endsWith('ing') && (word.endsWith('ed') || word.endsWith('en') || word !== ctx.lemma(v));
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
    // "Putin, who spoke with Biden"; "troops surrounding the city": the clause describes its subject.
    if (t.relativeClauses.includes(rel) || (t.reducedRelatives.includes(rel) && ctx.word(k).endsWith('ing'))) return phrases(ctx, [head]);
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

/**
 * The mentions that the phrases headed by `heads` name, with their coordinated members: a conjunct may hang on
 * the phrase head or on any word of the name it holds ("Secretary … Antony Blinken and … Sergey Lavrov", where
 * the parser attaches "Sergey" to "Antony").
 */
function phrases(ctx: DocContext, heads: number[]): EntityMention[] {
  const out: EntityMention[] = [];
  const seen = new Set<number>();
  const visit = (k: number, depth: number) => {
    if (seen.has(k) || depth > 8) return;
    seen.add(k);
    const named = namedBy(ctx, k);
    const words = [k];
    for (const { mention, token } of named) {
      if (!out.includes(mention)) out.push(mention);
      words.push(token);
      const r = ctx.view.tokenRange(mention);
      for (let i = r.start; i < r.end && i - r.start < MAX_NAME_TOKENS; i++) words.push(i);
    }
    for (const w of new Set(words)) for (const c of ctx.view.dependents(w, 'conj')) visit(c, depth + 1);
  };
  for (const h of heads) visit(h, 0);
  return out.filter((m) => m.via !== 'dateline' && !ctx.view.inTime(m));
}

/** How many words of a name are searched for conjuncts: names are short, a mention's span is not always one. */
const MAX_NAME_TOKENS = 8;

/** The mentions a phrase head names, with the token that holds each: its own, a pronoun's antecedent, or the names describing a nameless head. */
function namedBy(ctx: DocContext, k: number): { mention: EntityMention; token: number }[] {
  const token = ctx.doc.tokens[k];
  if (!token) return [];
  const own = ctx.view.mentionAt(token.start);
  if (own) return [{ mention: own, token: k }];
  const link = ctx.view.pronounAt(k);
  if (link) {
    const antecedent = ctx.view.mention(link.mention);
    return antecedent ? [{ mention: antecedent, token: k }] : [];
  }
  if (table().relativePronouns.includes(token.text.toLowerCase())) return [];
  return ctx.view.dependents(k, ...table().nameParts).flatMap((p) => {
    const m = ctx.view.mentionAt(ctx.doc.tokens[p]!.start);
    // "Kovac's lawyer testified": a person's lawyer, deputy or spokesman acts, not the person ("Russia's army" does act for Russia).
    if (!m || (ctx.view.deprel(p) === 'nmod:poss' && (m.type === 'person' || m.type === 'other'))) return [];
    return [{ mention: m, token: p }];
  });
}
