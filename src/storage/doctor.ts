/**
 * `storyline doctor`: is the store whole? SQLite's own checks first (page structure, foreign keys, full-text
 * indexes against their tables), then ours: every run's rows match its stored analysis (nothing half-written), no
 * row outside a run, every event's and quote's evidence points at a document stored with its run, the timeline,
 * participants and duplicate groups name stored events, entities and documents, and every library document still
 * has the hash of its content. Nothing is modified.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { RawDocument } from '../model.ts';
import { documentHash } from './library.ts';
import { SCHEMA_VERSION } from './schema.ts';

export interface DoctorCheck {
  name: string;
  ok: boolean;
  /** What is wrong (at most `MAX_PROBLEMS`, then a count of the rest); empty when ok. */
  problems: string[];
  /** Set when the check could not run (e.g. full-text checks on a read-only store). */
  skipped?: string;
}

export interface DoctorReport {
  file: string;
  ok: boolean;
  counts: { runs: number; documents: number; events: number; library: number };
  checks: DoctorCheck[];
}

const MAX_PROBLEMS = 20;

const TABLES = ['runs', 'documents', 'documents_fts', 'events', 'entities', 'quotes', 'library', 'library_fts'];

type Row = Record<string, unknown>;

export function checkStore(db: DatabaseSync, file: string, writable: boolean): DoctorReport {
  const all = (sql: string, ...params: (string | number)[]) => db.prepare(sql).all(...params) as Row[];
  const tables = new Set(all("SELECT name FROM sqlite_schema WHERE type = 'table'").map((r) => String(r.name)));
  const count = (table: string) => (tables.has(table) ? Number(all(`SELECT COUNT(*) AS n FROM ${table}`)[0]!.n) : 0);
  const checks: DoctorCheck[] = [
    check('schema version', () => {
      const version = Number(all('PRAGMA user_version')[0]!.user_version);
      const missing = TABLES.filter((t) => !tables.has(t));
      return [
        ...(version === SCHEMA_VERSION ? [] : [`user_version is ${version}, expected ${SCHEMA_VERSION} (opening the store for writing brings it up to date)`]),
        ...(missing.length > 0 ? [`missing table(s): ${missing.join(', ')}`] : []),
      ];
    }),
    check('integrity_check', () => all('PRAGMA integrity_check').map((r) => String(r.integrity_check)).filter((m) => m !== 'ok')),
    check('foreign_key_check', () =>
      all('PRAGMA foreign_key_check').map((r) => `${r.table} row ${r.rowid} refers to a missing ${r.parent} row`),
    ),
    ...['documents_fts', 'library_fts'].map((fts) =>
      writable
        ? check(`${fts} in sync`, () => ftsProblems(db, fts))
        : { name: `${fts} in sync`, ok: true, problems: [], skipped: 'the store is read-only (the full-text check needs write access)' },
    ),
    check('runs match their analysis', () => runProblems(all)),
    check('no orphan rows', () =>
      ['documents', 'events', 'entities', 'quotes'].flatMap((table) =>
        all(`SELECT run_id, COUNT(*) AS n FROM ${table} WHERE run_id NOT IN (SELECT id FROM runs) GROUP BY run_id`).map(
          (r) => `${r.n} ${table} row(s) of run ${r.run_id}, which does not exist`,
        ),
      ),
    ),
    check('evidence points at stored documents', () => [
      ...all(
        `SELECT e.run_id, e.id, m.value ->> 'document' AS doc FROM events e, json_each(e.data, '$.mentions') m
         WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.run_id = e.run_id AND d.id = m.value ->> 'document')`,
      ).map((r) => `run ${r.run_id} event ${r.id} cites document ${r.doc}, not stored with the run`),
      ...all(
        `SELECT q.run_id, q.id, m.value ->> 'document' AS doc FROM quotes q, json_each(q.data, '$.mentions') m
         WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.run_id = q.run_id AND d.id = m.value ->> 'document')`,
      ).map((r) => `run ${r.run_id} quote ${r.id} cites document ${r.doc}, not stored with the run`),
    ]),
    check('references resolve within their run', () => [
      ...all(
        `SELECT r.id, t.value ->> 'event' AS ev FROM runs r, json_each(r.analysis, '$.timeline') t
         WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.run_id = r.id AND e.id = t.value ->> 'event')`,
      ).map((r) => `run ${r.id}: a timeline entry names event ${r.ev}, not stored with the run`),
      ...all(
        `SELECT r.id, t.value ->> '$.evidence.document' AS doc FROM runs r, json_each(r.analysis, '$.timeline') t
         WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.run_id = r.id AND d.id = t.value ->> '$.evidence.document')`,
      ).map((r) => `run ${r.id}: a timeline entry's evidence cites document ${r.doc}, not stored with the run`),
      ...all(
        `SELECT e.run_id, e.id, p.value ->> 'entity' AS entity FROM events e, json_each(e.data, '$.participants') p
         WHERE NOT EXISTS (SELECT 1 FROM entities n WHERE n.run_id = e.run_id AND n.id = p.value ->> 'entity')`,
      ).map((r) => `run ${r.run_id} event ${r.id}: participant ${r.entity} is not a stored entity`),
      ...all(
        `SELECT r.id, m.value AS doc FROM runs r, json_each(r.analysis, '$.duplicateGroups') g, json_each(g.value, '$.members') m
         WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.run_id = r.id AND d.id = m.value)`,
      ).map((r) => `run ${r.id}: a duplicate group lists document ${r.doc}, not stored with the run`),
    ]),
    check('library documents match their hash', () => {
      const problems: string[] = [];
      for (const r of db.prepare('SELECT rowid, hash, raw FROM library ORDER BY rowid').iterate() as Iterable<Row>) {
        let raw: RawDocument;
        try {
          raw = JSON.parse(String(r.raw)) as RawDocument;
        } catch {
          problems.push(`library row ${r.rowid}: the stored document is not valid JSON`);
          continue;
        }
        if (documentHash(raw) !== r.hash) problems.push(`library row ${r.rowid}: content does not match its hash ${String(r.hash).slice(0, 12)}`);
      }
      return problems;
    }),
  ];
  const counts = { runs: count('runs'), documents: count('documents'), events: count('events'), library: count('library') };
  return { file, ok: checks.every((c) => c.ok), counts, checks };
}

