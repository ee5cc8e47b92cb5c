import type { AnnotatedDocument, DuplicateGroup, Entity, EventMention } from '../model.ts';

/** Cross-document entity resolution: the entities and, for every entity mention id, its entity id. */
export interface EntityResolution {
  entities: Entity[];
  entityOf: Record<string, string>;
}

/** Everything the cross-document stages (resolve, assess) work on. */
export interface CorpusContext {
  docs: AnnotatedDocument[];
  eventMentions: EventMention[];
  entities: EntityResolution;
  duplicates: DuplicateGroup[];
}
