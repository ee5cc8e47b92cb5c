/**
 * User gazetteers in CSV. Format (header row required, columns in any order, unknown columns ignored):
 *
 *   id,name,type,aliases,country,role,title,start,end
 *   person:jane-roe,Jane Roe,person,Roe|J. Roe,GB,spokesperson,Downing Street spokeswoman,2023-01-01,
 *
 * - `name` and `type` (person | organization | location | other) are required; `id` defaults to "user:<name>".
 * - `aliases` are separated by "|".
 * - `role`, `title`, `start`, `end` describe one office; repeat the id on another row to add more offices.
 * Fields may be double-quoted ("a, b"); a doubled quote inside stands for one quote.
 */
import type { GazetteerEntry } from './types.ts';

/** Parses CSV text into rows of fields (RFC 4180 quoting, any line ending). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Turns CSV rows into raw entry objects (validated later with the JSON ones). */
export function csvToEntries(text: string): unknown[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('empty CSV (a header row is required)');
  const columns = header.map((h) => h.trim().toLowerCase());
  for (const required of ['name', 'type']) {
    if (!columns.includes(required)) throw new Error(`missing column "${required}"`);
  }
  const byId = new Map<string, GazetteerEntry>();
  rows.forEach((fields, i) => {
    const get = (c: string): string => (fields[columns.indexOf(c)] ?? '').trim();
    const name = get('name');
    if (!name) throw new Error(`row ${i + 2}: empty name`);
    const id = get('id') || `user:${name.toLowerCase().replace(/\s+/g, '-')}`;
    const entry = byId.get(id) ?? newEntry(id, name, get);
    if (get('role') || get('title')) entry.offices!.push(officeOf(get));
    byId.set(id, entry);
  });
  return [...byId.values()];
}

function newEntry(id: string, name: string, get: (c: string) => string): GazetteerEntry {
  const entry: GazetteerEntry = {
    id,
    name,
    type: get('type') as GazetteerEntry['type'],
    aliases: get('aliases').split('|').map((a) => a.trim()).filter(Boolean),
    offices: [],
  };
  if (get('country') && !get('role')) entry.country = get('country');
  return entry;
}

function officeOf(get: (c: string) => string): NonNullable<GazetteerEntry['offices']>[number] {
  const office: NonNullable<GazetteerEntry['offices']>[number] = { role: get('role') || 'official', title: get('title') || get('role') };
  if (get('country')) office.country = get('country');
  if (get('start')) office.start = get('start');
  if (get('end')) office.end = get('end');
  return office;
}
