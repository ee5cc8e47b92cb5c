// PLACEHOLDER (owned by the resolve helper).
import type { Event, PublishedDate } from '../model.ts';
import type { CorpusContext } from './context.ts';

/**
 * Dates the documents that have no trustworthy publication date through the events they share with dated
 * documents. Returns the new dates by document id; documents not in the result keep theirs.
 */
export function inferPublicationDates(_ctx: CorpusContext, _events: Event[]): Record<string, PublishedDate> {
  return {};
}
