import { afterEach, describe, expect, it } from 'vitest';
import { checkFeedMessage } from '../src/protocol/feed/index.js';
import type { RunningSim } from './server.js';
import { connectClient, type FeedClient, manualSim, settle, until } from './test-support.js';

const running: RunningSim[] = [];
const clients: FeedClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const sim of running.splice(0)) await sim.close();
});

describe('--rate: the load generator', () => {
  it('streams about X valid extra observations a second, batched every 10 ms, in sequence', async () => {
    const sim = await manualSim({ rate: 20_000 });
    running.push(sim);
    const client = await connectClient(sim);
    clients.push(client);
    await client.subscribe([{ channel: 'environment/aqi', fromSeq: null }, { channel: 'finance/markets', fromSeq: null }]);
    await until(() => client.of('snapshot').length === 2);
    sim.advance(1_000);
    await settle(client, 100);
    expect(sim.stats().load.observations).toBe(20_000);
    const batches = client.of('batch');
    const items = batches.reduce((sum, b) => sum + b.observations.length, 0);
    expect(items).toBeGreaterThanOrEqual(20_000);
    expect(batches.length).toBeGreaterThanOrEqual(200);
    for (const channel of ['environment/aqi', 'finance/markets']) {
      const seqs = client.of('batch', channel).map((b) => b.seq);
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    }
    const subscribed = new Set(['environment/aqi', 'finance/markets']);
    for (const batch of batches) {
      const result = checkFeedMessage(batch, { subscribed, now: sim.clock.now() });
      expect(result.ok && result.message.rejections).toEqual([]);
    }
    const keys = new Set(batches.flatMap((b) => b.observations.map((o) => `${String(o.metric)}|${String(o.area)}|${(o.period as { start: string }).start}`)));
    expect(keys.size).toBe(items);
  });
});
