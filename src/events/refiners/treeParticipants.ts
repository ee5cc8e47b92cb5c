/**
 * Actors and targets from the dependency tree (tree-args.ts) for a trigger in a parsed sentence: the tree knows
 * the subject of "Egypt's Suez Canal Authority on Thursday suspended navigation" however many words stand
 * between, and turns "was seized by the court" round. A slot the tree leaves empty (no party found, or a
 * parse that missed the object) is left to the adjacency rules of the participants refiner that follows. Cited sources ("according to X") never fill a slot.
 */
import type { EntityMention } from '../../model.ts';
import { isSource } from '../args.ts';
import type { DocContext } from '../context.ts';
import { fillSlots, split, withinRoles } from '../slots.ts';
import { hasTree, treeArguments, triggerHead } from '../tree-args.ts';
import type { Candidate, EventRefiner } from '../types.ts';

export const treeParticipants: EventRefiner = {
  name: 'treeParticipants',
  refine(candidates: Candidate[], ctx: DocContext): Candidate[] {
    return candidates.map((c) => (c.actors.length || c.targets.length || !hasTree(ctx, c.tokenStart) ? c : fill(ctx, c)));
  },
};

function fill(ctx: DocContext, c: Candidate): Candidate {
  const head = triggerHead(ctx, c.tokenStart, c.tokenEnd);
  const found = treeArguments(ctx, head, c.nominal);
  const keep = (m: EntityMention) => (m.end <= c.trigger.start || m.start >= c.trigger.end) && !isSource(ctx, m);
  const actors = found.actors.filter(keep);
  const targets = found.targets.filter(keep);
  const between = found.between.filter(keep);
  if (!actors.length && !targets.length && !between.length) return c;
  const slots = between.length && !actors.length ? split(between, targets) : fillSlots(c.type, actors.length ? actors : between, targets);
  return { ...c, ...withinRoles(c.type, slots), slotsFromTree: true };
}