function check(name: string, find: () => string[]): DoctorCheck {
  let problems: string[];
  try {
    problems = find();
  } catch (error) {
    problems = [`the check failed: ${(error as Error).message}`];
  }
  const shown = problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`] : problems;
  return { name, ok: problems.length === 0, problems: shown };
}

/** FTS5's own check, with rank 1: the index must match its content table row for row. */
function ftsProblems(db: DatabaseSync, fts: string): string[] {
  try {
    db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`);
    return [];
  } catch (error) {
    return [`the full-text index does not match its table (${(error as Error).message}); rebuild it with INSERT INTO ${fts}(${fts}) VALUES('rebuild')`];
  }
}

/** Each run's analysis parses, and its rows are exactly the analysis's documents, events, entities and quotes. */
function runProblems(all: (sql: string, ...params: (string | number)[]) => Row[]): string[] {
  const problems: string[] = [];
  const rowCounts = new Map<string, number>();
  for (const table of ['documents', 'events', 'entities', 'quotes']) {
    for (const r of all(`SELECT run_id, COUNT(*) AS n FROM ${table} GROUP BY run_id`)) rowCounts.set(`${table}:${r.run_id}`, Number(r.n));
  }
  for (const r of all('SELECT id, analysis FROM runs ORDER BY id')) {
    let analysis: Record<string, unknown>;
    try {
      analysis = JSON.parse(String(r.analysis)) as Record<string, unknown>;
    } catch {
      problems.push(`run ${r.id}: the stored analysis is not valid JSON`);
      continue;
    }
    for (const table of ['documents', 'events', 'entities', 'quotes']) {
      const expected = Array.isArray(analysis[table]) ? (analysis[table] as unknown[]).length : 0;
      const stored = rowCounts.get(`${table}:${r.id}`) ?? 0;
      if (expected !== stored) problems.push(`run ${r.id}: the analysis has ${expected} ${table}, the store holds ${stored} rows`);
    }
  }
  return problems;
}
