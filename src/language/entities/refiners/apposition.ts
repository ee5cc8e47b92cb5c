/**
 * Appositions that describe a person: "Mary Barra, its chief operating officer,", "John Smith, a credit
 * strategist at …", "Smith, 58,", and before the name "the authority's head of enforcement, Jane Doe,".
 * The describing noun comes from data/lexicon/person-roles.json; words that also describe firms are not there.
 */
import type { Token } from '../../../model.ts';
import type { EntityContext } from '../context.ts';

const DETERMINER = /^(a|an|the|its|his|her|their|our|my)$/i;
const MAX_WORDS = 7;

/** An apposition right after the name (tokens from `after`) that describes a person. */
export function personAppositionAfter(ctx: EntityContext, after: number): boolean {
  const tokens = ctx.input.tokens;
  const comma = tokens[after];
  if (comma?.text !== ',') return false;
  const words = clauseFrom(tokens, after + 1, 1);
  // "Smith, 58, founded …": an age.
  if (words.length === 1 && /^\d{1,3}$/.test(words[0]!.text) && tokens[after + 2]?.text === ',') return true;
  const first = words[0];
  const possessive = words[1] !== undefined && /^['’]s$/.test(words[1].text);
  if (!first || (!DETERMINER.test(first.text) && !possessive)) return false;
  return words.some((t) => isRoleNoun(ctx, t));
}

/** An apposition right before the name (ending at token `before`, a comma) that describes a person. */
export function personAppositionBefore(ctx: EntityContext, before: number): boolean {
  const tokens = ctx.input.tokens;
  if (tokens[before]?.text !== ',') return false;
  const words = clauseFrom(tokens, before - 1, -1);
  return words.some((t) => isRoleNoun(ctx, t)) && words.some((t) => DETERMINER.test(t.text) || /^['’]s$/.test(t.text));
}

function isRoleNoun(ctx: EntityContext, t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && t.pos === 'NOUN' && ctx.lex.personRoles.has(t.text.toLowerCase());
}

/** Up to MAX_WORDS tokens from `from` in direction `step`, stopping at punctuation or the sentence's edge. */
function clauseFrom(tokens: readonly Token[], from: number, step: 1 | -1): Token[] {
  const out: Token[] = [];
  const sentence = tokens[from - step]?.sentence;
  for (let k = from; out.length < MAX_WORDS; k += step) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || /^[,;:.!?()“”"—–]$/.test(t.text)) break;
    out.push(t);
  }
  return out;
}
