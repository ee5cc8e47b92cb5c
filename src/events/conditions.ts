/**
 * Context conditions a trigger of the lexicon may carry (`when`) and contexts that cancel it (`unless`):
 * they keep ambiguous words ("call", "session", "collapse") from firing where they mean something else.
 */
import type { EntityMention } from '../model.ts';
import type { DocContext } from './context.ts';
import { cues } from './cues.ts';
import type { TriggerBlocker, TriggerCondition, TriggerSpec } from './ontology.ts';

type Check = (ctx: DocContext, start: number, end: number) => boolean;

const CONDITIONS: Record<TriggerCondition, Check> = {
  // "Biden called Putin", "spoke to Russia": the verb needs its addressee right after it.
  'entity-after': (ctx, _start, end) => mentionStartsWithin(ctx, end, 3),
  // "a session between Russia and NATO": an event only when its parties follow.
  'between-or-pair': (ctx, _start, end) => wordWithin(ctx, end, end + 2, ['between', 'with']),
  // "reached an agreement", "sent aid": the noun alone is often a thing, not a happening.
  'verb-before': (ctx, start) => rangeHas(ctx, start - 3, start, (i) => ctx.doc.tokens[i]!.pos === 'VERB'),
  // "200 deaths": a count makes the noun an event report.
  'number-near': (ctx, start, end) => rangeHas(ctx, start - 4, end + 4, (i) => ctx.doc.tokens[i]!.pos === 'NUM'),
  // "the court ruled": "rule" means a ruling only near a court word.
  'court-near': (ctx, start) => wordWithin(ctx, ctx.clauseTokens(start).start, start, cues().courtWords),
  // "rail workers began a strike": a labour strike needs workers, a union or pay in its sentence.
  // "The strike, which started on February 12": with neither kind of word near it, the document's subject decides.
  'labour-context': (ctx, start, end) => {
    if (wordWithin(ctx, start - 3, end + 2, cues().militaryContext)) return false;
    return wordWithin(ctx, start - 12, end + 12, cues().labourContext) || (!wordWithin(ctx, start - 12, end + 12, cues().militaryContext) && labourStory(ctx));
  },
  // "the president will receive Lyngstad": receiving a person is meeting them, receiving a letter is not.
  'person-after': (ctx, _start, end) => mentionStartsWithin(ctx, end, 4, 'person'),
  // "the company collapsed" vs "the bridge collapsed".
  'organization-before': (ctx, start) => {
    const clause = ctx.clauseTokens(start);
    const from = ctx.doc.tokens[clause.start]!.start;
    return ctx.mentionsIn({ start: from, end: ctx.doc.tokens[start]!.start }).some((m) => m.type === 'organization');
  },
  // "Kovac and Berg spoke for two hours": a verb of talking is a contact when its subject is a pair.
  'pair-subject': (ctx, start) => ctx.view.dependents(start, 'nsubj').some((s) => ctx.view.dependents(s, 'conj').length > 0),
  // "Kestrel bought the unit", "agreed to buy Silicon Valley Bank": a purchase is a deal when a company buys or is bought.
  'organization-party': (ctx, start, end) => CONDITIONS['organization-before'](ctx, start, end) || mentionStartsWithin(ctx, end, 4, 'organization'),
};

const BLOCKERS: Record<TriggerBlocker, Check> = {
  // "a media conference call", "a call with reporters" is a briefing, not a contact between parties.
  'press-context': (ctx, start, end) => wordWithin(ctx, start - 3, end + 4, cues().pressContext),
  // "opened fire", "under fire" are shooting, not a blaze.
  'weapon-context': (ctx, start, end) => wordWithin(ctx, start - 2, end + 1, cues().weaponContext) || /fire$/.test(ctx.word(start - 1)),
  // "an air strike", "missile strikes on the port" are attacks, not a labour strike.
  'military-context': (ctx, start, end) => wordWithin(ctx, start - 3, end + 2, cues().militaryContext),
};

export function conditionHolds(ctx: DocContext, when: TriggerCondition | undefined, start: number, end: number): boolean {
  return when ? CONDITIONS[when](ctx, start, end) : true;
}

/**
 * Words a trigger needs around it: "plunge" is a market move only with "shares" before it, "find" a verdict only
 * with "guilty" after it. Looked for inside the trigger's clause, within `contextWindow` tokens.
 */
export function contextHolds(ctx: DocContext, spec: Pick<TriggerSpec, 'before' | 'after'>, start: number, end: number): boolean {
  const clause = ctx.clauseTokens(start);
  const window = cues().contextWindow;
  const near = (from: number, to: number, words: string[]) => {
    for (let i = Math.max(from, clause.start); i < Math.min(to, clause.end); i++) if (words.some((w) => ctx.matchAt(i, w) > 0)) return true;
    return false;
  };
  return (!spec.before || near(start - window, start, spec.before)) && (!spec.after || near(end, end + window, spec.after));
}

export function blocked(ctx: DocContext, unless: TriggerBlocker | undefined, start: number, end: number): boolean {
  return unless ? BLOCKERS[unless](ctx, start, end) : false;
}

function sameSentenceRange(ctx: DocContext, from: number, to: number, anchor: number): number[] {
  const s = ctx.doc.tokens[anchor]?.sentence;
  const out: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(ctx.doc.tokens.length, to); i++) if (ctx.doc.tokens[i]!.sentence === s) out.push(i);
  return out;
}

function rangeHas(ctx: DocContext, from: number, to: number, test: (i: number) => boolean): boolean {
  const anchor = Math.max(0, Math.min(ctx.doc.tokens.length - 1, from + Math.floor((to - from) / 2)));
  return sameSentenceRange(ctx, from, to, anchor).some(test);
}

function wordWithin(ctx: DocContext, from: number, to: number, words: string[]): boolean {
  return rangeHas(ctx, from, to, (i) => words.some((w) => ctx.is(i, w)));
}

/** A document about labour, not war: labour words outnumber military ones, and there are a few of them. */
const labourStories = new WeakMap<DocContext['doc'], boolean>();
function labourStory(ctx: DocContext): boolean {
  let known = labourStories.get(ctx.doc);
  if (known === undefined) {
    const count = (words: string[]) => ctx.doc.tokens.reduce((n, _t, i) => n + (words.some((w) => ctx.is(i, w)) ? 1 : 0), 0);
    const labour = count(cues().labourContext);
    known = labour >= 3 && labour > 2 * count(cues().militaryContext);
    labourStories.set(ctx.doc, known);
  }
  return known;
}

function mentionStartsWithin(ctx: DocContext, end: number, tokens: number, type?: EntityMention['type']): boolean {
  const last = ctx.doc.tokens[Math.min(end + tokens, ctx.doc.tokens.length) - 1];
  const first = ctx.doc.tokens[end];
  if (!first || !last || first.sentence !== ctx.doc.tokens[end - 1]?.sentence) return false;
  return ctx.view.mentionsStartingIn({ start: first.start, end: last.start + 1 }).some((m) => !type || m.type === type);
}
