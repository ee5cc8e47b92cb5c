/**
 * Embedded storage in SQLite (node:sqlite, FTS5 for full-text search). Each `analyze` run is stored whole in one
 * transaction: a failed run writes nothing, and earlier runs are never touched, so bad input cannot lose stored work.
 * Rows are denormalized for querying (documents, events, entities, quotes); the full analysis JSON is kept too,
 * so any export can be rendered again from the store. `storyline ingest` fills the library, one committed document
 * at a time, keyed by content hash (see library.ts).
 *
 * Crash and concurrency safety: the journal is WAL with synchronous=FULL, so a process killed at any point leaves
 * the last committed state. Every write is one `BEGIN IMMEDIATE` transaction (the write lock is taken first, so two
 * writers never deadlock on an upgrade); SQLite waits `busyTimeoutMs` for the lock, and then the whole transaction
 * is retried with a growing pause until the retry deadline (storage/errors.ts). Disk-full, read-only and damaged
 * stores are reported with their own codes (STORE_FULL, STORE_READONLY, STORE_CORRUPT), after the transaction was
 * rolled back.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import type { Analysis, RawDocument } from '../model.ts';
import { StorylineError } from '../errors.ts';
import { CONNECTION_PRAGMAS, SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';
import { DEFAULT_RETRY, retryBusy, storeError, type RetryPolicy } from './errors.ts';
import { checkStore, type DoctorReport } from './doctor.ts';
import type { LibraryDocument } from './library.ts';

export interface StoreOptions {
  /** Open without writing anything (a missing store is an error, not created). */
  readOnly?: boolean;
  /** Do not create a missing store (default: created with its folder). */
  mustExist?: boolean;
  /** How long SQLite itself waits for another writer's lock before a retry (default 5 s). */
  busyTimeoutMs?: number;
  retry?: RetryPolicy;
  /** Caps the store at this many pages: a quota (tests use it to stand for a full disk). */
  maxPages?: number;
}

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

export type LibraryHit = Omit<SearchHit, 'run'>;

export class Store {
  readonly file: string;
  private readonly db: DatabaseSync;
  private readonly retry: RetryPolicy;
  private readonly writable: boolean;

