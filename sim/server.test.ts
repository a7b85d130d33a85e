import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, checkFeedMessage } from '../src/protocol/feed/index.js';
import { startSim, type RunningSim } from './server.js';
import { connectClient, CREDENTIAL, FeedClient, manualSim, settle, T0, until } from './test-support.js';

const running: RunningSim[] = [];
const clients: FeedClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const sim of running.splice(0)) await sim.close();
});

async function setup(options: Parameters<typeof manualSim>[0] = {}) {
  const sim = await manualSim(options);
  running.push(sim);
  const client = await connectClient(sim);
  clients.push(client);
  return { sim, client };
}

describe('sim server: handshake and subscription', () => {
  it('refuses a wrong or missing credential with auth.invalid / auth.missing', async () => {
    const sim = await manualSim();
    running.push(sim);
    for (const [credential, code] of [
      ['central-room:wrong', 'auth.invalid'],
      ['', 'auth.missing'],
    ] as const) {
      const client = new FeedClient(sim.url, credential);
      clients.push(client);
      const error = await client.connected().then(
        () => null,
        (e: Error & { data?: { code: string; message: string } }) => e,
      );
      expect(error?.data?.code).toBe(code);
      expect(error?.data?.message).toMatch(/credential/i);
    }
    expect(sim.stats().connections.refused).toBe(2);
    expect(sim.stats().connections.current).toBe(0);
  });

  it('refuses a client of another protocol version', async () => {
    const sim = await manualSim();
    running.push(sim);
    const client = new FeedClient(sim.url, CREDENTIAL, 2);
    clients.push(client);
    await expect(client.connected()).rejects.toMatchObject({ data: { code: 'auth.invalid' } });
  });

  it('acknowledges the subscription, refuses unknown channels, and sends one valid snapshot per channel', async () => {
    const { sim, client } = await setup();
    const ack = await client.subscribe([...CHANNEL_NAMES.map((channel) => ({ channel, fromSeq: null })), { channel: 'no/such', fromSeq: null }]);
    expect(ack.accepted).toEqual(CHANNEL_NAMES);
    expect(ack.refused).toEqual([{ channel: 'no/such', reason: 'unknown channel' }]);
    await until(() => client.of('snapshot').length === CHANNEL_NAMES.length, 10_000, 'snapshots');
    for (const snapshot of client.of('snapshot')) {
      expect(snapshot.seq).toBe(sim.stats().seq[snapshot.channel]);
      expect(snapshot.retracted).toEqual([]);
      expect(snapshot.expectedIntervalS).toBeGreaterThan(0);
      expect(snapshot.observations.length + snapshot.reports.length).toBeGreaterThan(0);
    }
    expect(sim.stats().sent.snapshots.total).toBe(CHANNEL_NAMES.length);
  });
});

describe('sim server: every message passes the protocol checks', () => {
  it('has zero rejections in every snapshot and in a minute of batches', async () => {
    const { sim, client } = await setup();
    await client.subscribe(CHANNEL_NAMES.map((channel) => ({ channel, fromSeq: null })));
    await until(() => client.of('snapshot').length === CHANNEL_NAMES.length, 10_000, 'snapshots');
    sim.advance(60_000);
    await settle(client);
    const subscribed = new Set(CHANNEL_NAMES);
    let items = 0;
    for (const { event, message } of client.received) {
      if (event === 'heartbeat') continue;
      const result = checkFeedMessage(message, { subscribed, now: sim.clock.now() });
      if (!result.ok) throw new Error(`${message.channel} #${message.seq}: ${result.rejection.reason} ${result.rejection.detail}`);
      expect(result.message.rejections.map((r) => `${r.reason}: ${r.detail}`)).toEqual([]);
      items += result.message.observations.length + result.message.reports.length;
    }
    expect(client.of('batch').length).toBeGreaterThan(5);
    expect(items).toBe(sim.stats().sent.goodItems.total);
  });
});

