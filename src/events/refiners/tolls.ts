/**
 * "An earthquake killed 12 people and injured 300": the deaths and injuries are the toll of the earthquake,
 * which carries them as quantities. The deaths stay an event of their own (readers follow the toll), dated by
 * the disaster that caused them: "the death toll from Saturday's quake rose to 260 on Monday" reports Saturday's
 * deaths, and a rising toll told on successive days stays one event. When only the death has a date ("an
 * earthquake struck, killing 42 on Saturday"), the disaster takes it. A toll told with no disaster in its clause
 * ("by Monday morning the death toll stood at 204") is the toll of the disaster the article told of before it
 * (or, failing that, after it): its date is the disaster's, not the day the count was given.
 */
import type { DocContext } from '../context.ts';
import { cues, quantityTables } from '../cues.ts';
import { family } from '../ontology.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const tolls: EventRefiner = {
  name: 'tolls',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    const out = candidates.map((c) => ({ ...c }));
    const carriers = out.filter((c) => cues().tollFamilies.includes(family(c.type)) && c.status === 'occurred');
    const dropped = new Set<Candidate>();
    const tollOf = new Map<Candidate, Candidate>();
    for (const death of out.filter((c) => c.type === 'life.death')) {
      const clause = ctx.clauseTokens(death.tokenStart).start;
      const carrier = carriers.find((k) => k.sentence === death.sentence && ctx.clauseTokens(k.tokenStart).start === clause)
        ?? (isToll(death) ? storyDisaster(carriers, death) : undefined);
      if (!carrier) continue;
      // "killed 31 and injured 240": one toll per disaster clause, holding every count.
      const first = tollOf.get(carrier);
      if (first) {
        const more = death.quantities.filter((q) => !first.quantities.some((x) => x.kind === q.kind));
        first.quantities = [...first.quantities, ...more];
        carrier.quantities = [...carrier.quantities, ...more.filter((q) => !carrier.quantities.some((x) => x.kind === q.kind))];
        dropped.add(death);
        continue;
      }
      tollOf.set(carrier, death);
      // The quantities refiner gave the counts to the deaths; the disaster carries them as its toll too.
      carrier.quantities = [...carrier.quantities, ...death.quantities.filter((q) => !carrier.quantities.some((x) => x.kind === q.kind))];
      carrier.date ??= death.date;
      death.date = carrier.date;
      death.status = carrier.status;
    }
    return out.filter((c) => !dropped.has(c));
  },
};

function isToll(c: Candidate): boolean {
  return quantityTables().tollFigure.nouns.some((w) => c.trigger.text.toLowerCase().includes(w));
}

/** The dated disaster told last before the toll, else the first one after it. */
function storyDisaster(carriers: Candidate[], toll: Candidate): Candidate | undefined {
  const dated = carriers.filter((k) => k.date);
  return dated.filter((k) => k.tokenStart < toll.tokenStart).pop() ?? dated.find((k) => k.tokenStart > toll.tokenStart);
}
