/**
 * Cross-document event coreference: the event mentions of all documents, with participants resolved to
 * entities, are clustered into one Event per real-world event (see events/cluster.ts for the rules).
 */
import type { Event } from '../model.ts';
import type { CorpusContext } from './context.ts';
import { featuresOf } from './events/features.ts';
import { clusterMentions } from './events/cluster.ts';
import { buildEvent } from './events/build.ts';

/** Merges the event mentions of all documents into events (one per real-world event). */
export function resolveEvents(ctx: CorpusContext): Event[] {
  const used = new Set<string>();
  return clusterMentions(featuresOf(ctx))
    .map((c) => buildEvent(c, ctx, used))
    .sort((a, b) => (a.date.value ?? '9999').localeCompare(b.date.value ?? '9999') || a.id.localeCompare(b.id));
}
