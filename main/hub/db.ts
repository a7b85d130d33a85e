import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../log.js';
import { prepareFeedSchema } from './feed/schema.sql.js';

export type SqliteDatabase = Database.Database;

/** The hub's databases, opened once at start and handed to the parts that use them; closed last. */
export interface HubDatabases {
  /** A copy of the backend's data (last-known values, history, reports, quarantine): disposable. */
  cache: SqliteDatabase;
  /** The room's own records: the audit log and the room state. Never moved aside, never emptied. */
  room: SqliteDatabase;
  /** Set when room.sqlite was damaged at start: the hub runs on a fallback file and says so. */
  roomDamaged: { file: string; reason: string; fallback: string } | null;
  close(): void;
}

/** The files in a room's data folder. */
export const CACHE_FILE = 'cache.sqlite';
export const ROOM_FILE = 'room.sqlite';

export function openHubDatabases(dataDir: string, logger: Logger): HubDatabases {
  mkdirSync(dataDir, { recursive: true });
  const cache = openDisposableDatabase(join(dataDir, CACHE_FILE), logger, prepareFeedSchema);
  const { db: room, damaged: roomDamaged } = openDurableDatabase(join(dataDir, ROOM_FILE), logger);
  return {
    cache,
    room,
    roomDamaged,
    close() {
      if (cache.open) cache.close();
      if (room.open) room.close();
    },
  };
}

/**
 * Opens a database that must not be lost (the audit log, the room state). It is never moved, emptied or
 * written to when damaged: the hub then keeps the room lit on a fresh fallback file beside it, logs
 * `room-store.damaged` at every start until an administrator restores the file, and says so on the console.
 */
export function openDurableDatabase(file: string, logger: Logger): { db: SqliteDatabase; damaged: { file: string; reason: string; fallback: string } | null } {
  const damage = existsSync(file) ? readOnlyCheck(file) : null;
  if (!damage) return { db: openWal(file), damaged: null };
  const fallback = `${file.replace(/\.sqlite$/, '')}-fallback-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`;
  logger.error('room-store.damaged', {
    file,
    reason: damage,
    fallback,
    action: 'the damaged file is left as it is; restore it from a backup (or sqlite3 .recover), then restart. Until then room state and audit go to the fallback file.',
  });
  return { db: openWal(fallback), damaged: { file, reason: damage, fallback } };
}

/**
 * Opens a database whose content the hub can do without, because the backend refills it. It is checked
 * first (SQLite's quick_check, on a read-only connection, so a damaged file is never written to); a damaged
 * file is moved aside with its -wal and -shm under a timestamped name, the event is logged with where the old
 * file went, and the hub starts with an empty one. `prepare` (schema, loading) runs under the same rule:
 * damage it meets moves the file aside too. Never use this for a store that must not be lost (the audit log).
 */
export function openDisposableDatabase(file: string, logger: Logger, prepare: (db: SqliteDatabase) => void = () => {}): SqliteDatabase {
  if (file !== ':memory:' && existsSync(file)) {
    const damage = readOnlyCheck(file);
    if (damage) moveAside(file, damage, logger);
  }
  const db = openWal(file);
  try {
    prepare(db);
    return db;
  } catch (error) {
    if (!isDamage(error) || file === ':memory:') {
      db.close();
      throw error;
    }
    db.close();
    moveAside(file, (error as Error).message, logger);
    const fresh = openWal(file);
    prepare(fresh);
    return fresh;
  }
}

function openWal(file: string): SqliteDatabase {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What is wrong with the file, or null when SQLite finds it sound. */
function readOnlyCheck(file: string): string | null {
  let db: SqliteDatabase | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('quick_check', { simple: true });
    return result === 'ok' ? null : String(result).split('\n').slice(0, 3).join('; ');
  } catch (error) {
    if (isDamage(error)) return (error as Error).message;
    throw error;
  } finally {
    db?.close();
  }
}

export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function moveAside(file: string, reason: string, logger: Logger): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${file}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  }
  logger.error('cache.damaged', {
    file,
    movedTo,
    reason,
    action: 'the hub starts with an empty cache and the backend refills it; keep the moved file to diagnose the disk, or delete it',
  });
}
