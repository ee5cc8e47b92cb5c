/** Lookups the exporters share: entity names and documents by id. */
import type { Analysis, DocumentRecord, Event } from '../model.ts';

export function entityNames(analysis: Analysis): Map<string, string> {
  return new Map(analysis.entities.map((e) => [e.id, e.name]));
}

export function documentsById(analysis: Analysis): Map<string, DocumentRecord> {
  return new Map(analysis.documents.map((d) => [d.id, d]));
}

export function participantNames(event: Event, names: Map<string, string>): string[] {
  return event.participants.map((p) => names.get(p.entity) ?? p.entity);
}

/** "d02 (Outlet name)" or just the id when the outlet is unknown. */
export function sourceLabel(id: string, docs: Map<string, DocumentRecord>): string {
  const outlet = docs.get(id)?.outlet;
  return outlet ? `${id} (${outlet})` : id;
}
