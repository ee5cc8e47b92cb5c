/**
 * Embedded storage in SQLite (node:sqlite, FTS5 for full-text search). Each `analyze` run is stored whole in one
 * transaction: a failed run writes nothing, and earlier runs are never touched, so bad input cannot lose stored work.
 * Rows are denormalized for querying (documents, events, entities, quotes); the full analysis JSON is kept too,
 * so any export can be rendered again from the store.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Analysis } from '../model.ts';
import { StorylineError } from '../errors.ts';
import { SCHEMA_SQL } from './schema.ts';

export interface RunSummary {
  id: number;
  createdAt: string;
  inputs: string[];
  documents: number;
  events: number;
}

export interface SearchHit {
  run: number;
  document: string;
  source: string;
  title: string | null;
  snippet: string;
}

export class Store {
  readonly file: string;
  private readonly db: DatabaseSync;

  constructor(file: string) {
    this.file = file;
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    try {
      this.db = new DatabaseSync(file);
      this.db.exec(SCHEMA_SQL);
    } catch (error) {
      throw new StorylineError('STORE_FAILED', (error as Error).message, file, { cause: error });
    }
  }

  /** Stores one analysis as a new run and returns its id. All or nothing. */
  saveRun(analysis: Analysis, inputs: string[]): number {
    this.db.exec('BEGIN');
    try {
      const run = this.db
        .prepare('INSERT INTO runs (created_at, inputs, schema_version, analysis) VALUES (?, ?, ?, ?)')
        .run(new Date().toISOString(), JSON.stringify(inputs), analysis.schemaVersion, JSON.stringify(analysis));
      const id = Number(run.lastInsertRowid);
      this.insertRows(id, analysis);
      this.db.exec('COMMIT');
      return id;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw new StorylineError('STORE_FAILED', (error as Error).message, this.file, { cause: error });
    }
  }

  private insertRows(run: number, analysis: Analysis): void {
    const doc = this.db.prepare(
      'INSERT INTO documents (run_id, id, source, title, outlet, author, published, quality, duplicate_of, text) VALUES (?,?,?,?,?,?,?,?,?,?)',
    );
    for (const d of analysis.documents) {
      doc.run(run, d.id, d.source, d.title, d.outlet, d.author, d.published.date, d.quality.score, d.duplicateOf, d.text);
    }
    const event = this.db.prepare(
      'INSERT INTO events (run_id, id, date, type, title, status, sources, duration_minutes, data) VALUES (?,?,?,?,?,?,?,?,?)',
    );
    for (const e of analysis.events) {
      event.run(run, e.id, e.date.value, e.type, e.title, e.status, e.sources, e.durationMinutes, JSON.stringify(e));
    }
    const entity = this.db.prepare('INSERT INTO entities (run_id, id, name, type, data) VALUES (?,?,?,?,?)');
    for (const e of analysis.entities) entity.run(run, e.id, e.name, e.type, JSON.stringify(e));
    const quote = this.db.prepare('INSERT INTO quotes (run_id, id, speaker, text, data) VALUES (?,?,?,?,?)');
    for (const q of analysis.quotes) quote.run(run, q.id, q.speaker, q.text, JSON.stringify(q));
  }

  runs(): RunSummary[] {
    const rows = this.db
      .prepare(
        `SELECT r.id, r.created_at, r.inputs,
           (SELECT COUNT(*) FROM documents d WHERE d.run_id = r.id) AS documents,
           (SELECT COUNT(*) FROM events e WHERE e.run_id = r.id) AS events
         FROM runs r ORDER BY r.id`,
      )
      .all() as { id: number; created_at: string; inputs: string; documents: number; events: number }[];
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, inputs: JSON.parse(r.inputs), documents: r.documents, events: r.events }));
  }

  /** The analysis stored by a run (the latest run when none is given), or null. */
  analysis(run?: number): Analysis | null {
    const row = (run === undefined
      ? this.db.prepare('SELECT analysis FROM runs ORDER BY id DESC LIMIT 1').get()
      : this.db.prepare('SELECT analysis FROM runs WHERE id = ?').get(run)) as { analysis: string } | undefined;
    return row ? (JSON.parse(row.analysis) as Analysis) : null;
  }

  /** Full-text search over stored document texts and titles (FTS5 query syntax). */
  search(query: string, limit = 20): SearchHit[] {
    try {
      return this.db
        .prepare(
          `SELECT d.run_id AS run, d.id AS document, d.source, d.title, snippet(documents_fts, 0, '[', ']', '…', 12) AS snippet
           FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
           WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(query, limit) as unknown as SearchHit[];
    } catch (error) {
      throw new StorylineError('USAGE', `bad search query: ${(error as Error).message}`, query);
    }
  }

  close(): void {
    this.db.close();
  }
}
