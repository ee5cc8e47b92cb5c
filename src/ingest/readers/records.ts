/**
 * JSON and JSON Lines dumps: each record becomes a document. Field names vary by scraper, so each model field has
 * a list of usual names (data/ingest/fields.json); the user's mapping (options.fields) wins and may use a dotted
 * path ("meta.title").
 */
import { loadData } from '../../data.ts';
import type { MetadataHints, RawDocument } from '../../model.ts';
import { StorylineError } from '../../errors.ts';
import type { ReaderContext } from '../types.ts';

export type FieldMap = Partial<Record<'text' | 'html' | 'title' | 'author' | 'outlet' | 'published' | 'url', string>>;
type Field = keyof FieldMap;

const DEFAULT_FIELDS = (): Record<Field, string[]> => loadData<Record<Field, string[]>>('ingest/fields.json');

/** A JSON file: one record, an array of records, or an object holding one array of records. */
export function readJson(text: string, source: string, fields: FieldMap, ctx: ReaderContext): RawDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StorylineError('INPUT_MALFORMED', `not valid JSON (${(error as Error).message})`, source);
  }
  const records = recordList(value);
  if (!records) throw new StorylineError('INPUT_MALFORMED', 'JSON holds neither a record nor an array of records', source);
  if (records.length === 1 && !Array.isArray(value)) {
    const doc = recordToDocument(records[0], source, fields);
    if (typeof doc === 'string') throw new StorylineError('INPUT_MALFORMED', doc, source);
    return [doc];
  }
  return collect(records.map((r, i) => ({ record: r, where: `${source}#${i + 1}`, parseError: null })), source, fields, ctx);
}

/** JSON Lines: a bad line is skipped with a warning; only a dump with no good line at all is an error. */
export function readJsonLines(text: string, source: string, fields: FieldMap, ctx: ReaderContext): RawDocument[] {
  const entries = text.split('\n').flatMap((line, i): Entry[] => {
    if (!line.trim()) return [];
    const where = `${source}#line-${i + 1}`;
    try {
      return [{ record: JSON.parse(line), where, parseError: null }];
    } catch (error) {
      return [{ record: null, where, parseError: `line ${i + 1} is not valid JSON (${(error as Error).message})` }];
    }
  });
  return collect(entries, source, fields, ctx);
}

interface Entry { record: unknown; where: string; parseError: string | null }

function collect(entries: Entry[], source: string, fields: FieldMap, ctx: ReaderContext): RawDocument[] {
  const docs: RawDocument[] = [];
  const problems: string[] = [];
  for (const e of entries) {
    const doc = e.parseError ?? recordToDocument(e.record, e.where, fields);
    if (typeof doc === 'string') {
      problems.push(doc);
      ctx.warn({ input: e.where, message: doc, code: 'INPUT_MALFORMED' });
    } else docs.push(doc);
  }
  if (docs.length === 0) {
    throw new StorylineError('INPUT_MALFORMED', problems.length ? `no valid record: ${problems.slice(0, 3).join('; ')}` : 'no record', source);
  }
  return docs;
}

function recordList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return null;
  const arrays = Object.values(value).filter((v) => Array.isArray(v) && v.length > 0 && v.every(isObject));
  if (!hasAny(value, [...DEFAULT_FIELDS().text, ...DEFAULT_FIELDS().html]) && arrays.length === 1) return arrays[0] as unknown[];
  return [value];
}

/** A document, or the reason the record gives none. */
export function recordToDocument(record: unknown, where: string, fields: FieldMap): RawDocument | string {
  if (!isObject(record)) return 'record is not a JSON object';
  const get = (f: Field) => pick(record, f, fields);
  const text = get('text');
  const html = get('html');
  const body = text ?? html;
  if (!body) return `record has no text (looked for ${namesFor('text', fields).join(', ')} and ${namesFor('html', fields).join(', ')})`;
  const hints: MetadataHints = {};
  for (const f of ['title', 'author', 'outlet', 'published', 'url'] as const) {
    const v = get(f);
    if (v) hints[f] = v;
  }
  const kind = text && !looksLikeHtml(text) ? 'text' : 'html';
  return { source: where, kind, body, hints, readNotes: [] };
}

function namesFor(field: Field, fields: FieldMap): string[] {
  return fields[field] ? [fields[field]] : DEFAULT_FIELDS()[field];
}

function pick(record: Record<string, unknown>, field: Field, fields: FieldMap): string | null {
  for (const name of namesFor(field, fields)) {
    const v = stringValue(dig(record, name));
    if (v) return v;
  }
  return null;
}

function dig(record: Record<string, unknown>, dotted: string): unknown {
  if (dotted in record) return record[dotted];
  return dotted.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), record);
}

/** Lists of lists of author objects are as deep as a real record goes; a field nested deeper is no value. */
const MAX_VALUE_DEPTH = 8;

/** Strings as they are; numbers as epoch dates; author objects and lists by their names (never deeper than MAX_VALUE_DEPTH). */
function stringValue(v: unknown, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return epochDate(v);
  if (depth >= MAX_VALUE_DEPTH) return null;
  if (Array.isArray(v)) return v.map((x) => stringValue(x, depth + 1)).filter(Boolean).join(', ') || null;
  if (isObject(v)) return stringValue(v.name ?? v['@value'] ?? v.value, depth + 1);
  return null;
}

function epochDate(v: number): string | null {
  const date = new Date(v < 1e11 ? v * 1000 : v);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function looksLikeHtml(s: string): boolean {
  return /<(p|div|br|article|html|body|span|a)\b[^>]*>/i.test(s.slice(0, 5000));
}

function hasAny(o: Record<string, unknown>, names: string[]): boolean {
  return names.some((n) => n in o);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
