/**
 * "Washington is playing with fire", "a war of words", "a perfect storm": inside an idiom the event word names
 * no occurrence of its event. A trigger covered by one of the idioms of data/events/figurative.json (lemma
 * sequences) is dropped.
 */
import { loadData } from '../../data.ts';
import type { DocContext } from '../context.ts';
import type { Candidate, EventRefiner } from '../types.ts';

const idioms = (): string[][] => loadData<{ phrases: string[] }>('events/figurative.json').phrases.map((p) => p.split(' '));

export const figurative: EventRefiner = {
  name: 'figurative',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const phrases = idioms();
    return candidates.filter((c) => !phrases.some((p) => covers(ctx, p, c)));
  },
};

/** Some placement of the idiom over the tokens includes the trigger's first token. */
function covers(ctx: DocContext, phrase: string[], c: Candidate): boolean {
  for (let start = c.tokenStart - phrase.length + 1; start <= c.tokenStart; start++) {
    if (start >= 0 && phrase.every((w, k) => start + k < ctx.doc.tokens.length && matches(ctx, start + k, w))) return true;
  }
  return false;
}

function matches(ctx: DocContext, i: number, word: string): boolean {
  return ctx.lemma(i) === word || ctx.word(i) === word;
}