  constructor(file: string, options: StoreOptions = {}) {
    this.file = file;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.writable = !options.readOnly;
    const memory = file === ':memory:';
    if (!memory && (options.readOnly || options.mustExist) && !existsSync(file)) {
      throw new StorylineError('INPUT_NOT_FOUND', 'no store here (run storyline analyze or ingest first)', file);
    }
    try {
      if (!memory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.db = retryBusy(() => this.open(options), this.retry);
    } catch (error) {
      // A WAL store on a read-only disk (or in a folder we may not write) cannot even be opened the usual way: SQLite
      // needs to create its -shm file. Writing there is refused by name; reading a cleanly closed store (no -wal
      // left) is done with the file opened as immutable, which is exact when nobody can write it.
      if (memory || !existsSync(file) || writable(file)) throw storeError(error, file, 'opening the store');
      if (!options.readOnly) {
        throw new StorylineError('STORE_READONLY', 'the store is on a read-only disk or in a folder this user cannot write; nothing was written — use a writable --db', file, { cause: error });
      }
      if (existsSync(`${file}-wal`)) throw storeError(error, file, 'opening the store (read-only, with an unfinished write-ahead log beside it)');
      try {
        this.db = this.open(options, `${pathToFileURL(path.resolve(file)).href}?immutable=1`);
      } catch (again) {
        throw storeError(again, file, 'opening the store read-only');
      }
    }
  }

  private open(options: StoreOptions, location = this.file): DatabaseSync {
    const db = new DatabaseSync(location, { readOnly: options.readOnly ?? false });
    try {
      db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))};`);
      db.exec(CONNECTION_PRAGMAS);
      if (options.maxPages) db.exec(`PRAGMA max_page_count = ${Math.floor(options.maxPages)};`);
      if (this.writable) {
        const mode = db.prepare('PRAGMA journal_mode').get() as { journal_mode: string };
        if (mode.journal_mode !== 'wal' && this.file !== ':memory:') db.exec('PRAGMA journal_mode = WAL;');
        const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
        if (version < SCHEMA_VERSION) transaction(db, () => db.exec(SCHEMA_SQL));
      }
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Runs `body` as one write transaction (BEGIN IMMEDIATE), retried whole while the store is busy. */
  private write<T>(doing: string, body: () => T): T {
    try {
      return retryBusy(() => transaction(this.db, body), this.retry);
    } catch (error) {
      throw storeError(error, this.file, doing);
    }
  }

  /** A read, retried while busy (rare in WAL: only around a checkpoint or recovery). */
  private read<T>(doing: string, body: () => T): T {
    try {
      return retryBusy(body, this.retry);
    } catch (error) {
      throw storeError(error, this.file, doing);
    }
  }

  /** Stores one analysis as a new run and returns its id. All or nothing. */
  saveRun(analysis: Analysis, inputs: string[]): number {
    return this.write('storing the run', () => {
      const run = this.db
        .prepare('INSERT INTO runs (created_at, inputs, schema_version, analysis) VALUES (?, ?, ?, ?)')
        .run(new Date().toISOString(), JSON.stringify(inputs), analysis.schemaVersion, JSON.stringify(analysis));
      const id = Number(run.lastInsertRowid);
      this.insertRows(id, analysis);
      return id;
    });
  }

  /** True when the library holds a document with this content hash. */
  hasDocument(hash: string): boolean {
    return this.read('looking up a document', () => this.db.prepare('SELECT 1 FROM library WHERE hash = ?').get(hash) !== undefined);
  }

  /** Adds a document to the library in its own transaction: true when stored, false when its hash was already there. */
  addDocument(doc: LibraryDocument): boolean {
    return this.write(`storing ${doc.source}`, () => {
      const result = this.db
        .prepare(
          `INSERT INTO library (hash, source, raw, title, outlet, author, published, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)
           ON CONFLICT (hash) DO NOTHING`,
        )
        .run(doc.hash, doc.source, JSON.stringify(doc.raw), doc.title, doc.outlet, doc.author, doc.published, doc.text, new Date().toISOString());
      return Number(result.changes) > 0;
    });
  }

  /** The library's documents as read, in the order they were stored (to analyse them again). */
  libraryDocuments(): RawDocument[] {
    return this.read('reading the library', () =>
      (this.db.prepare('SELECT raw FROM library ORDER BY rowid').all() as { raw: string }[]).map((r) => JSON.parse(r.raw) as RawDocument),
    );
  }

  /** Hash, source and title of every library document, in the order they were stored. */
  library(): { hash: string; source: string; title: string | null }[] {
    return this.read('reading the library', () => this.db.prepare('SELECT hash, source, title FROM library ORDER BY rowid').all() as never);
  }

  /** The integrity report of `storyline doctor` (nothing is modified). */
  check(): DoctorReport {
    return this.read('checking the store', () => checkStore(this.db, this.file, this.writable));
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
    const rows = this.read('listing runs', () => this.db
      .prepare(
        `SELECT r.id, r.created_at, r.inputs,
           (SELECT COUNT(*) FROM documents d WHERE d.run_id = r.id) AS documents,
           (SELECT COUNT(*) FROM events e WHERE e.run_id = r.id) AS events
         FROM runs r ORDER BY r.id`,
      )
      .all()) as { id: number; created_at: string; inputs: string; documents: number; events: number }[];
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, inputs: JSON.parse(r.inputs), documents: r.documents, events: r.events }));
  }

  /** The analysis stored by a run (the latest run when none is given), or null. */
  analysis(run?: number): Analysis | null {
    const row = this.read('reading a run', () =>
      run === undefined
        ? this.db.prepare('SELECT analysis FROM runs ORDER BY id DESC LIMIT 1').get()
        : this.db.prepare('SELECT analysis FROM runs WHERE id = ?').get(run),
    ) as { analysis: string } | undefined;
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

  /** Full-text search over the library (documents stored by `ingest`); `document` is the content hash. */
  searchLibrary(query: string, limit = 20): LibraryHit[] {
    try {
      return this.db
        .prepare(
          `SELECT l.hash AS document, l.source, l.title, snippet(library_fts, 0, '[', ']', '…', 12) AS snippet
           FROM library_fts JOIN library l ON l.rowid = library_fts.rowid
           WHERE library_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(query, limit) as unknown as LibraryHit[];
    } catch (error) {
      throw new StorylineError('USAGE', `bad search query: ${(error as Error).message}`, query);
    }
  }

  close(): void {
    this.db.close();
  }
}

/** `body` between BEGIN IMMEDIATE and COMMIT; rolled back when it throws (unless SQLite already rolled back). */
function transaction<T>(db: DatabaseSync, body: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const out = body();
    db.exec('COMMIT');
    return out;
  } catch (error) {
    if (db.isTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The connection is going away with the error; SQLite rolls back an open transaction on close.
      }
    }
    throw error;
  }
}

/** Whether this process may write the store file and its folder (where SQLite puts the -wal and -shm files). */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
