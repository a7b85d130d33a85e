import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../testing/recording-logger.js';
import { CACHE_FILE, openHubDatabases } from './db.js';
import { FeedStore } from './feed/feed-store.js';

/** A data folder whose cache holds some figures, written by a hub that then stopped. */
function roomWithCache(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'opswall-db-'));
  const databases = openHubDatabases(dir, recordingLogger());
  const store = new FeedStore(databases.cache);
  for (let seq = 1; seq <= 40; seq++) {
    const observations = Array.from({ length: 50 }, (_, i) => ({
      metric: 'deaths',
      area: 'VN',
      unit: 'persons',
      value: i,
      period: { frequency: 'day' as const, start: `2026-${String(1 + (seq % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, end: `2026-${String(1 + (seq % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` },
      cutOff: '2026-11-21T17:00:00Z',
      source: 'Ủy ban An toàn giao thông Quốc gia',
      reportedAt: '2026-11-21T20:00:00Z',
      status: 'final' as const,
      revision: seq,
    }));
    store.apply({ channel: 'traffic/accidents', seq, sentAt: '2026-11-22T00:00:00Z', expectedIntervalS: undefined, observations, reports: [], retracted: [], rejections: [] }, '2026-11-22T00:00:00Z');
  }
  store.setPosition('traffic/accidents', 40, '2026-11-22T00:00:00Z');
  store.close();
  databases.cache.pragma('wal_checkpoint(TRUNCATE)');
  databases.close();
  return { dir, file: join(dir, CACHE_FILE) };
}

const DAMAGE: [string, (bytes: Buffer) => Buffer][] = [
  ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 3))],
  ['with its header overwritten', (bytes) => Buffer.concat([Buffer.alloc(100, 0x42), bytes.subarray(100)])],
  ['with pages overwritten', (bytes) => Buffer.concat([bytes.subarray(0, 4096), Buffer.alloc(8192, 0x41), bytes.subarray(4096 + 8192)])],
];

describe('the hub cache on a damaged disk', () => {
  it.each(DAMAGE)('moves a cache %s aside, says so, and starts empty', (_name, damage) => {
    const { dir, file } = roomWithCache();
    const damaged = damage(readFileSync(file));
    writeFileSync(file, damaged);
    const logger = recordingLogger();

    const databases = openHubDatabases(dir, logger);
    const store = new FeedStore(databases.cache);
    expect(store.position('traffic/accidents').upstreamSeq).toBeNull();
    expect(store.snapshot('e', 'traffic/accidents', 0).observations).toEqual([]);
    // It works: a figure lands and is written.
    store.setPosition('traffic/accidents', 1, '2026-11-22T00:00:00Z');
    store.flush();
    databases.close();

    const event = logger.find('cache.damaged');
    expect(event?.level).toBe('error');
    expect(event?.fields.file).toBe(file);
    const movedTo = String(event?.fields.movedTo);
    expect(movedTo).toMatch(/cache\.sqlite\.damaged-\d{4}-\d\d-\d\dT/);
    expect(String(event?.fields.action)).toMatch(/empty cache/);
    // The damaged file is kept as it was: never written to.
    expect(readFileSync(movedTo).equals(damaged)).toBe(true);
    // Its -wal and -shm, where there were any, went with it.
    for (const name of readdirSync(dir).filter((name) => name.includes('damaged'))) expect([movedTo, `${movedTo}-wal`, `${movedTo}-shm`]).toContain(join(dir, name));
  });

  it('opens a sound cache without moving anything and serves what it held', () => {
    const { dir } = roomWithCache();
    const logger = recordingLogger();
    const databases = openHubDatabases(dir, logger);
    const store = new FeedStore(databases.cache);
    expect(store.position('traffic/accidents').upstreamSeq).toBe(40);
    expect(store.snapshot('e', 'traffic/accidents', 0).observations.length).toBeGreaterThan(0);
    databases.close();
    expect(logger.find('cache.damaged')).toBeUndefined();
    expect(readdirSync(dir).some((name) => name.includes('damaged'))).toBe(false);
  });

  it('skips a stored row that does not read back instead of failing to start', () => {
    const { dir, file } = roomWithCache();
    const databases = openHubDatabases(dir, recordingLogger());
    databases.cache.prepare("UPDATE observations SET body = 'not json' WHERE rowid IN (SELECT rowid FROM observations LIMIT 3)").run();
    const store = new FeedStore(databases.cache);
    expect(store.snapshot('e', 'traffic/accidents', 0).observations.length).toBeGreaterThan(0);
    databases.close();
    expect(existsSync(file)).toBe(true);
  });
});
