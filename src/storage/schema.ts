/**
 * The SQLite schema. Statements are idempotent so opening an existing store is safe; `SCHEMA_VERSION` is kept in
 * `PRAGMA user_version`, so a store already at this version is opened without taking the write lock.
 */
export const SCHEMA_VERSION = 1;

/** Connection settings, set on every open (they are not stored in the file, except journal_mode). */
export const CONNECTION_PRAGMAS = `
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
`;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  inputs TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  analysis TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  rowid INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  author TEXT,
  published TEXT,
  quality REAL,
  duplicate_of TEXT,
  text TEXT NOT NULL,
  UNIQUE (run_id, id)
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, title, content='documents', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, text, title) VALUES (new.rowid, new.text, new.title);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, text, title) VALUES ('delete', old.rowid, old.text, old.title);
END;
CREATE TABLE IF NOT EXISTS events (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  date TEXT,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  sources INTEGER NOT NULL,
  duration_minutes REAL,
  data TEXT NOT NULL,
  PRIMARY KEY (run_id, id)
);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date);
CREATE TABLE IF NOT EXISTS entities (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (run_id, id)
);
CREATE TABLE IF NOT EXISTS quotes (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  speaker TEXT,
  text TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (run_id, id)
);
-- The library: every document \`storyline ingest\` stored, once, by the hash of its content. Each document is
-- committed on its own, so an interrupted ingest keeps what it stored and a new one skips it.
CREATE TABLE IF NOT EXISTS library (
  rowid INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  raw TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  author TEXT,
  published TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS library_fts USING fts5(text, title, content='library', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS library_fts_insert AFTER INSERT ON library BEGIN
  INSERT INTO library_fts (rowid, text, title) VALUES (new.rowid, new.text, new.title);
END;
CREATE TRIGGER IF NOT EXISTS library_fts_delete AFTER DELETE ON library BEGIN
  INSERT INTO library_fts (library_fts, rowid, text, title) VALUES ('delete', old.rowid, old.text, old.title);
END;
PRAGMA user_version = ${SCHEMA_VERSION};
`;
