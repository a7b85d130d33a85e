import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_LIMITS, type RejectionReason } from '../../../src/protocol/feed/messages.js';
import { observationKey, type Observation } from '../../../src/protocol/feed/records.js';
import type { DataBatch, DataSnapshot, HeldObservation } from '../../../src/protocol/wall/index.js';
import { loadRoomConfigFile } from '../../config/load.js';
import { createLogger } from '../../log.js';
import { makeTestRoom, TEST_SECRETS } from '../../testing/room-fixture.js';
import { startScriptedBackend } from '../../testing/scripted-backend.js';
import { mulberry32 as prng } from '../../../sim/prng.js';
import { startHub, type RunningHub } from '../hub.js';

const CHANNEL = 'traffic/accidents';
const REFUSED_CHANNEL = 'finance/ratings';
const UPSTREAM_SECRET = 'upstream-room:fuzz-secret';

const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n)).toISOString().slice(0, 10);

function good(random: () => number, index: number, revision = 0): Observation {
  const metrics = [['deaths', 'persons'], ['accidents', 'count'], ['injured', 'persons']] as const;
  const [metric, unit] = metrics[Math.floor(random() * metrics.length)]!;
  const areas = ['VN', 'VN34-01', 'VN34-79', 'VN-HN'];
  const date = day(index % 40);
  return {
    metric,
    area: areas[Math.floor(random() * areas.length)]!,
    unit,
    value: Math.round(random() * 500),
    period: { frequency: 'day', start: date, end: date },
    cutOff: `${date}T17:00:00Z`,
    source: 'Ủy ban An toàn giao thông Quốc gia',
    reportedAt: iso(now - 3_600_000),
    status: revision > 0 ? 'revised' : 'provisional',
    revision,
  };
}

type BadItem = { reason: RejectionReason; item: unknown };
const badItems: ((o: Observation) => BadItem)[] = [
  (o) => ({ reason: 'malformed', item: { ...o, value: String(o.value) } }),
  (o) => ({ reason: 'malformed', item: { ...o, value: Number.NaN } }),
  (o) => ({ reason: 'malformed', item: (({ unit: _unit, ...rest }) => rest)(o) }),
  (o) => ({ reason: 'malformed', item: { ...o, colour: 'red' } }),
  (o) => ({ reason: 'malformed', item: { ...o, period: { ...o.period, start: '14/11/2026' } } }),
  (o) => ({ reason: 'malformed', item: { ...o, revision: -1 } }),
  (o) => ({ reason: 'malformed', item: { ...o, area: 'VN-99' } }),
  () => ({ reason: 'malformed', item: 'not an object' }),
  (o) => ({ reason: 'area-not-allowed', item: { ...o, area: 'WORLD' } }),
  (o) => ({ reason: 'unknown-metric', item: { ...o, metric: 'rainfall' } }),
  (o) => ({ reason: 'unit-mismatch', item: { ...o, metric: 'deaths', unit: 'count' } }),
  (o) => ({ reason: 'future-timestamp', item: { ...o, reportedAt: iso(now + 86_400_000) } }),
];

