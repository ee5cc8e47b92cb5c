/**
 * What cross-document coreference compares for each event mention: resolved participants (entity ids), the
 * parsed date, the place (an entity id or normalized text), the medium, the duration.
 */
import type { AnnotatedDocument, EventMention } from '../../model.ts';
import type { CorpusContext } from '../context.ts';
import { parseDate, type DateParts } from '../partial-date.ts';
import { normalizeText } from '../similarity.ts';
import { daySpanOf, type DaySpan } from './day-range.ts';

export interface MentionFeatures {
  mention: EventMention;
  doc: AnnotatedDocument;
  actors: string[];
  targets: string[];
  participants: Set<string>;
  date: DateParts | null;
  place: string | null;
  /** Readable place for the event's `location`. */
  placeText: string | null;
  /** ISO weekday (1 = Monday) of an undated report that names one ("on Thursday"), when its sentence names only one. */
  weekday: number | null;
  /** The days a full-day report covers: one, or the range its date is part of ("the 9th and 10th"). */
  span: DaySpan | null;
}

export function featuresOf(ctx: CorpusContext): MentionFeatures[] {
  const docs = new Map(ctx.docs.map((d) => [d.id, d]));
  const { entityOf } = ctx.entities;
  const names = new Map(ctx.entities.entities.map((e) => [e.id, e.name]));
  return ctx.eventMentions
    .filter((m) => docs.has(m.document))
    .map((mention) => {
      const doc = docs.get(mention.document)!;
      const resolve = (ids: string[]) => [...new Set(ids.map((id) => entityOf[id] ?? `${mention.document}:${id}`))];
      const actors = resolve(mention.actors);
      const targets = resolve(mention.targets).filter((t) => !actors.includes(t));
      const place = placeOf(mention, doc, entityOf, names);
      const date = parseDate(mention.date?.value);
      const weekday = date?.day != null ? null : weekdayOf(mention, doc);
      return { mention, doc, actors, targets, participants: new Set([...actors, ...targets]), date, weekday, span: daySpanOf(mention, doc), ...place };
    });
}

function placeOf(mention: EventMention, doc: AnnotatedDocument, entityOf: Record<string, string>, names: Map<string, string>): { place: string | null; placeText: string | null } {
  if (!mention.location) return { place: null, placeText: null };
  const entity = entityOf[mention.location];
  // Compared by name, so that a place known as an entity ("Brightwell") still meets the same place given as
  // text in another report ("Brightwell Logistics"): compatible.ts accepts one name inside the other.
  if (entity) return { place: normalizeText(names.get(entity) ?? entity), placeText: names.get(entity) ?? null };
  const asMention = doc.mentions.find((m) => m.id === mention.location);
  const text = asMention ? asMention.name : mention.location;
  return { place: normalizeText(text), placeText: text };
}

/** The weekday an undated report names: the only weekday expression of its sentence ("XXXX-WXX-4"). */
function weekdayOf(mention: EventMention, doc: AnnotatedDocument): number | null {
  const days = new Set(doc.times.filter((t) => t.sentence === mention.sentence).flatMap((t) => /^XXXX-WXX-([1-7])$/.exec(t.value)?.[1] ?? []));
  return days.size === 1 ? Number([...days][0]) : null;
}
