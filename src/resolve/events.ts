// PLACEHOLDER (owned by the resolve helper).
import type { Event } from '../model.ts';
import type { CorpusContext } from './context.ts';

/** Merges the event mentions of all documents into events (one per real-world event). */
export function resolveEvents(_ctx: CorpusContext): Event[] {
  return [];
}
