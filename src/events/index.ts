// PLACEHOLDER (owned by the events helper).
import type { AnnotatedDocument, EventMention } from '../model.ts';

export function extractEventMentions(_doc: AnnotatedDocument): EventMention[] {
  return [];
}
