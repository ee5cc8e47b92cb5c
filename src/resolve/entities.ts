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
