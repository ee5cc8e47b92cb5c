/**
 * Event mentions the lexicon does not list, found by structure and sense: a verb or noun of a parsed sentence
 * that the learned detector (src/events/detect/, trained on TimeBank's EVENT tags) reads as an event, typed by
 * its WordNet senses (src/events/senses/, data/events/senses.json) with the document's words as domain cues.
 * A phrasal verb is typed with its particle ("step down", "take over"), a verb with the adjective it predicates
 * ("found guilty"). Words the lexicon lists are left to it: its context conditions (a "strike" by workers, not
 * from the air) decide those, and a sense must not bring back what a condition ruled out.
 */
import { isEventMention, prepareTokens, type PreparedSentence } from '../detect/index.ts';
import { typeBySense, type SenseType } from '../senses/index.ts';
import { newCandidate } from '../candidate.ts';
import type { DocContext } from '../context.ts';
import { hasTree, treeArguments } from '../tree-args.ts';
import type { Candidate, EventParser } from '../types.ts';
import { lexicon } from './lexicon.ts';
import { eventType } from '../ontology.ts';

const TAGS = new Set(['VERB', 'NOUN']);
/**
 * Least sense score (data/events/senses.json's scoring: 1 for a first sense at its anchor) for a verb and for a
 * noun. A noun names states and things as often as events ("the Ukraine conflict", "direct engagements"), so
 * it needs a surer sense, and a party of its own in the tree.
 */
const MIN_SCORE = { VERB: 0.3, NOUN: 0.5 };

export const senseTriggers: EventParser = {
  name: 'sense-trigger',
  parse(ctx: DocContext, s: number): Candidate[] {
    const sentence = ctx.doc.sentences[s]!;
    if (!hasTree(ctx, sentence.tokenStart)) return [];
    const prepared = preparedSentence(ctx, s);
    const found: Candidate[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = ctx.doc.tokens[i]!;
      if (!TAGS.has(t.pos) || listed().has(ctx.lemma(i)) || ctx.view.inTime(t)) continue;
      if (!isEventMention(prepared.input, i - sentence.tokenStart)) continue;
      const type = senseType(ctx, i, t.pos as 'VERB' | 'NOUN');
      if (type && grounded(ctx, i, type, t.pos === 'NOUN')) found.push(newCandidate(ctx, { start: i, end: i + 1, type, parser: 'sense-trigger', nominal: t.pos === 'NOUN', medium: null }));
    }
    return found;
  },
};

/** The best type of token i's senses, its particle or predicated adjective taken with it when that names a sense. */
function senseType(ctx: DocContext, i: number, pos: 'VERB' | 'NOUN'): string | null {
  const cues = documentWords(ctx);
  const lemma = ctx.lemma(i);
  const sure = (found: SenseType | undefined) => (found && found.score >= MIN_SCORE[pos] ? found.type : null);
  const partners = pos === 'VERB' ? ctx.view.dependents(i, 'compound:prt', 'xcomp').filter((k) => ctx.doc.tokens[k]!.pos !== 'VERB') : [];
  for (const k of partners) {
    const phrase = sure(typeBySense(`${lemma} ${ctx.lemma(k)}`, pos, cues)[0]);
    if (phrase) return phrase;
  }
  return sure(typeBySense(lemma, pos, cues)[0]);
}

/**
 * A sense alone may be figurative ("the hysteria surrounding the conflict"): the tree must give the event its
 * parties. A type that has agents needs one from the tree; an event noun needs a party of its own ("Egypt's
 * seizure of the ship") or the subject of the light verb that takes it ("held negotiations").
 */
function grounded(ctx: DocContext, i: number, type: string, nominal: boolean): boolean {
  const found = treeArguments(ctx, i, nominal);
  const agentive = eventType(type)?.roles.includes('actor') ?? false;
  // "The ship was seized": a passive names its patient, and its agent may go unsaid.
  if (agentive && !nominal) return found.actors.length > 0 || (found.passive && found.targets.length > 0);
  // A name used as a modifier only ("the Ukraine conflict") labels a situation; it reports no occurrence.
  return found.actors.length + found.targets.length > 0;
}

let listedLemmas: Set<string> | undefined;
/** Every word the trigger lexicon names, alone or as a phrase's head word. */
function listed(): Set<string> {
  listedLemmas ??= new Set(lexicon().flatMap((e) => e.words));
  return listedLemmas;
}

const wordsOf = new WeakMap<object, Set<string>>();
/** The document's lemmas: the domain cues that prefer one sense ("strike" among "union", "pay", "workers"). */
function documentWords(ctx: DocContext): Set<string> {
  let words = wordsOf.get(ctx.doc);
  if (!words) wordsOf.set(ctx.doc, (words = new Set(ctx.doc.tokens.map((t) => t.lemma.toLowerCase()))));
  return words;
}

/** The detector's input for one sentence, its time expressions marked through the view (no scan of the document's times). */
function preparedSentence(ctx: DocContext, s: number): PreparedSentence {
  const prepared = prepareTokens([ctx.doc.sentences[s]!], ctx.doc.tokens)[0]!;
  prepared.input.inTimex = prepared.tokens.map((t) => ctx.view.inTime(t));
  return prepared;
}
