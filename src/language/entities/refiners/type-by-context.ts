/**
 * Types the capitalized names nobody knows from their neighbours: after a locative preposition a place
 * ("in Kadamovsky"); the subject of a speaking or meeting verb, its object, or coordinated with a person a
 * person ("Fidel and Putin talked", "Putin warned Pita", "Fiden talking to Putin"), but not a possessor ("Lopez and
 * Peru's Castillo"); after a person and "of" a place ("Maria Lopez of Chile"); a name of two words or more
 * after such a verb ("said Anna Weber"), or with an apposition describing a person ("Weber, a transport analyst").
 */
import type { Candidate, EntityRefiner } from '../context.ts';
import { personAppositionAfter, personAppositionBefore } from './apposition.ts';

export const typeByContext: EntityRefiner = {
  name: 'type-by-context',
  refine(ctx, candidates) {
    const tokens = ctx.input.tokens;
    const persons = candidates.filter((c) => c.type === 'person');
    const isPersonAt = (offset: number | undefined): boolean => offset !== undefined && persons.some((p) => p.start <= offset && offset < p.end);
    return candidates.map((c) => {
      if (c.via !== 'capitalization' || c.type !== 'other') return c;
      const first = ctx.input.tokenAt(c.start);
      const after = ctx.input.tokenAt(c.end);
      const prev = tokens[first - 1];
      const next = tokens[after];
      const sameSentence = (t: typeof prev): boolean => t !== undefined && t.sentence === c.sentence;
      const prevWord = sameSentence(prev) ? prev!.text.toLowerCase() : '';
      const nextWord = sameSentence(next) ? next!.text.toLowerCase() : '';
      // "according to Ushako": a source, not a place.
      const accordingTo = prevWord === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according';
      if (accordingTo) return { ...c, type: 'person' } as Candidate;
      if (ctx.lex.locative.has(prevWord)) return { ...c, type: 'location' };
      // "Maria Lopez of Chile": where a person is from.
      if (prevWord === 'of' && isPersonAt(tokens[first - 2]?.start)) return { ...c, type: 'location' };
      // "Lopez and Peru's Pedro Castillo": the possessor is not what is coordinated.
      const possessor = /^['’]s$/.test(nextWord);
      const coordinated =
        (nextWord === 'and' && isPersonAt(tokens[after + 1]?.start)) || (prevWord === 'and' && !possessor && isPersonAt(tokens[first - 2]?.start));
      const verbAfter = ctx.lex.subjectVerbs.has(nextWord) && next!.pos === 'VERB';
      const verbBefore = ctx.lex.objectVerbs.has(prevWord) && prev!.pos === 'VERB';
      if (verbAfter || verbBefore || coordinated) return { ...c, type: 'person' } as Candidate;
      const saidBefore = /\s/.test(c.name) && ctx.lex.subjectVerbs.has(prevWord) && prev!.pos === 'VERB';
      if (saidBefore || personAppositionAfter(ctx, after) || personAppositionBefore(ctx, first - 1)) return { ...c, type: 'person' } as Candidate;
      return c;
    });
  },
};
