/** Independence of documents: members of a duplicate group count once, as their representative. */
import type { CorpusContext } from '../resolve/context.ts';

export function representativeOf(ctx: CorpusContext): (doc: string) => string {
  const rep = new Map<string, string>();
  for (const g of ctx.duplicates) for (const m of g.members) rep.set(m, g.representative);
  return (doc) => rep.get(doc) ?? doc;
}

export function outletOf(ctx: CorpusContext): (doc: string) => string | null {
  const outlets = new Map(ctx.docs.map((d) => [d.id, d.metadata.outlet]));
  return (doc) => outlets.get(doc) ?? null;
}
