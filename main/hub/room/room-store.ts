import { playlistRunSchema, playlistSchema, scheduleSchema, type Playlist, type PlaylistRun, type Schedule } from '../../../src/protocol/control/plans.js';
import type { SqliteDatabase } from '../db.js';

/** What a display is set to show, as kept across restarts. */
export interface ShownState {
  layoutId: string;
  spotlight: { layoutId: string; panelId: string } | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS room_display (
  display TEXT PRIMARY KEY,
  layout TEXT NOT NULL,
  spotlight TEXT              -- JSON {layoutId, panelId} or NULL
);
CREATE TABLE IF NOT EXISTS room_plan (
  kind TEXT NOT NULL,         -- playlist | schedule
  id TEXT NOT NULL,
  body TEXT NOT NULL,         -- JSON, checked with the control protocol's schema when read back
  PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS room_playlist_run (
  playlist TEXT PRIMARY KEY,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS room_kv (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL         -- JSON
);
CREATE TABLE IF NOT EXISTS room_barred_credential (
  credential TEXT PRIMARY KEY,
  since TEXT NOT NULL
);
`;

/**
 * The room's state in room.sqlite (durable, beside the audit log): what each display shows, the
 * playlists and schedules, the running playlists, barred credentials. Written at once (a power cut or
 * a hub restart changes nothing of what the wall shows when it comes back); read back through the
 * protocol's schemas, so a row that no longer parses is skipped rather than trusted.
 */
export class RoomStore {
  constructor(private readonly db: SqliteDatabase) {
    db.exec(SCHEMA);
  }

  shown(): Map<string, ShownState> {
    const rows = this.db.prepare('SELECT display, layout, spotlight FROM room_display').all() as { display: string; layout: string; spotlight: string | null }[];
    return new Map(rows.map((row) => [row.display, { layoutId: row.layout, spotlight: parseJson(row.spotlight) as ShownState['spotlight'] }]));
  }

  setShown(entries: ReadonlyMap<string, ShownState>): void {
    const upsert = this.db.prepare('INSERT INTO room_display (display, layout, spotlight) VALUES (?, ?, ?) ON CONFLICT(display) DO UPDATE SET layout = excluded.layout, spotlight = excluded.spotlight');
    this.db.transaction(() => {
      for (const [display, state] of entries) upsert.run(display, state.layoutId, state.spotlight ? JSON.stringify(state.spotlight) : null);
    })();
  }

  playlists(): Playlist[] {
    return this.plans('playlist', (body) => playlistSchema.safeParse(body));
  }

  schedules(): Schedule[] {
    return this.plans('schedule', (body) => scheduleSchema.safeParse(body));
  }

  savePlan(kind: 'playlist' | 'schedule', plan: Playlist | Schedule): void {
    this.db.prepare('INSERT INTO room_plan (kind, id, body) VALUES (?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET body = excluded.body').run(kind, plan.id, JSON.stringify(plan));
  }

  deletePlan(kind: 'playlist' | 'schedule', id: string): boolean {
    return this.db.prepare('DELETE FROM room_plan WHERE kind = ? AND id = ?').run(kind, id).changes > 0;
  }

  runs(): PlaylistRun[] {
    const rows = this.db.prepare('SELECT body FROM room_playlist_run').all() as { body: string }[];
    return rows.flatMap((row) => {
      const parsed = playlistRunSchema.safeParse(parseJson(row.body));
      return parsed.success ? [parsed.data] : [];
    });
  }

  saveRun(run: PlaylistRun): void {
    this.db.prepare('INSERT INTO room_playlist_run (playlist, body) VALUES (?, ?) ON CONFLICT(playlist) DO UPDATE SET body = excluded.body').run(run.playlistId, JSON.stringify(run));
  }

  deleteRun(playlistId: string): void {
    this.db.prepare('DELETE FROM room_playlist_run WHERE playlist = ?').run(playlistId);
  }

  /** A small value kept across restarts (e.g. which schedule each target last followed). */
  value(key: string): unknown {
    const row = this.db.prepare('SELECT value FROM room_kv WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? parseJson(row.value) : undefined;
  }

  setValue(key: string, value: unknown): void {
    this.db.prepare('INSERT INTO room_kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  }

  barred(): Set<string> {
    return new Set((this.db.prepare('SELECT credential FROM room_barred_credential').all() as { credential: string }[]).map((row) => row.credential));
  }

  setBarred(credentialId: string, barred: boolean, at: string): void {
    if (barred) this.db.prepare('INSERT INTO room_barred_credential (credential, since) VALUES (?, ?) ON CONFLICT DO NOTHING').run(credentialId, at);
    else this.db.prepare('DELETE FROM room_barred_credential WHERE credential = ?').run(credentialId);
  }

  private plans<T>(kind: string, parse: (body: unknown) => { success: true; data: T } | { success: false }): T[] {
    const rows = this.db.prepare('SELECT body FROM room_plan WHERE kind = ? ORDER BY id').all(kind) as { body: string }[];
    return rows.flatMap((row) => {
      const parsed = parse(parseJson(row.body));
      return parsed.success ? [parsed.data] : [];
    });
  }
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