describe('the hub boundary under fuzzed feed messages', () => {
  let backend: Awaited<ReturnType<typeof startScriptedBackend>>;
  let hub: RunningHub;
  let display: ClientSocket;
  let cleanup: () => void;
  const received: HeldObservation[] = [];

  beforeAll(async () => {
    process.env.OPSWALL_TEST_UPSTREAM = UPSTREAM_SECRET;
    backend = await startScriptedBackend(UPSTREAM_SECRET, [REFUSED_CHANNEL]);
    const room = await makeTestRoom({ upstream: { url: backend.url, credential: { env: 'OPSWALL_TEST_UPSTREAM' } } });
    cleanup = room.cleanup;
    const loaded = loadRoomConfigFile(room.configFile);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    hub = await startHub({ config: loaded.config, rendererDir: room.dir, logger: createLogger({ console: false }) });
    display = connect(`${hub.url}/wall`, { auth: { credential: TEST_SECRETS.wall, displayId: 'main-4' }, transports: ['websocket'], forceNew: true });
    display.on('data:snapshot', (snapshot: DataSnapshot) => received.push(...snapshot.observations));
    display.on('data:batch', (batch: DataBatch) => received.push(...batch.observations));
    await new Promise<void>((resolve) => display.once('data:link', () => resolve()));
  });

  afterAll(async () => {
    display?.close();
    await hub?.close();
    await backend?.close();
    cleanup?.();
  });

  it('lets every good item through once, no bad one, and counts every rejection by reason', async () => {
    const random = prng(20261122);
    const upstream = await backend.connected();
    const sent: Record<string, number> = {};
    const count = (reason: string, n = 1) => (sent[reason] = (sent[reason] ?? 0) + n);
    const expected = new Map<string, number>(); // key → highest revision delivered
    const deliveries: string[] = [];
    const deliver = (o: Observation) => {
      const key = observationKey(o);
      if ((expected.get(key) ?? -1) >= o.revision) return;
      expected.set(key, o.revision);
      deliveries.push(`${key}#${o.revision}`);
    };

    upstream.emit('feed:snapshot', { channel: CHANNEL, seq: 0, sentAt: iso(now), observations: [], reports: [] });
    const batches: { seq: number; observations: unknown[]; goods: Observation[] }[] = [];
    let index = 0;
    for (let seq = 1; seq <= 60; seq++) {
      const observations: unknown[] = [];
      const goods: Observation[] = [];
      const items = 1 + Math.floor(random() * 12);
      for (let i = 0; i < items; i++) {
        const base = good(random, index++);
        const roll = random();
        if (roll < 0.45) {
          observations.push(base);
          goods.push(base);
        } else if (roll < 0.55 && goods.length > 0) {
          // A revision of an earlier item in the same batch, or a duplicate of it.
          const earlier = goods[Math.floor(random() * goods.length)]!;
          const revised = random() < 0.5 ? { ...earlier, value: earlier.value + 1, status: 'revised' as const, revision: earlier.revision + 1 } : earlier;
          observations.push(revised);
          goods.push(revised);
        } else {
          const bad = badItems[Math.floor(random() * badItems.length)]!(base);
          observations.push(bad.item);
          count(bad.reason);
        }
      }
      batches.push({ seq, observations, goods });
    }
    // Out of order: swap some neighbours; and resend some batches (duplicates by seq).
    const order = batches.slice();
    for (let i = 0; i + 1 < order.length; i += 7) [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
    const resent = [order[3]!, order[20]!, order[41]!];
    for (const batch of [...order.slice(0, 30), ...resent, ...order.slice(30)]) {
      upstream.emit('feed:batch', { channel: CHANNEL, seq: batch.seq, sentAt: iso(now), observations: batch.observations, reports: [] });
    }
    // The hub applies each seq once, in arrival order; resends are dropped whole.
    const seen = new Set<number>();
    for (const batch of [...order.slice(0, 30), ...resent, ...order.slice(30)]) {
      if (seen.has(batch.seq)) continue;
      seen.add(batch.seq);
      batch.goods.forEach(deliver);
    }

    // Whole-message rejections: none of their items may land.
    const legit = good(random, 999);
    upstream.emit('feed:batch', { channel: CHANNEL, seq: 61, sentAt: iso(now), observations: new Array(FEED_LIMITS.maxItemsPerMessage + 1).fill(legit), reports: [] });
    count('oversized');
    upstream.emit('feed:batch', { channel: REFUSED_CHANNEL, seq: 1, sentAt: iso(now), observations: [legit], reports: [] });
    count('unauthorised');
    upstream.emit('feed:batch', { channel: 'traffic/everything', seq: 1, sentAt: iso(now), observations: [legit], reports: [] });
    count('unknown-channel');
    upstream.emit('feed:batch', { channel: CHANNEL, seq: 'sixty-two', sentAt: iso(now), observations: [legit] });
    upstream.emit('feed:batch', null);
    upstream.emit('feed:heartbeat', { sentAt: 'yesterday', channels: {} });
    count('malformed', 3);
    upstream.emit('feed:batch', { channel: CHANNEL, seq: 62, sentAt: iso(now + 86_400_000), observations: [legit], reports: [] });
    count('future-timestamp');

    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(deliveries.length);
    await expect.poll(() => hub.data.status().duplicateBatches, { timeout: 5_000 }).toBe(resent.length);
    expect(received.map((o) => `${observationKey(o)}#${o.revision}`).sort()).toEqual(deliveries.sort());
    expect(received.some((o) => observationKey(o) === observationKey(legit))).toBe(false);
    const rejections = () => Object.fromEntries(Object.entries(hub.data.status().rejections).filter(([, n]) => n > 0));
    await expect.poll(rejections, { timeout: 5_000 }).toEqual(sent);
    expect(hub.data.store.quarantineCount()).toBe(Object.values(sent).reduce((a, b) => a + b, 0));
    const quarantined = hub.data.store.quarantined(500);
    expect(quarantined.find((row) => row.reason === 'unit-mismatch')?.detail).toBe('deaths is in persons, not count');
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
  });

  it('re-snapshots a channel whose sequence gap does not close', async () => {
    const upstream = await backend.connected();
    const date = day(50);
    const observation = { ...good(prng(1), 0), period: { frequency: 'day', start: date, end: date } };
    upstream.emit('feed:batch', { channel: 'traffic/accidents', seq: 100, sentAt: iso(now), observations: [observation], reports: [] });
    await expect.poll(() => backend.resyncs, { timeout: 5_000 }).toContain('traffic/accidents');
    await expect.poll(() => received.some((o) => o.period.start === date)).toBe(true);
  });
});
