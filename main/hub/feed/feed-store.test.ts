import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckedMessage } from '../../../src/protocol/feed/check.js';
import type { Observation } from '../../../src/protocol/feed/records.js';
import { createLogger } from '../../log.js';
import { openDisposableDatabase, type SqliteDatabase } from '../db.js';
import { FeedStore, type StoreLimits } from './feed-store.js';

const opened: SqliteDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.open && db.close()));

/** A store on a database opened as the hub opens its cache. */
function storeOn(file: string, limits: Partial<StoreLimits> = {}): FeedStore {
  const db = openDisposableDatabase(file, createLogger({ console: false }));
  opened.push(db);
  return new FeedStore(db, limits);
}

const at = '2026-11-22T01:00:00.000Z';
const observation = (day: number, value: number, revision = 0): Observation => {
  const date = `2026-11-${String(day).padStart(2, '0')}`;
  return {
    metric: 'deaths',
    area: 'VN',
    unit: 'persons',
    value,
    period: { frequency: 'day', start: date, end: date },
    cutOff: `${date}T17:00:00Z`,
    source: 'Ủy ban An toàn giao thông Quốc gia',
    reportedAt: `${date}T20:00:00Z`,
    status: revision > 0 ? 'revised' : 'provisional',
    revision,
  };
};
const message = (seq: number, observations: Observation[], extra: Partial<CheckedMessage> = {}): CheckedMessage => ({
  channel: 'traffic/accidents',
  seq,
  sentAt: at,
  expectedIntervalS: undefined,
  observations,
  reports: [],
  retracted: [],
  rejections: [],
  ...extra,
});

describe('FeedStore', () => {
  it('replaces a value by a higher revision, ignores duplicates and older revisions', () => {
    const store = storeOn(':memory:');
    expect(store.apply(message(1, [observation(20, 30)]), at).observations).toHaveLength(1);
    const second = store.apply(message(2, [observation(20, 30), observation(20, 31, 1), observation(20, 29, 0)]), at);
    expect(second.observations.map((o) => o.value)).toEqual([31]);
    expect(second.duplicates).toBe(1);
    expect(store.apply(message(3, [observation(20, 28, 0)]), at).staleRevisions).toBe(1);
    expect(store.snapshot('e', 'traffic/accidents', 3).observations.map((o) => [o.value, o.revision])).toEqual([[31, 1]]);
  });

  it('keeps a bounded history per series, newest periods first to stay', () => {
    const store = storeOn(':memory:', { history: () => 3 });
    store.apply(message(1, [observation(5, 1), observation(1, 1), observation(3, 1), observation(4, 1), observation(2, 1)]), at);
    expect(store.snapshot('e', 'traffic/accidents', 1).observations.map((o) => o.period.start).sort()).toEqual(['2026-11-03', '2026-11-04', '2026-11-05']);
  });

  it('bounds history per frequency: a day of market ticks does not evict the closes the change is measured against', () => {
    const store = storeOn(':memory:', { history: (frequency) => (frequency === 'instant' ? 100 : 3) });
    const tick = (minute: number) => ({ ...observation(30, 1_280 + minute), metric: 'deaths', period: { frequency: 'instant' as const, start: `2026-11-30T02:${String(minute).padStart(2, '0')}:00Z`, end: `2026-11-30T02:${String(minute).padStart(2, '0')}:00Z` } });
    store.apply(message(1, [observation(27, 1_270), observation(28, 1_275), ...Array.from({ length: 50 }, (_, minute) => tick(minute))]), at);
    const held = store.snapshot('e', 'traffic/accidents', 1).observations;
    expect(held.filter((o) => o.period.frequency === 'day').map((o) => o.value)).toEqual([1_270, 1_275]);
    expect(held.filter((o) => o.period.frequency === 'instant')).toHaveLength(50);
    store.apply(message(2, Array.from({ length: 60 }, (_, minute) => ({ ...tick(minute), period: { frequency: 'instant' as const, start: `2026-11-30T03:${String(minute).padStart(2, '0')}:00Z`, end: `2026-11-30T03:${String(minute).padStart(2, '0')}:00Z` } }))), at);
    expect(store.snapshot('e', 'traffic/accidents', 2).observations.filter((o) => o.period.frequency === 'instant')).toHaveLength(100);
  });

  it('keeps the same figure apart in two channels, also on disk (traffic deaths are not disaster deaths)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'opswall-store-')), 'cache.sqlite');
    const store = storeOn(file, { history: () => 2 });
    store.apply(message(1, [observation(20, 31)]), at);
    store.apply(message(1, [observation(20, 4)], { channel: 'disaster/daily' }), at);
    store.flush();
    // Evicting the traffic figure must not delete the disaster one.
    store.apply(message(2, [observation(21, 30), observation(22, 29)]), at);
    store.close();
    const after = storeOn(file);
    expect(after.snapshot('e', 'traffic/accidents', 0).observations.map((o) => o.value).sort()).toEqual([29, 30]);
    expect(after.snapshot('e', 'disaster/daily', 0).observations.map((o) => o.value)).toEqual([4]);
  });

  it('serves everything it had after a restart: values, reports, positions and quarantine', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'opswall-store-')), 'cache.sqlite');
    const before = storeOn(file);
    const report = {
      id: 'acc-1',
      kind: 'serious-accident',
      area: 'VN34-01',
      title: 'Tai nạn đặc biệt nghiêm trọng',
      text: 'Xe khách va chạm xe tải trên cao tốc.',
      occurredAt: '2026-11-21T03:00:00Z',
      period: { frequency: 'day' as const, start: '2026-11-21', end: '2026-11-21' },
      cutOff: '2026-11-21T17:00:00Z',
      source: 'Ủy ban An toàn giao thông Quốc gia',
      reportedAt: '2026-11-21T20:00:00Z',
      status: 'provisional' as const,
      revision: 0,
    };
    before.apply(message(7, [observation(21, 20), observation(21, 22, 1)], { reports: [report], expectedIntervalS: 30 }), at);
    before.setPosition('traffic/accidents', 7, at);
    before.quarantine({ reason: 'malformed', detail: 'value: expected number', item: { value: 'x' } }, 'traffic/accidents', at);
    before.close();

    const after = storeOn(file);
    const snapshot = after.snapshot('e2', 'traffic/accidents', 0);
    expect(snapshot.observations).toEqual([{ ...observation(21, 22, 1), receivedAt: at }]);
    expect(snapshot.reports.map((r) => r.id)).toEqual(['acc-1']);
    expect(after.position('traffic/accidents')).toEqual({ upstreamSeq: 7, confirmedAt: at, expectedIntervalS: 30 });
    expect(after.quarantined()).toEqual([{ at, channel: 'traffic/accidents', reason: 'malformed', detail: 'value: expected number', item: '{"value":"x"}' }]);
    // A retraction removes the report, and that too survives a restart.
    after.apply(message(8, [], { retracted: ['acc-1'] }), at);
    after.close();
    expect(storeOn(file).snapshot('e3', 'traffic/accidents', 0).reports).toEqual([]);
  });
});
