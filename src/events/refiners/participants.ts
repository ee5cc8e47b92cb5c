/**
 * Actors and targets from the entity mentions of the trigger's clause: the subject group before the trigger,
 * the object group after it, "between X and Y", the "by" agent of a passive; for symmetric events
 * ("X and Y held talks") the first participant is the actor and the others the targets; a noun trigger's agent
 * may follow it ("a field hospital run by the Federation").
 */
import { byAgentAfter, candidatesIn, groups, leftGroup, preferPersons, rightGroup } from '../args.ts';
import type { DocContext } from '../context.ts';
import { cues } from '../cues.ts';
import { pronounSubject } from '../pronouns.ts';
import type { EntityMention, Token } from '../../model.ts';
import { eventType } from '../ontology.ts';
import { fillSlots, split, withinRoles } from '../slots.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const participants: EventRefiner = {
  name: 'participants',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => {
      if (c.slotsFromTree) return fillEmptySlot(ctx, c);
      return c.actors.length || c.targets.length ? c : { ...c, ...withinRoles(c.type, find(ctx, c)) };
    });
  },
};

/** The tree found one side only: the other comes from adjacency, never repeating a party the tree placed. */
function fillEmptySlot(ctx: DocContext, c: Candidate): Candidate {
  if (c.actors.length && c.targets.length) return c;
  const found = withinRoles(c.type, find(ctx, c));
  const placedMentions = [...c.actors, ...c.targets].map((id) => ctx.view.mention(id)).filter((m): m is EntityMention => m !== null);
  const placed = new Set(placedMentions.map((m) => m.key));
  // A name modifying a placed party is part of it, not another party: "U.S." in "the U.S. Coast Guard".
  const heads = placedMentions.map((m) => phraseHead(ctx, m));
  const inPlaced = (m: EntityMention) => heads.some((h) => h >= 0 && modifies(ctx, ctx.view.tokenCovering(m.start), h));
  const fresh = (ids: string[]) => ids.filter((id) => {
    const m = ctx.view.mention(id);
    return !m || (!placed.has(m.key) && !inPlaced(m));
  });
  const actors = c.actors.length ? c.actors : fresh(found.actors);
  // A symmetric event's other party may stand on either side ("Kovac called Berg", parsed without an object).
  const others = eventType(c.type)?.symmetric ? [...found.targets, ...found.actors] : found.targets;
  const targets = c.targets.length ? c.targets : fresh(others).filter((id) => !actors.includes(id));
  return { ...c, actors, targets };
}

/**
 * Modifiers before a noun: a name hanging on another by these describes it ("the U.S. Coast Guard"). Phrases
 * after the noun ("Halden of Aldera and …") are left out: coordination inside them is where parses go wrong.
 */
const PRENOMINAL = new Set(['compound', 'amod', 'nmod:poss', 'flat']);

/** Token i stands before `head` and hangs on it through prenominal relations only (not "X and Y"). */
function modifies(ctx: DocContext, i: number, head: number): boolean {
  if (i >= head) return false;
  for (let j = i, steps = 0; j >= 0 && steps < 20; j = ctx.view.head(j), steps++) {
    if (j === head) return j !== i;
    if (!PRENOMINAL.has(ctx.view.deprel(j))) return false;
  }
  return false;
}

/** The token of a mention whose head lies outside it (the phrase's head), or -1. */
function phraseHead(ctx: DocContext, m: EntityMention): number {
  const { start, end } = ctx.view.tokenRange(m);
  for (let i = start; i < end; i++) {
    const h = ctx.view.head(i);
    if (h < start || h >= end) return i;
  }
  return -1;
}

function find(ctx: DocContext, c: Candidate): { actors: string[]; targets: string[] } {
  const gs = groups(ctx, candidatesIn(ctx, c.clause, c.trigger));
  const between = betweenGroup(ctx, gs, c);
  if (between.length > 1) return split(between, []);
  const light = (t: Token) => c.nominal && t.pos === 'VERB' && cues().lightVerbs.includes(t.lemma.toLowerCase());
  const agent = c.nominal ? byAgentAfter(ctx, gs, c.trigger.end) : [];
  let actors = agent.length ? agent : leftGroup(ctx, gs, c.trigger.start, light);
  let targets = agent.length ? [] : rightGroup(ctx, gs, c.trigger.end);
  if (actors.length === 0 && !c.nominal) {
    // "She was acquitted", "It filed for bankruptcy": the subject is a pronoun for someone named before.
    const antecedent = pronounSubject(ctx, c.tokenStart);
    if (antecedent) actors = [antecedent];
    else actors = coordinatedSubject(ctx, c);
  }
  if (!c.nominal && isPassive(ctx, c.tokenStart)) {
    const agent = targets.length && ctx.word(ctx.tokenAt(targets[0]!.start) - 1) === 'by' ? targets : [];
    [actors, targets] = [agent, actors];
  }
  return fillSlots(c.type, actors, targets);
}

/**
 * "the firm Pemberton & Rusk had raised questions and had stepped down on Friday": a verb joined by "and" to an
 * earlier verb of its sentence shares that verb's subject.
 */
function coordinatedSubject(ctx: DocContext, c: Candidate): EntityMention[] {
  let i = c.tokenStart - 1;
  while (i > 0 && ['AUX', 'ADV', 'PART'].includes(ctx.doc.tokens[i]!.pos)) i--;
  if (ctx.word(i) !== 'and') return [];
  const sentence = ctx.doc.sentences[c.sentence]!;
  let verb = i - 1;
  while (verb >= sentence.tokenStart && ctx.doc.tokens[verb]!.pos !== 'VERB') verb--;
  if (verb < sentence.tokenStart || i - verb > MAX_CONJUNCT) return [];
  while (verb > sentence.tokenStart && ['AUX', 'ADV'].includes(ctx.doc.tokens[verb - 1]!.pos)) verb--;
  const gs = groups(ctx, candidatesIn(ctx, sentence, c.trigger));
  return leftGroup(ctx, gs, ctx.doc.tokens[verb]!.start, () => false);
}

/** How far back the first verb of a coordination may stand ("had raised questions about … and had"). */
const MAX_CONJUNCT = 20;

/** "talks between Russia and NATO", "the meeting between X and Y". */
function betweenGroup(ctx: DocContext, gs: EntityMention[][], c: Candidate): EntityMention[] {
  const at = [c.tokenEnd, c.tokenEnd + 1].find((i) => ctx.word(i) === 'between');
  if (at === undefined) return [];
  const after = ctx.doc.tokens[at]!.end;
  const g = gs.find((x) => x[0]!.start >= after);
  return g && ctx.tokenAt(g[0]!.start) - at <= 5 ? preferPersons(g) : [];
}

/** "was arrested", "were killed": a form of "be" (or "get") right before a verbal trigger. */
function isPassive(ctx: DocContext, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    if (ctx.lemma(k) === 'be' || ctx.lemma(k) === 'get') return ctx.doc.tokens[i]!.text.toLowerCase().endsWith('ed') || ctx.lemma(i) !== ctx.word(i);
    if (ctx.doc.tokens[k]!.pos !== 'ADV') return false;
  }
  return false;
}
