/**
 * Cross-document entity resolution: one Entity per real person or body. Mentions one document already keyed
 * together start as one referent; referents then join on exact evidence (gazetteer id, full name, surname) and,
 * last, misspelled variants join the entity they garble when spelling, sound and context all agree.
 */
import type { AnnotatedDocument } from '../model.ts';
import type { EntityResolution } from './context.ts';
import { buildReferents } from './entities/referents.ts';
import { UnionFind } from './entities/union-find.ts';
import { exactJoins } from './entities/exact.ts';
import { variantJoins } from './entities/variants.ts';
import { currentGroups } from './entities/groups.ts';
import { buildEntities } from './entities/build.ts';
import { variantsInRemovedText } from './entities/removed-names.ts';

export function resolveEntities(docs: AnnotatedDocument[]): EntityResolution {
  const referents = buildReferents(docs);
  const uf = new UnionFind();
  exactJoins(referents, uf);
  const joins = variantJoins(docs, referents, uf);
  const resolution = buildEntities(currentGroups(referents, uf), joins);
  variantsInRemovedText(docs, resolution.entities, resolution.entityOf);
  return resolution;
}

/**
 * Resolution again after some documents were replaced (re-annotated once dated): the earlier resolution stands when
 * every replaced document still has what resolution reads — its text, removed text, sentences, tokens and entity
 * mentions. A new date seldom changes them (only a title read as whoever held the office that day: 1 document
 * of the 113 the newswire corpus dates), but one change anywhere means resolving again. Keep the list in step
 * with what entities/ reads.
 */
export function resolveEntitiesAgain(docs: AnnotatedDocument[], before: { docs: AnnotatedDocument[]; entities: EntityResolution }): EntityResolution {
  const same = docs.length === before.docs.length && docs.every((d, i) => sameForResolution(d, before.docs[i]!));
  return same ? before.entities : resolveEntities(docs);
}

function sameForResolution(a: AnnotatedDocument, b: AnnotatedDocument): boolean {
  if (a === b) return true;
  const read = (d: AnnotatedDocument) => JSON.stringify([d.id, d.text, d.removed, d.sentences, d.tokens, d.mentions]);
  return read(a) === read(b);
}
