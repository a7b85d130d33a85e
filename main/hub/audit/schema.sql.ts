import type { SqliteDatabase } from '../db.js';

/**
 * The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained — each row carries the
 * hash of the previous one and its own over its content — so an edited, deleted or inserted row is found
 * by `opswall audit verify`, even by someone who dropped the triggers with a SQLite shell.
 */
export const AUDIT_SCHEMA = `
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,              -- ISO 8601, the hub's clock
  actor_kind TEXT NOT NULL,      -- person | device | rule | system | room
  actor_id TEXT,                 -- credential id, rule id, or the remote room's id
  roles TEXT NOT NULL,           -- JSON array
  sign_in TEXT,                  -- the console sign-in the command came through
  origin_room TEXT,              -- another room's id, for commands over a room link
  address TEXT,
  user_agent TEXT,
  action TEXT NOT NULL,          -- the command or event, e.g. "layout.switch"
  summary TEXT NOT NULL,         -- what it was about, JSON, at most 2 KiB
  result TEXT NOT NULL,          -- done | refused | failed
  reason TEXT,                   -- why refused or failed
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_time ON audit (at);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

export function prepareAuditSchema(db: SqliteDatabase): void {
  db.exec(AUDIT_SCHEMA);
}
