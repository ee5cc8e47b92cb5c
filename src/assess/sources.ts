/** Independence of documents: members of a duplicate group count once, as their representative. */
import type { CorpusContext } from '../resolve/context.ts';

/** Representatives by member, built once per list of groups: every document's checks ask for it. */
const representatives = new WeakMap<CorpusContext['duplicates'], Map<string, string>>();

export function representativeOf(ctx: CorpusContext): (doc: string) => string {
  let rep = representatives.get(ctx.duplicates);
  if (!rep) {
    rep = new Map<string, string>();
    for (const g of ctx.duplicates) for (const m of g.members) rep.set(m, g.representative);
    representatives.set(ctx.duplicates, rep);
  }
  const found = rep;
  return (doc) => found.get(doc) ?? doc;
}

export function outletOf(ctx: CorpusContext): (doc: string) => string | null {
  const outlets = new Map(ctx.docs.map((d) => [d.id, d.metadata.outlet]));
  return (doc) => outlets.get(doc) ?? null;
}
