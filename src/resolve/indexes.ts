/**
 * Lookups over the corpus lists that the cross-document stages need once per event, quote or document. Built once
 * per list and remembered by the list itself, so a per-item lookup no longer scans the whole corpus. The lists are
 * never changed after the stage that made them returns; a new list (the dating pass) gets new indexes.
 */
import type { AnnotatedDocument, Entity, Event } from '../model.ts';

/** Documents by id. */
export const documentsById = memoized((docs: AnnotatedDocument[]) => new Map(docs.map((d) => [d.id, d])));

/** Entity names by entity id. */
export const entityNames = memoized((entities: Entity[]) => new Map(entities.map((e) => [e.id, e.name])));

/** For each document, the events with a mention in it, in the order of the events list (each event once). */
export const eventsByDocument = memoized((events: Event[]) => {
  const out = new Map<string, Event[]>();
  for (const e of events) {
    for (const doc of new Set(e.mentions.map((m) => m.document))) {
      const list = out.get(doc);
      if (list) list.push(e);
      else out.set(doc, [e]);
    }
  }
  return out;
});

function memoized<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = build(key)));
    return value;
  };
}
