/**
 * Resolves title-only mentions ("the Russian president", "the Secretary", "U.S. secretary of state") to a
 * person. First the nearest person before it in the document with that title or, for gazetteer people, that
 * office (the article's own antecedent beats the calendar: a wrong publication date must not turn Biden into
 * Trump); else the gazetteer's holder of the office at the publication date; else, undated, the one person of
 * the document who ever held it. Generic titles ("the Secretary", "the minister") only take antecedents with
 * the same title word. Unresolved title-only mentions are dropped: a bare "the minister" names nobody we know.
 */
import type { Candidate, EntityContext, EntityRefiner, TitleRole } from '../context.ts';
import { officeHolders } from '../gazetteer/lookup.ts';

export const resolveTitles: EntityRefiner = {
  name: 'resolve-titles',
  refine(ctx, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (!c.titleOnly) {
        out.push(c);
        continue;
      }
      const resolved = resolveOne(ctx, c, out.filter((p) => p.type === 'person' && p.key));
      if (resolved) out.push(resolved);
    }
    return out;
  },
};

function resolveOne(ctx: EntityContext, c: Candidate, before: Candidate[]): Candidate | null {
  const title = c.titles[0]!;
  const antecedent = [...before].reverse().find((p) => holds(ctx, p, title));
  if (antecedent) return { ...c, key: antecedent.key!, name: antecedent.name, gazetteerId: antecedent.gazetteerId };
  if (title.generic || title.changesOffice || !title.country) return null;
  const date = ctx.input.published;
  const holders = date
    ? officeHolders(ctx.gazetteer, title.role, title.country, date)
    : ctx.gazetteer.entries.filter((e) => before.some((p) => p.gazetteerId === e.id) && e.offices?.some((o) => o.role === title.role && o.country === title.country));
  if (holders.length !== 1) return null;
  const h = holders[0]!;
  return { ...c, key: h.id, name: h.name, gazetteerId: h.id };
}

function holds(ctx: EntityContext, p: Candidate, title: TitleRole): boolean {
  if (p.titleOnly && p.titles[0]?.role === title.role) return countryFits(p.titles[0]!.country, title.country);
  if (title.generic) {
    const word = title.text.trim().split(/\s+/).at(-1)!.toLowerCase();
    return p.titles.some((t) => t.text.toLowerCase().includes(word)) || officeTitles(ctx, p).some((t) => t.toLowerCase().includes(word));
  }
  // A stated country needs a stated match: "President Biden" is no antecedent for "the Russian president".
  if (p.titles.some((t) => t.role === title.role && (title.country ? t.country === title.country : true))) return true;
  // Any term counts: the document itself names this person, so a doubtful publication date must not veto it.
  const entry = p.gazetteerId ? ctx.gazetteer.byId.get(p.gazetteerId) : undefined;
  return (entry?.offices ?? []).some((o) => o.role === title.role && countryFits(o.country ?? null, title.country));
}

function officeTitles(ctx: EntityContext, p: Candidate): string[] {
  const entry = p.gazetteerId ? ctx.gazetteer.byId.get(p.gazetteerId) : undefined;
  return (entry?.offices ?? []).map((o) => o.title);
}

/** An unstated country fits any; two stated ones must be equal. */
function countryFits(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}
