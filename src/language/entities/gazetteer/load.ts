/**
 * Builds the gazetteer: the built-in data (data/gazetteer/) plus user files, validated and indexed.
 *
 * User JSON format: either an array of entries or `{ "entries": [...] }`, each entry
 *   { "id": "person:jane-roe", "name": "Jane Roe", "type": "person", "aliases": ["Roe"],
 *     "country": "GB", "offices": [{ "role": "spokesperson", "country": "GB", "title": "…", "start": "2023-01-01" }] }
 * (`id` defaults to "user:<name>", `aliases` to []). User CSV format: see csv.ts. A user entry with the
 * id of a built-in one replaces it. Anything malformed throws StorylineError('GAZETTEER_INVALID').
 */
import { readFileSync } from 'node:fs';
import { loadData } from '../../../data.ts';
import { StorylineError } from '../../../errors.ts';
import type { EntityType } from '../../../model.ts';
import { csvToEntries } from './csv.ts';
import { buildIndex, type Gazetteer } from './lookup.ts';
import type { GazetteerEntry } from './types.ts';

interface CountryRow {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

const BUILT_IN_FILES = [
  'gazetteer/organizations.json',
  'gazetteer/places.json',
  'gazetteer/people/us.json',
  'gazetteer/people/russia-ukraine.json',
  'gazetteer/people/europe.json',
  'gazetteer/people/asia-middle-east.json',
];

const TYPES: EntityType[] = ['person', 'organization', 'location', 'other'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function loadGazetteer(extraFiles: string[] = []): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  for (const e of builtInEntries()) entries.set(e.id, e);
  for (const file of extraFiles) for (const e of readUserFile(file)) entries.set(e.id, e);
  return buildIndex([...entries.values()]);
}

function builtInEntries(): GazetteerEntry[] {
  const { countries } = loadData<{ countries: CountryRow[] }>('gazetteer/countries.json');
  const out: GazetteerEntry[] = countries.flatMap(countryEntries);
  for (const file of BUILT_IN_FILES) {
    const { entries } = loadData<{ entries: unknown[] }>(file);
    entries.forEach((raw, i) => out.push(validateEntry(raw, `data/${file}#${i}`, file.includes('people/') ? 'person' : undefined)));
  }
  return out;
}

/** A country row gives the country and one entry per capital, which stands for the country as a metonym. */
function countryEntries(c: CountryRow): GazetteerEntry[] {
  const id = `country:${c.code}`;
  const country: GazetteerEntry = { id, name: c.name, type: 'location', kind: 'country', country: c.code, aliases: c.aliases, demonyms: c.demonyms };
  const [capital, ...others] = c.capitals;
  if (!capital) return [country];
  const city: GazetteerEntry = {
    id: `city:${capital.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    name: capital,
    type: 'location',
    kind: 'capital',
    country: c.code,
    standsFor: id,
    aliases: others,
  };
  return [country, city];
}

function readUserFile(file: string): GazetteerEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new StorylineError('GAZETTEER_INVALID', 'cannot read the file', file, { cause });
  }
  let raws: unknown[];
  try {
    raws = /\.csv$/i.test(file) ? csvToEntries(text) : jsonEntries(text);
  } catch (cause) {
    throw new StorylineError('GAZETTEER_INVALID', (cause as Error).message, file, { cause });
  }
  return raws.map((raw, i) => validateEntry(raw, `${file}#${i}`));
}

function jsonEntries(text: string): unknown[] {
  const value: unknown = JSON.parse(text);
  if (Array.isArray(value)) return value;
  const entries = (value as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries)) return entries;
  throw new Error('expected an array of entries or an object with an "entries" array');
}

/** Checks one raw entry and fills defaults; `where` names it in the error. */
export function validateEntry(raw: unknown, where: string, defaultType?: EntityType): GazetteerEntry {
  const fail = (why: string): never => {
    throw new StorylineError('GAZETTEER_INVALID', `entry ${where}: ${why}`, where.replace(/#\d+$/, ''));
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || !r.name.trim()) return fail('"name" must be a non-empty string');
  const type = (r.type ?? defaultType) as EntityType;
  if (!TYPES.includes(type)) return fail(`"type" must be one of ${TYPES.join(', ')}`);
  const aliases = r.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) return fail('"aliases" must be an array of strings');
  const offices = r.offices ?? [];
  if (!Array.isArray(offices)) return fail('"offices" must be an array');
  for (const o of offices as Record<string, unknown>[]) {
    if (typeof o?.role !== 'string' || typeof o.title !== 'string') fail('every office needs "role" and "title" strings');
    for (const k of ['start', 'end'] as const) {
      if (o[k] !== undefined && (typeof o[k] !== 'string' || !DATE.test(o[k] as string))) fail(`office ${k} must be YYYY[-MM[-DD]]`);
    }
  }
  const id = typeof r.id === 'string' && r.id ? r.id : `user:${r.name.toLowerCase().replace(/\s+/g, '-')}`;
  return { ...(r as object), id, name: r.name, type, aliases: aliases as string[], offices: offices as GazetteerEntry['offices'] } as GazetteerEntry;
}
