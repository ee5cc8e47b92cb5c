/**
 * A single unknown capitalized word that context could not type ("Direct engagements…", "Strong economic
 * measures" in garbled Title Case) is far more often a common word than a name: it is dropped, unless the
 * document also capitalizes it inside a sentence ("talks between Marskand and Ostrevia"), where a capital says
 * name. Acronyms ("IRIA") and anything typed person, place or organization stay.
 */
import type { Candidate, EntityContext, EntityRefiner } from '../context.ts';


export const dropLoneWords: EntityRefiner = {
  name: 'drop-lone-words',
  refine(ctx, candidates) {
    // Typed elsewhere ("in Draelia") or capitalized mid-sentence: either way the document uses it as a name.
    const named = new Set(candidates.filter((c) => !isLoneWord(c) || insideSentence(ctx, c)).map((c) => c.name));
    return candidates.filter((c) => !isLoneWord(c) || named.has(c.name));
  },
};

function isLoneWord(c: Candidate): boolean {
  return c.via === 'capitalization' && c.type === 'other' && !/\s/.test(c.name) && !/^\p{Lu}{2,}$/u.test(c.name);
}

function insideSentence(ctx: EntityContext, c: Candidate): boolean {
  const tokens = ctx.input.tokens;
  const i = ctx.input.tokenAt(c.start);
  const sentence = ctx.input.sentences[c.sentence];
  if (tokens[i]?.start !== c.start || !sentence || i === sentence.tokenStart) return false;
  // After punctuation a capital may still open the clause ("On Tuesday, Direct engagements…"); after a word it is a name.
  return /^\p{L}/u.test(tokens[i - 1]!.text);
}
