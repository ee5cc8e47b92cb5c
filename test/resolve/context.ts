/** A CorpusContext from fixture documents and event specs, with entities resolved by the real resolver. */
import type { AnnotatedDocument, DuplicateGroup, EventMention } from '../../src/model.ts';
import type { CorpusContext } from '../../src/resolve/context.ts';
import { resolveEntities } from '../../src/resolve/entities.ts';
import { makeEvent, type EventSpec } from './fixtures.ts';

export function makeContext(docs: [AnnotatedDocument, EventSpec[]][], duplicates: DuplicateGroup[] = []): CorpusContext {
  const eventMentions: EventMention[] = docs.flatMap(([doc, specs]) => specs.map((s, i) => makeEvent(doc, i, s)));
  const plain = docs.map(([d]) => d);
  return { docs: plain, eventMentions, entities: resolveEntities(plain), duplicates };
}
