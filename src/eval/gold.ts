/**
 * Gold timelines for `storyline eval timeline`: the format (documented in docs/gold-format.md), and a loader that
 * validates a gold file field by field and says exactly what is wrong, so a typo in a hand-written gold file never
 * turns silently into a lower score.
 */
import { readFileSync } from 'node:fs';
import type { EventStatus, PartialDate } from '../model.ts';
import { StorylineError } from '../errors.ts';

/** A participant: one name, or several accepted names for the same participant (any one may match). */
export type GoldParticipant = string | string[];

export interface GoldEvent {
  id: string;
  /** When the event happened (or is planned to happen): "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: PartialDate;
  /** Days of slack allowed when matching a full output date against a full gold date (default 0). */
  dateTolerance?: number;
  /** Event type code, or several accepted codes; matched leniently by family (see `typesCompatible`). */
  type: string | string[];
  participants: GoldParticipant[];
  /** Minimum number of gold participants an output event must share (default: half of them, rounded up). */
  minParticipants?: number;
  /** The duration in minutes, or several accepted values when the sources disagree. */
  durationMinutes?: number | number[];
  /** Minutes of slack for the duration (default: the larger of 5 minutes and 10 %). */
  durationToleranceMinutes?: number;
  /** Default "occurred". */
  status?: EventStatus;
  location?: string;
  /** Fields the sources disagree on (e.g. "durationMinutes", "magnitude"): the output event should report them. */
  conflicts?: string[];
  /** Free text for the human reader: what the event is and where the trap lies. */
  note?: string;
}

export interface GoldDocument {
  /** File name of the article (compared with the end of each output document's `source`). */
  file: string;
  /** Expected publication date, or null when the article cannot be dated at all. */
  date: PartialDate | null;
  /** Days of slack (default 0). */
  tolerance_days?: number;
  note?: string;
}

export interface GoldEntity {
  /** Canonical name. */
  name: string;
  /** Surface forms (misspellings included) that must end up on the entity with this name. */
  aliases: string[];
  note?: string;
}

export interface Gold {
  corpus?: string;
  description?: string;
  events: GoldEvent[];
  documents: GoldDocument[];
  entities: GoldEntity[];
}

const STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'expected', 'denied', 'hypothetical', 'ongoing'];
const TOP_KEYS = ['corpus', 'description', 'events', 'documents', 'entities'];
const EVENT_KEYS = [
  'id', 'date', 'dateTolerance', 'type', 'participants', 'minParticipants', 'durationMinutes',
  'durationToleranceMinutes', 'status', 'location', 'conflicts', 'note',
];
const DOCUMENT_KEYS = ['file', 'date', 'tolerance_days', 'note'];
const ENTITY_KEYS = ['name', 'aliases', 'note'];

/** Reads and validates a gold file; every problem found is named in the error message. */
export function loadGold(file: string): Gold {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
    throw new StorylineError(code, `cannot read gold file: ${(error as Error).message}`, file, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StorylineError('GOLD_INVALID', `not valid JSON: ${(error as Error).message}`, file, { cause: error });
  }
  return validateGold(value, file);
}

/** Validates parsed gold data; `source` names the file in the error. */
export function validateGold(value: unknown, source?: string): Gold {
  const problems: string[] = [];
  if (!isObject(value)) throw new StorylineError('GOLD_INVALID', 'the gold file must hold a JSON object', source);
  unknownKeys(value, TOP_KEYS, '', problems);
  for (const key of ['corpus', 'description'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') problems.push(`"${key}" must be a string`);
  }
  if (!Array.isArray(value.events)) problems.push('"events" must be an array');
  for (const key of ['documents', 'entities'] as const) {
    if (value[key] !== undefined && !Array.isArray(value[key])) problems.push(`"${key}" must be an array`);
  }
  const events = Array.isArray(value.events) ? value.events : [];
  const documents = Array.isArray(value.documents) ? value.documents : [];
  const entities = Array.isArray(value.entities) ? value.entities : [];

  const ids = new Set<string>();
  events.forEach((e: unknown, i: number) => checkEvent(e, i, ids, problems));
  const files = new Set<string>();
  documents.forEach((d: unknown, i: number) => checkDocument(d, i, files, problems));
  entities.forEach((e: unknown, i: number) => checkEntity(e, i, problems));

  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? `; … and ${problems.length - 10} more` : '';
    throw new StorylineError('GOLD_INVALID', `invalid gold file: ${shown}${more}`, source);
  }
  const gold: Gold = { events: events as GoldEvent[], documents: documents as GoldDocument[], entities: entities as GoldEntity[] };
  if (typeof value.corpus === 'string') gold.corpus = value.corpus;
  if (typeof value.description === 'string') gold.description = value.description;
  return gold;
}

