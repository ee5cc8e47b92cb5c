/**
 * Filling a candidate's actor and target slots from the mentions found for them, whichever way they were found
 * (tree or adjacency): one id per referent, persons before the places that modify them, the type's roles
 * respected, and for symmetric events ("X and Y held talks") the first party the actor and the others targets.
 */
import type { EntityMention } from '../model.ts';
import { distinctIds, preferPersons } from './args.ts';
import { eventType } from './ontology.ts';

export interface Slots {
  actors: string[];
  targets: string[];
}

/** An earthquake has a place, not an actor: "Brenna, where the aftershock damaged homes" does not make Brenna act. */
export function withinRoles(type: string, found: Slots): Slots {
  const roles = eventType(type)?.roles ?? ['actor', 'target'];
  return { actors: roles.includes('actor') ? found.actors : [], targets: roles.includes('target') ? found.targets : [] };
}

/** Symmetric events keep one actor; directed ones keep every actor and the targets that are not actors. */
export function fillSlots(type: string, actors: EntityMention[], targets: EntityMention[]): Slots {
  return eventType(type)?.symmetric ? split(actors, targets) : { actors: ids(actors), targets: minus(ids(targets), actors) };
}

export function split(actors: EntityMention[], targets: EntityMention[]): Slots {
  const a = ids(actors);
  const t = minus(ids(targets), actors);
  if (t.length === 0 && a.length > 1) return { actors: a.slice(0, 1), targets: a.slice(1) };
  return { actors: a, targets: t };
}

function ids(group: EntityMention[]): string[] {
  return distinctIds(preferPersons(group));
}

function minus(targetIds: string[], actors: EntityMention[]): string[] {
  return targetIds.filter((id) => !actors.some((a) => a.id === id));
}
