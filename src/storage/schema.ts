/** The SQLite schema. Statements are idempotent so opening an existing store is safe. */
export const SCHEMA_SQL = `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
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
`;