function checkEvent(entry: unknown, i: number, ids: Set<string>, problems: string[]): void {
  const opened = openEntry(entry, 'events', i, 'id', EVENT_KEYS, problems);
  if (!opened) return;
  const { value: e, where } = opened;
  if (typeof e.id !== 'string' || e.id.trim() === '') problems.push(`${where}: "id" must be a non-empty string`);
  else if (ids.has(e.id)) problems.push(`${where}: duplicate id "${e.id}"`);
  else ids.add(e.id);
  if (!isPartialDate(e.date)) problems.push(`${where}: "date" ${describe(e.date)} is not a valid YYYY, YYYY-MM or YYYY-MM-DD date`);
  optionalCount(e, 'dateTolerance', where, problems);
  const types = typeof e.type === 'string' ? [e.type] : e.type;
  if (!Array.isArray(types) || types.length === 0 || !types.every((t) => typeof t === 'string' && /^[a-z][a-z_-]*(\.[a-z][a-z_-]*)*$/.test(t))) {
    problems.push(`${where}: "type" must be a type code like "contact.call" or a non-empty array of them, got ${describe(e.type)}`);
  }
  if (!Array.isArray(e.participants)) {
    problems.push(`${where}: "participants" must be an array of names (it may be empty)`);
  } else {
    e.participants.forEach((p: unknown, j: number) => {
      const names = typeof p === 'string' ? [p] : p;
      if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && n.trim() !== '')) {
        problems.push(`${where}: participants[${j}] must be a name or a non-empty array of names, got ${describe(p)}`);
      }
    });
    if (e.minParticipants !== undefined) {
      if (!Number.isInteger(e.minParticipants) || (e.minParticipants as number) < 0 || (e.minParticipants as number) > e.participants.length) {
        problems.push(`${where}: "minParticipants" must be an integer between 0 and the number of participants (${e.participants.length})`);
      }
    }
  }
  if (e.durationMinutes !== undefined) {
    const d = typeof e.durationMinutes === 'number' ? [e.durationMinutes] : e.durationMinutes;
    if (!Array.isArray(d) || d.length === 0 || !d.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0)) {
      problems.push(`${where}: "durationMinutes" must be a positive number or a non-empty array of them, got ${describe(e.durationMinutes)}`);
    }
  }
  optionalCount(e, 'durationToleranceMinutes', where, problems);
  if (e.status !== undefined && !STATUSES.includes(e.status as EventStatus)) {
    problems.push(`${where}: "status" must be one of ${STATUSES.join(', ')}, got ${describe(e.status)}`);
  }
  if (e.location !== undefined && typeof e.location !== 'string') problems.push(`${where}: "location" must be a string`);
  if (e.note !== undefined && typeof e.note !== 'string') problems.push(`${where}: "note" must be a string`);
  if (e.conflicts !== undefined && !(Array.isArray(e.conflicts) && e.conflicts.every((c) => typeof c === 'string' && c !== ''))) {
    problems.push(`${where}: "conflicts" must be an array of field names`);
  }
}

function checkDocument(entry: unknown, i: number, files: Set<string>, problems: string[]): void {
  const opened = openEntry(entry, 'documents', i, 'file', DOCUMENT_KEYS, problems);
  if (!opened) return;
  const { value: d, where } = opened;
  if (typeof d.file !== 'string' || d.file.trim() === '') problems.push(`${where}: "file" must be a non-empty file name`);
  else if (files.has(d.file)) problems.push(`${where}: duplicate file "${d.file}"`);
  else files.add(d.file);
  if (d.date !== null && !isPartialDate(d.date)) {
    problems.push(`${where}: "date" ${describe(d.date)} must be null or a valid YYYY, YYYY-MM or YYYY-MM-DD date`);
  }
  optionalCount(d, 'tolerance_days', where, problems);
  if (d.note !== undefined && typeof d.note !== 'string') problems.push(`${where}: "note" must be a string`);
}

function checkEntity(entry: unknown, i: number, problems: string[]): void {
  const opened = openEntry(entry, 'entities', i, 'name', ENTITY_KEYS, problems);
  if (!opened) return;
  const { value: e, where } = opened;
  if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`${where}: "name" must be a non-empty string`);
  if (!Array.isArray(e.aliases) || !e.aliases.every((a) => typeof a === 'string' && a.trim() !== '')) {
    problems.push(`${where}: "aliases" must be an array of non-empty strings`);
  }
  if (e.note !== undefined && typeof e.note !== 'string') problems.push(`${where}: "note" must be a string`);
}

/**
 * The checks every entry of a gold list starts with: it is an object, it is named in messages by its index and,
 * when present, its identifying field (`events[2] ("call-1")`), and it has no unknown fields.
 */
function openEntry(
  entry: unknown, list: string, i: number, label: string, allowed: string[], problems: string[],
): { value: Record<string, unknown>; where: string } | null {
  if (!isObject(entry)) {
    problems.push(`${list}[${i}] must be an object`);
    return null;
  }
  const name = entry[label];
  const where = typeof name === 'string' && name ? `${list}[${i}] ("${name}")` : `${list}[${i}]`;
  unknownKeys(entry, allowed, where, problems);
  return { value: entry, where };
}

function optionalCount(o: Record<string, unknown>, key: string, where: string, problems: string[]): void {
  const v = o[key];
  if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
    problems.push(`${where}: "${key}" must be a number ≥ 0, got ${describe(v)}`);
  }
}

function unknownKeys(o: Record<string, unknown>, allowed: string[], where: string, problems: string[]): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) {
      problems.push(`${where ? where + ': ' : ''}unknown field "${key}" (expected one of ${allowed.join(', ')})`);
    }
  }
}

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date. */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === undefined ? '(missing)' : JSON.stringify(v);
}
