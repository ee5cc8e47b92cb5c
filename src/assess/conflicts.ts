/**
 * Conflicts between reports of one event, each with the values and the documents saying them: duration,
 * date, quantities (tolls) and who initiated it. A figure that rises with later publication days (a growing
 * toll) is an update, not a conflict.
 */
import type { AnnotatedDocument, Conflict, Event, EventMention } from '../model.ts';
import type { CorpusContext } from '../resolve/context.ts';
import { loadData } from '../data.ts';
import { mentionsOf } from '../resolve/dates/event-dates.ts';
import { documentsById, entityNames } from '../resolve/indexes.ts';

interface Table {
  durationTolerance: number;
  quantityTolerance: number;
  initiation: string[];
  updatable: string[];
  absoluteTolerance: Record<string, number>;
  sameDayUpdateRatio: number;
}

const table = () => loadData<Table>('assess/conflicts.json');

export function conflictsOf(event: Event, ctx: CorpusContext): Conflict[] {
  const mentions = mentionsOf(event, ctx);
  const docs = documentsById(ctx.docs);
  const out: Conflict[] = [];
  const duration = figureConflict('durationMinutes', mentions.flatMap((m) => (m.durationMinutes !== null ? [{ value: m.durationMinutes, doc: m.document }] : [])), table().durationTolerance);
  if (duration) out.push(duration);
  const date = dateConflict(mentions);
  if (date) out.push(date);
  out.push(...quantityConflicts(mentions, docs));
  const initiator = initiatorConflict(event, mentions, docs, ctx);
  if (initiator) out.push(initiator);
  return out;
}

/** Groups figures that agree within tolerance (relative, or absolute when given); two or more groups are a conflict. */
function figureConflict(field: string, reports: { value: number; doc: string }[], tolerance: number, absolute?: number): Conflict | null {
  const groups: { value: number; documents: Set<string> }[] = [];
  const agree = (x: number, y: number) => Math.abs(x - y) <= (absolute ?? tolerance * Math.max(x, y));
  for (const r of [...reports].sort((a, b) => a.value - b.value)) {
    const g = groups.find((x) => agree(x.value, r.value));
    if (g) g.documents.add(r.doc);
    else groups.push({ value: r.value, documents: new Set([r.doc]) });
  }
  if (groups.length < 2) return null;
  return { field, values: groups.map((g) => ({ value: String(g.value), documents: [...g.documents].sort() })) };
}

function dateConflict(mentions: EventMention[]): Conflict | null {
  const byValue = new Map<string, Set<string>>();
  for (const m of mentions) {
    const v = m.date?.value;
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    byValue.set(v, new Set([...(byValue.get(v) ?? []), m.document]));
  }
  if (byValue.size < 2) return null;
  return { field: 'date', values: [...byValue].map(([value, d]) => ({ value, documents: [...d].sort() })) };
}

/**
 * Per quantity kind: differing figures are a conflict, unless the kind is a count that grows as the story
 * unfolds (a toll) and each later publication day reports more.
 */
function quantityConflicts(mentions: EventMention[], docs: Map<string, AnnotatedDocument>): Conflict[] {
  const kinds = new Set(mentions.flatMap((m) => m.quantities.map((q) => q.kind)));
  const out: Conflict[] = [];
  for (const kind of kinds) {
    const reports = mentions.flatMap((m) => m.quantities.filter((q) => q.kind === kind).map((q) => ({ value: q.value, doc: m.document })));
    const conflict = figureConflict(kind, reports, table().quantityTolerance, table().absoluteTolerance[kind]);
    if (conflict && !(table().updatable.includes(kind) && risingOverTime(reports, docs))) out.push(conflict);
  }
  return out;
}

/**
 * True when figures only grow from one publication day to the next, and within a day differ no more than a
 * count rising between two editions does (sameDayUpdateRatio).
 */
function risingOverTime(reports: { value: number; doc: string }[], docs: Map<string, AnnotatedDocument>): boolean {
  const byDay = new Map<string, number[]>();
  for (const r of reports) {
    const day = docs.get(r.doc)?.metadata.published.date;
    if (!day) return false;
    byDay.set(day, [...(byDay.get(day) ?? []), r.value]);
  }
  const days = [...byDay.keys()].sort();
  if (days.length < 2) return false;
  let previous = -Infinity;
  for (const day of days) {
    const values = byDay.get(day)!;
    if (Math.max(...values) > table().sameDayUpdateRatio * Math.min(...values)) return false;
    if (Math.min(...values) < previous) return false;
    previous = Math.max(...values);
  }
  return true;
}

/** Who initiated, per document: the participant named nearest an initiation cue in a report's sentence. */
function initiatorConflict(event: Event, mentions: EventMention[], docs: Map<string, AnnotatedDocument>, ctx: CorpusContext): Conflict | null {
  const participants = new Set(event.participants.map((p) => p.entity));
  const names = entityNames(ctx.entities.entities);
  const claims = new Map<string, Set<string>>();
  for (const m of mentions) {
    const doc = docs.get(m.document);
    const sentence = doc?.sentences[m.sentence];
    if (!doc || !sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end).toLowerCase();
    const cue = table().initiation.map((c) => ({ c, at: text.indexOf(c) })).find((x) => x.at >= 0);
    if (!cue) continue;
    const at = sentence.start + cue.at;
    const nearest = doc.mentions
      .filter((x) => x.sentence === m.sentence && participants.has(ctx.entities.entityOf[x.id] ?? ''))
      .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    if (!nearest) continue;
    const who = names.get(ctx.entities.entityOf[nearest.id]!) ?? nearest.name;
    claims.set(who, new Set([...(claims.get(who) ?? []), m.document]));
  }
  if (claims.size < 2) return null;
  return { field: 'initiator', values: [...claims].map(([value, d]) => ({ value, documents: [...d].sort() })) };
}
