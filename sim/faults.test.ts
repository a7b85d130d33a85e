import { afterEach, describe, expect, it } from 'vitest';
import { checkFeedMessage, FEED_LIMITS } from '../src/protocol/feed/index.js';
import { parseFaults } from './faults.js';
import type { RunningSim } from './server.js';
import { connectClient, type FeedClient, manualSim, settle, until } from './test-support.js';

const MARKETS = 'finance/markets';
const running: RunningSim[] = [];
const clients: FeedClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const sim of running.splice(0)) await sim.close();
});

/** A sim in trading hours (a markets batch every 10 s) and a client subscribed to the markets. */
async function marketsFeed(faults = {}) {
  const sim = await manualSim({ faults });
  running.push(sim);
  const client = await connectClient(sim);
  clients.push(client);
  await client.subscribe([{ channel: MARKETS, fromSeq: null }]);
  await until(() => client.of('snapshot').length === 1);
  return { sim, client, start: client.of('snapshot')[0]!.seq };
}

const seqs = (client: FeedClient) => client.of('batch', MARKETS).map((b) => b.seq - client.of('snapshot')[0]!.seq);

describe('fault injection', () => {
  it('duplicate: resends every N-th batch with the same seq, counted', async () => {
    const { sim, client } = await marketsFeed({ duplicate: 2 });
    sim.advance(40_000);
    await settle(client);
    expect(seqs(client)).toEqual([1, 2, 2, 3, 4, 4]);
    const stats = sim.stats();
    expect(stats.faults.duplicates).toBe(2);
    expect(stats.sent.duplicateItems.byChannel[MARKETS]).toBe(12);
    expect(stats.sent.goodItems.byChannel[MARKETS]).toBe(client.of('snapshot')[0]!.observations.length + 4 * 6);
  });

  it('reorder: swaps two consecutive batches', async () => {
    const { sim, client } = await marketsFeed({ reorder: 2 });
    sim.advance(30_000);
    await settle(client);
    expect(seqs(client)).toEqual([1, 3, 2]);
    expect(sim.stats().faults.reorders).toBe(1);
    sim.advance(10_000); // batch 4 is held back, waiting for batch 5 …
    await settle(client);
    expect(seqs(client)).toEqual([1, 3, 2]);
    sim.setFaults({}); // … and released when the fault is lifted
    await settle(client);
    expect(seqs(client)).toEqual([1, 3, 2, 4]);
  });

  it('gap: skips a seq on the wire; heartbeats show it, and a resume or resync recovers it', async () => {
    const { sim, client, start } = await marketsFeed({ gap: 3 });
    sim.advance(40_000);
    await settle(client);
    expect(seqs(client)).toEqual([1, 2, 4]);
    expect(sim.stats().faults.gaps).toBe(1);
    sim.advance(2_000);
    await settle(client);
    expect(client.of('heartbeat').at(-1)?.channels?.[MARKETS]).toBe(start + 4);
    sim.setFaults({});
    client.clear();
    await client.subscribe([{ channel: MARKETS, fromSeq: start + 2 }]);
    await settle(client);
    expect(client.of('batch').map((b) => b.seq)).toEqual([start + 3, start + 4]);
  });

  it('malformed: broken items ride in the same batch as good ones; the checks reject only them', async () => {
    const { sim, client } = await marketsFeed({ malformed: 1, malformedItems: 9 });
    sim.advance(30_000);
    await settle(client);
    let accepted = 0;
    let rejected = 0;
    for (const batch of client.of('batch')) {
      const result = checkFeedMessage(batch, { subscribed: new Set([MARKETS]), now: sim.clock.now() });
      if (!result.ok) throw new Error(result.rejection.detail);
      expect(result.message.observations).toHaveLength(6);
      expect(result.message.rejections).toHaveLength(9);
      expect(new Set(result.message.rejections.map((r) => r.reason))).toEqual(new Set(['malformed']));
      accepted += result.message.observations.length;
      rejected += result.message.rejections.length;
    }
    const stats = sim.stats();
    expect(stats.faults.malformed).toBe(3);
    expect(stats.sent.malformedItems.byChannel[MARKETS]).toBe(rejected);
    expect(stats.sent.goodItems.byChannel[MARKETS]! - client.of('snapshot')[0]!.observations.length).toBe(accepted);
  });

  it('oversized: a batch past the item limit is refused whole', async () => {
    const { sim, client } = await marketsFeed({ oversized: 2 });
    sim.advance(20_000);
    await settle(client);
    const [, big] = client.of('batch');
    expect(big!.observations.length).toBe(FEED_LIMITS.maxItemsPerMessage + 1);
    const result = checkFeedMessage(big, { subscribed: new Set([MARKETS]), now: sim.clock.now() });
    expect(result.ok ? null : result.rejection.reason).toBe('oversized');
    expect(sim.stats().faults.oversized).toBe(1);
    expect(sim.stats().sent.oversizedItems.byChannel[MARKETS]).toBe(FEED_LIMITS.maxItemsPerMessage + 1);
  });

  it('unauthorised: a batch reaches a client that did not subscribe to its channel', async () => {
    const { sim, client } = await marketsFeed({ unauthorised: 1 });
    const other = await connectClient(sim);
    clients.push(other);
    await other.subscribe([{ channel: 'environment/aqi', fromSeq: null }]);
    await until(() => other.of('snapshot').length === 1);
    sim.advance(20_000);
    await settle(other);
    const foreign = other.of('batch', MARKETS);
    expect(foreign).toHaveLength(2);
    const result = checkFeedMessage(foreign[0], { subscribed: new Set(['environment/aqi']), now: sim.clock.now() });
    expect(result.ok ? null : result.rejection.reason).toBe('unauthorised');
    expect(client.of('batch', MARKETS)).toHaveLength(2);
    expect(sim.stats().faults.unauthorised).toBe(2);
  });

  it('clock skew: shifts sentAt and reportedAt; far ahead is refused as future-timestamp', async () => {
    const { sim, client } = await marketsFeed();
    sim.setFaults({ skewS: 600 });
    sim.advance(10_000);
    await settle(client);
    const [ahead] = client.of('batch');
    expect(Date.parse(ahead!.sentAt) - sim.clock.now()).toBe(600_000);
    expect(Date.parse(ahead!.observations[0]!.reportedAt as string) - sim.clock.now()).toBe(600_000);
    const refused = checkFeedMessage(ahead, { subscribed: new Set([MARKETS]), now: sim.clock.now() });
    expect(refused.ok ? null : refused.rejection.reason).toBe('future-timestamp');
    expect(sim.stats().sent.futureItems.byChannel[MARKETS]).toBe(6);
    sim.setFaults({ skewS: -30 });
    sim.advance(10_000);
    await settle(client);
    const behind = client.of('batch')[1]!;
    expect(sim.clock.now() - Date.parse(behind.sentAt)).toBe(30_000);
    const accepted = checkFeedMessage(behind, { subscribed: new Set([MARKETS]), now: sim.clock.now() });
    expect(accepted.ok && accepted.message.rejections).toEqual([]);
    expect(sim.stats().faults.skewed).toBe(2);
  });

  it('stall: sends nothing while the socket stays open, then carries on', async () => {
    const { sim, client, start } = await marketsFeed();
    sim.setFaults({ stall: true });
    sim.advance(30_000);
    client.socket.emit('feed:resync', { channel: MARKETS });
    await settle(client, 100);
    expect(client.of('batch')).toEqual([]);
    expect(client.of('heartbeat')).toEqual([]);
    expect(client.of('snapshot')).toHaveLength(1);
    expect(client.socket.connected).toBe(true);
    expect(sim.stats().faults.stalled).toBe(3 + 15 + 1);
    sim.setFaults({});
    sim.advance(10_000);
    await settle(client);
    expect(client.of('batch').map((b) => b.seq)).toEqual([start + 4]);
  });

  it('drop: disconnects every client now, or every N seconds', async () => {
    const { sim, client } = await marketsFeed();
    const reason = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    sim.setFaults({ drop: 'now' });
    expect(await reason).toBe('io server disconnect');
    expect(sim.stats().faults.drops).toBe(1);
    expect(sim.stats().connections.dropped).toBe(1);
    expect(sim.faults()).toEqual({});
    sim.setFaults({ drop: 5 });
    const again = await connectClient(sim);
    clients.push(again);
    sim.advance(4_000);
    await settle(again);
    expect(again.socket.connected).toBe(true);
    sim.advance(1_000);
    await until(() => !again.socket.connected);
    expect(sim.stats().faults.drops).toBe(2);
  });
});

describe('parseFaults', () => {
  it('reads the CLI list with defaults and values', () => {
    expect(parseFaults('duplicate=5,gap,skew=-30,drop=now,stall')).toEqual({ duplicate: 5, gap: 11, skewS: -30, drop: 'now', stall: true });
    expect(parseFaults('drop=12, malformed, oversized=4, unauthorised, reorder')).toEqual({ drop: 12, malformed: 3, oversized: 4, unauthorised: 13, reorder: 7 });
  });

  it('refuses unknown faults and bad values with a readable message', () => {
    expect(() => parseFaults('explode')).toThrow(/unknown fault "explode"/);
    expect(() => parseFaults('gap=0')).toThrow(/whole number above 0/);
    expect(() => parseFaults('duplicate=two')).toThrow(/"duplicate" needs/);
    expect(() => parseFaults('stall=1')).toThrow(/takes no value/);
  });
});
