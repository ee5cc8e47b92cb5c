// PLACEHOLDER (owned by the resolve/assess helper).
import type { Event, QualityFlag } from '../model.ts';
import type { CorpusContext } from '../resolve/context.ts';

/** Fills each event's independent source count, outlets and conflicts. */
export function assessEvents(events: Event[], _ctx: CorpusContext): Event[] {
  return events;
}

/** Quality score (0..1, higher is better) and explained flags for every document, by id. */
export function assessDocuments(ctx: CorpusContext, _events: Event[]): Record<string, { score: number; flags: QualityFlag[] }> {
  return Object.fromEntries(ctx.docs.map((d) => [d.id, { score: 1, flags: [] }]));
}
