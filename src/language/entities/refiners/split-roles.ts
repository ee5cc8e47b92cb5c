/**
 * A capitalized run (a person, or an unknown name) may glue a role to a name: "Minneapolis Police Officer Derek Chauvin", "Coast Guard Captain
 * Jason Neubauer", "Chief Executive Jane Doe". When a person candidate found by capitalization holds a role noun
 * (data/lexicon/person-roles.json) before its last name words, the name starts after it and the words before it
 * become the person's role. A run of role words alone ("the Chief Officer") names no one.
 */
import type { Candidate, EntityRefiner } from '../context.ts';

/** A person keeps at least this many name words after the role ("Officer Chauvin" keeps "Chauvin"). */
const MIN_NAME_WORDS = 1;
const MAX_NAME_WORDS = 3;

export const splitRoles: EntityRefiner = {
  name: 'split-roles',
  refine(ctx, candidates) {
    return candidates.flatMap((c) => ((c.type === 'person' || c.type === 'other') && c.via === 'capitalization' ? split(ctx, c) : [c]));
  },
};

/** The candidate with its role split off; none when it holds only role words ("the Chief Officer"). */
function split(ctx: Parameters<EntityRefiner['refine']>[0], c: Candidate): Candidate[] {
  const { start, end } = ctx.input.tokenRange(c);
  const isRole = (i: number) => ctx.lex.personRoles.has(ctx.input.tokens[i]!.text.toLowerCase());
  let last = -1;
  for (let i = start; i < end - MIN_NAME_WORDS; i++) if (isRole(i)) last = i;
  if (last < 0) return [c];
  if (isRole(end - 1) && last === end - 2) return c.type === 'person' ? [] : [c];
  // "Judge Rotenberg Center": what follows the role word is an organisation's name, not a person's.
  const rest = ctx.input.tokens.slice(last + 1, end).map((t) => t.text.toLowerCase());
  if (rest.some((w) => ctx.lex.orgSuffixes.has(w) || ctx.lex.orgHeads.has(w)) || rest.length > MAX_NAME_WORDS) return [c];
  const first = ctx.input.tokens[last + 1]!;
  const role = ctx.input.text.slice(c.start, ctx.input.tokens[last]!.end);
  const name = ctx.input.text.slice(first.start, c.end);
  return [{ ...c, start: first.start, name, type: 'person', roles: [...c.roles, role] }];
}
