// PLACEHOLDER (owned by the resolve helper).
import type { Event, Quote } from '../model.ts';
import type { CorpusContext } from './context.ts';

export function resolveQuotes(_ctx: CorpusContext, _events: Event[]): Quote[] {
  return [];
}
