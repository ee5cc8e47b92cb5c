/**
 * Ranks the candidates left: the nearer sentence first, and within a sentence distance the subject of its
 * clause ("Kovac met Berg. She said…": Kovac); then, in an earlier sentence, the earlier mention (the topic
 * is named first), in the pronoun's own sentence the nearer one (the clause it belongs to). A subject
 * one sentence further back does not beat a nearer mention: SUBJECT_BONUS < SENTENCE_COST. A person whose
 * given name only looks like the other gender (gender.ts) pays GUESSED_GENDER_COST.
 */
import type { EntityMention } from '../../model.ts';
import type { CorefContext, Pronoun } from './context.ts';

const SENTENCE_COST = 10;
const SUBJECT_BONUS = 6;
const GUESSED_GENDER_COST = 8;

export function best(ctx: CorefContext, p: Pronoun, candidates: EntityMention[]): EntityMention | null {
  const guess = (m: EntityMention) => (m.type === 'person' ? ctx.genders.guessed.get(m.key) : undefined);
  const score = (m: EntityMention) =>
    (p.sentence - m.sentence) * SENTENCE_COST -
    (ctx.subjects.has(m.id) ? SUBJECT_BONUS : 0) +
    (p.form.gender && guess(m) && guess(m) !== p.form.gender ? GUESSED_GENDER_COST : 0);
  const order = (a: EntityMention, b: EntityMention) => (a.sentence === p.sentence ? b.start - a.start : a.start - b.start);
  return [...candidates].sort((a, b) => score(a) - score(b) || order(a, b))[0] ?? null;
}
