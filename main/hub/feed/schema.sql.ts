import type { SqliteDatabase } from '../db.js';

/** Bumped when the cache tables change shape; an older cache is dropped and refilled from the backend. */
export const CACHE_SCHEMA_VERSION = 2;

export const DROP_OLD_CACHE = `
DROP TABLE IF EXISTS observations;
DROP TABLE IF EXISTS reports;
DROP TABLE IF EXISTS channel_state;
`;

/** The hub's SQLite schema: last-known values, bounded history, reports, channel positions, quarantine. */
export const FEED_SCHEMA = `
CREATE TABLE IF NOT EXISTS observations (
  channel TEXT NOT NULL,
  key TEXT NOT NULL,             -- series + period: a revision replaces the row
  series TEXT NOT NULL,
  period_end TEXT NOT NULL,
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,            -- the held observation, JSON
  PRIMARY KEY (channel, key)     -- two channels may carry the same metric for the same area (deaths)
);
CREATE INDEX IF NOT EXISTS observations_by_series ON observations (channel, series, period_end);
CREATE TABLE IF NOT EXISTS reports (
  channel TEXT NOT NULL,
  id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  occurred_at TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (channel, id)
);
CREATE TABLE IF NOT EXISTS channel_state (
  channel TEXT PRIMARY KEY,
  upstream_seq INTEGER,
  confirmed_at TEXT,
  expected_interval_s INTEGER
);
CREATE TABLE IF NOT EXISTS quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  channel TEXT,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  item TEXT NOT NULL              -- as received, cut to 4 KiB
);
`;

/** Creates (or upgrades) the cache tables. Safe to run more than once. */
export function prepareFeedSchema(db: SqliteDatabase): void {
  // The quarantine is kept; the cache of values is only a copy of the backend's and is refetched.
  if ((db.pragma('user_version', { simple: true }) as number) < CACHE_SCHEMA_VERSION) db.exec(DROP_OLD_CACHE);
  db.exec(FEED_SCHEMA);
  db.pragma(`user_version = ${CACHE_SCHEMA_VERSION}`);
}
