import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../src/protocol/feed/channels.js';
import { FEED_LIMITS, FEED_NAMESPACE } from '../../../src/protocol/feed/messages.js';
import { observationKey, seriesKey, type Observation } from '../../../src/protocol/feed/records.js';
import { ManualClock } from '../../../sim/clock.js';
import { startSim } from '../../../sim/server.js';
import { loadRoomConfigFile } from '../../config/load.js';
import { createLogger } from '../../log.js';
import { makeTestRoom } from '../../testing/room-fixture.js';
import { startHub, type RunningHub } from '../hub.js';

const CREDENTIAL = 'test-room:sim-secret';

/** The latest figure of every series in a set of observations. */
function latestBySeries(observations: Iterable<Observation>): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const o of observations) {
    const key = seriesKey(o);
    const held = latest.get(key);
    if (!held || held.period.end < o.period.end || (held.period.end === o.period.end && held.revision < o.revision)) latest.set(key, o);
  }
  return latest;
}

/** What a fresh subscriber gets from the simulator now: the truth to compare the hub with. */
async function simTruth(url: string): Promise<Map<string, Observation[]>> {
  const socket = connect(`${url}${FEED_NAMESPACE}`, { auth: { credential: CREDENTIAL, room: 'truth', protocol: 1 }, transports: ['websocket'], forceNew: true });
  const snapshots = new Map<string, Observation[]>();
  await new Promise<void>((resolve) => {
    socket.on('feed:snapshot', (message: { channel: string; observations: Observation[] }) => {
      snapshots.set(message.channel, message.observations);
      if (snapshots.size === CHANNEL_NAMES.length) resolve();
    });
    socket.on('connect', () => socket.emit('feed:subscribe', { channels: CHANNEL_NAMES.map((channel) => ({ channel, fromSeq: null })) }, () => {}));
  });
  socket.close();
  return snapshots;
}

describe('the hub fed by the reference simulator with faults switched on', () => {
  let sim: Awaited<ReturnType<typeof startSim>>;
  let hub: RunningHub;
  let cleanup: () => void;
  // A weekday during trading hours (10:00 ICT), so markets tick every 10 s: plenty of batches to fault.
  const clock = new ManualClock('2026-11-18T03:00:00Z');
  const positioned = () => CHANNEL_NAMES.every((channel) => hub.data.store.position(channel).upstreamSeq !== null);
  /** Resolves once no message has reached the hub for 100 ms (at most 5 s). */
  async function settled(): Promise<void> {
    let last = hub.data.status().lastMessageAt;
    let quietSince = Date.now();
    for (const started = Date.now(); Date.now() - started < 5_000; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const now = hub.data.status().lastMessageAt;
      if (now !== last) {
        last = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= 100) return;
    }
  }

  beforeAll(async () => {
    sim = await startSim({ port: 0, seed: 3, credential: CREDENTIAL, clock, heartbeatMs: 2_000 });
    process.env.OPSWALL_TEST_SIM = CREDENTIAL;
    const room = await makeTestRoom({ upstream: { url: sim.url, credential: { env: 'OPSWALL_TEST_SIM' } } });
    cleanup = room.cleanup;
    const loaded = loadRoomConfigFile(room.configFile);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    hub = await startHub({ config: loaded.config, rendererDir: room.dir, logger: createLogger({ console: false }) });
    for (let waited = 0; !positioned(); waited += 100) {
      if (waited > 20_000) throw new Error('the hub did not receive every channel\'s snapshot');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);

  afterAll(async () => {
    await hub?.close();
    await sim?.close();
    cleanup?.();
  });

  it('rejects exactly the bad items the simulator sent, drops duplicate batches, heals gaps, and ends up holding the truth', async () => {
    // Periods chosen not to coincide within the run (an oversized batch that is also duplicated arrives twice).
    sim.setFaults({ malformed: 2, malformedItems: 3, duplicate: 4, reorder: 5, gap: 7, oversized: 11 });
    for (let step = 0; step < 24; step++) {
      sim.advance!(15_000);
      // Let the hub take in what was sent before the next step, however busy the machine is: otherwise a
      // re-snapshot can overtake a batch still in flight, which is then rightly dropped whole, unseen.
      await settled();
    }
    sim.setFaults({});
    for (let step = 0; step < 4; step++) {
      sim.advance!(5_000); // heartbeats reveal any gap still open
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const stats = sim.stats();
    expect(stats.faults.malformed).toBeGreaterThan(0);
    expect(stats.faults.gaps).toBeGreaterThan(0);
    // A batch the simulator held back (reorder) can be overtaken by a re-snapshot the hub asked for when
    // the gap stayed open; released afterwards, it is rightly dropped whole as already applied. So the hub
    // drops every duplicate sent, plus at most the reordered ones — and sees every bad item of the rest.
    await expect.poll(() => hub.data.status().duplicateBatches, { timeout: 10_000 }).toBeGreaterThanOrEqual(stats.faults.duplicates);
    const overtaken = hub.data.status().duplicateBatches - stats.faults.duplicates;
    expect(overtaken).toBeLessThanOrEqual(stats.faults.reorders);
    const malformedPerBatch = 3;
    await expect.poll(() => hub.data.status().rejections.malformed, { timeout: 10_000 }).toBeGreaterThanOrEqual(stats.sent.malformedItems.total - overtaken * malformedPerBatch);
    expect(hub.data.status().rejections.malformed).toBeLessThanOrEqual(stats.sent.malformedItems.total);
    await expect.poll(() => hub.data.status().rejections.oversized * (FEED_LIMITS.maxItemsPerMessage + 1)).toBe(stats.sent.oversizedItems.total);
    expect(stats.faults.oversized).toBeGreaterThan(0);
    await expect.poll(() => sim.stats().received.resyncs, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(hub.data.status().resyncs).toBe(sim.stats().received.resyncs);

    // Whatever the faults did, the hub now holds the latest figure of every series the simulator has.
    const truth = await simTruth(sim.url);
    for (const channel of CHANNEL_NAMES) {
      const expected = latestBySeries(truth.get(channel) ?? []);
      const held = latestBySeries(hub.data.store.snapshot('x', channel, 0).observations);
      for (const [series, figure] of expected) {
        expect(held.get(series) && observationKey(held.get(series)!), `${channel} ${series}`).toBe(observationKey(figure));
        expect(held.get(series)?.revision, `${channel} ${series}`).toBe(figure.revision);
        expect(held.get(series)?.value, `${channel} ${series}`).toBe(figure.value);
      }
    }
  }, 90_000);

  it('resumes from its last sequence after the backend drops the connection', async () => {
    const before = sim.stats();
    sim.setFaults({ drop: 'now' });
    sim.advance!(1_000);
    sim.setFaults({});
    await expect.poll(() => sim.stats().received.subscribes, { timeout: 20_000 }).toBeGreaterThan(before.received.subscribes);
    sim.advance!(15_000);
    await expect.poll(() => hub.data.status().state, { timeout: 10_000 }).toBe('connected');
    // The resubscription asked from the sequences the hub held: no channel needed a full snapshot.
    await expect.poll(() => sim.stats().sent.snapshots.total - before.sent.snapshots.total, { timeout: 5_000 }).toBe(0);
  }, 60_000);
});