describe('sim server: batches, heartbeats, resume and resync', () => {
  it('numbers the batches of a channel +1 each, and heartbeats carry the latest seq', async () => {
    const { sim, client } = await setup();
    await client.subscribe([{ channel: 'finance/markets', fromSeq: null }]);
    await until(() => client.of('snapshot').length === 1);
    const first = client.of('snapshot')[0]!.seq;
    sim.advance(120_000);
    await settle(client);
    const seqs = client.of('batch', 'finance/markets').map((b) => b.seq);
    expect(seqs.length).toBe(12); // a tick every 10 s in trading hours
    expect(seqs).toEqual(seqs.map((_, i) => first + 1 + i));
    expect(client.of('heartbeat').length).toBe(60);
    let latest = first;
    for (const { event, message } of client.received) {
      if (event === 'batch') latest = message.seq;
      if (event === 'heartbeat') expect(message.channels).toEqual({ 'finance/markets': latest });
    }
  });

  it('replays exactly the missed batches to a client resuming from its last seq', async () => {
    const { sim, client } = await setup();
    await client.subscribe([{ channel: 'finance/markets', fromSeq: null }]);
    await until(() => client.of('snapshot').length === 1);
    sim.advance(30_000);
    await settle(client);
    const before = client.of('batch');
    const last = before.at(-1)!.seq;
    client.close();
    sim.advance(50_000);
    const again = await connectClient(sim);
    clients.push(again);
    await again.subscribe([{ channel: 'finance/markets', fromSeq: last }]);
    await settle(again);
    const replayed = again.of('batch');
    expect(again.of('snapshot')).toEqual([]);
    expect(replayed.map((b) => b.seq)).toEqual([last + 1, last + 2, last + 3, last + 4, last + 5]);
    expect(replayed.at(-1)!.seq).toBe(sim.stats().seq['finance/markets']);
    expect(sim.stats().sent.replayed.byChannel['finance/markets']).toBe(5);
  });

  it('sends a snapshot instead when the resume point is unknown (too old or from another run)', async () => {
    const { sim, client } = await setup({ replay: { batches: 3 } });
    await client.subscribe([{ channel: 'finance/markets', fromSeq: null }]);
    await until(() => client.of('snapshot').length === 1);
    const start = client.of('snapshot')[0]!.seq;
    sim.advance(60_000);
    await settle(client);
    client.clear();
    await client.subscribe([{ channel: 'finance/markets', fromSeq: start + 1 }]);
    await client.subscribe([{ channel: 'finance/markets', fromSeq: start + 10_000 }]);
    await until(() => client.of('snapshot').length === 2);
    expect(client.of('snapshot').map((s) => s.seq)).toEqual([start + 6, start + 6]);
    expect(client.of('batch')).toEqual([]);
  });

  it('answers feed:resync with a fresh snapshot of the channel', async () => {
    const { sim, client } = await setup();
    await client.subscribe([{ channel: 'environment/aqi', fromSeq: null }]);
    await until(() => client.of('snapshot').length === 1);
    sim.advance(3 * 3_600_000);
    await settle(client);
    client.socket.emit('feed:resync', { channel: 'environment/aqi' });
    client.socket.emit('feed:resync', { channel: 'traffic/accidents' }); // not subscribed: ignored
    await until(() => client.of('snapshot').length === 2);
    await settle(client);
    const [first, second] = client.of('snapshot');
    expect(client.of('snapshot')).toHaveLength(2);
    expect(second!.seq).toBe(sim.stats().seq['environment/aqi']);
    expect(second!.seq).toBeGreaterThan(first!.seq);
    const latest = (s: typeof first) => s!.observations.map((o) => (o.period as { start: string }).start).sort().at(-1);
    expect(latest(second)).not.toBe(latest(first));
    expect(sim.stats().received.resyncs).toBe(2);
  });
});

describe('sim server: real time', () => {
  it('runs on the real clock by default: heartbeats keep coming', async () => {
    const sim = await startSim({ port: 0, seed: 3, credential: CREDENTIAL, heartbeatMs: 40 });
    running.push(sim);
    expect(sim.advance).toBeUndefined();
    const client = await connectClient(sim);
    clients.push(client);
    await client.subscribe([{ channel: 'energy/electricity', fromSeq: null }]);
    await until(() => client.of('heartbeat').length >= 3, 3000, 'heartbeats');
    expect(client.of('snapshot')).toHaveLength(1);
    expect(Math.abs(Date.parse(client.of('heartbeat')[0]!.sentAt) - Date.now())).toBeLessThan(2000);
  });
});

describe('sim server: determinism', () => {
  const snapshots = async (seed: number) => {
    const { client } = await setup({ seed, start: T0 });
    await client.subscribe(['traffic/accidents', 'environment/aqi', 'indicators/kt-xh'].map((channel) => ({ channel, fromSeq: null })));
    await until(() => client.of('snapshot').length === 3, 10_000);
    return client.of('snapshot');
  };

  it('gives identical snapshots for the same seed and different ones for another seed', async () => {
    const a = await snapshots(7);
    const b = await snapshots(7);
    const c = await snapshots(8);
    // The pictures' URLs name each sim's own port; the rest is identical.
    const text = (list: typeof a) => JSON.stringify(list).replace(/http:\/\/127\.0\.0\.1:\d+\/media\//g, 'SIM/media/');
    expect(text(b)).toBe(text(a));
    expect(a.map((s) => s.seq)).toEqual(c.map((s) => s.seq));
    const values = (list: typeof a) => list.flatMap((s) => s.observations.map((o) => o.value));
    expect(values(c)).not.toEqual(values(a));
  });
});
