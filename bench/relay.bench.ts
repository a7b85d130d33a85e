/**
 * Hub relay benchmark: the simulator (its --rate load generator) → the hub → 8 display clients, each in
 * its own process as on a wall PC. Reports, as medians of several runs:
 * - relay throughput: observations per second the hub takes in and delivers to every display;
 * - latency from the simulator to a display, p50 and p99, at a fixed offered rate.
 * Run: npm run bench:relay  (results in bench/results/relay.json; docs/benchmarks.md quotes them)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { DataBatch } from '../src/protocol/wall/index.js';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startProcess } from './processes/child.js';
import { median, percentile, round } from './stats.js';

// main-6 reads environment/aqi, which the load generator feeds at all hours (markets only trade on weekdays).
const DISPLAYS = Array.from({ length: 8 }, () => 'main-6');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARMUP_MS = 3_000;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 8_000);
const CREDENTIAL = 'bench-room:relay-secret';

interface RunResult {
  offeredPerS: number;
  deliveredPerDisplayPerS: number;
  minDisplayPerS: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

async function run(offeredPerS: number): Promise<RunResult> {
  const sim = await startProcess<{ url: string }>('sim-process.ts', { credential: CREDENTIAL, rate: offeredPerS });
  const hub = await startProcess<{ url: string }>('hub-process.ts', { upstreamUrl: sim.ready.url, credential: CREDENTIAL });
  const counts = DISPLAYS.map(() => 0);
  const latencies: number[] = [];
  let measuring = false;
  const sockets: Socket[] = DISPLAYS.map((displayId, i) => {
    const socket = io(`${hub.ready.url}/wall`, { auth: { credential: TEST_SECRETS.wall, displayId }, transports: ['websocket'], forceNew: true });
    socket.on('data:batch', (batch: DataBatch) => {
      if (!measuring) return;
      const now = Date.now();
      counts[i]! += batch.observations.length;
      // The newest item of a batch was generated just before it was sent: its age is the transit time.
      let newest = 0;
      for (const observation of batch.observations) if (observation.period.frequency === 'instant') newest = Math.max(newest, Date.parse(observation.reportedAt));
      if (newest > 0 && i === 0) latencies.push(now - newest);
    });
    return socket;
  });
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  measuring = true;
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  measuring = false;
  for (const socket of sockets) socket.close();
  await hub.stop();
  await sim.stop();
  const perDisplay = counts.map((n) => n / (MEASURE_MS / 1000));
  return {
    offeredPerS: offeredPerS,
    deliveredPerDisplayPerS: round(median(perDisplay), 0),
    minDisplayPerS: round(Math.min(...perDisplay), 0),
    latencyP50Ms: round(percentile(latencies, 50)),
    latencyP99Ms: round(percentile(latencies, 99)),
  };
}

const scenarios = (process.env.BENCH_RATES ?? '1000,10000,60000').split(',').map(Number);
const results: Record<string, RunResult & { runs: RunResult[] }> = {};
for (const rate of scenarios) {
  const runs: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(rate));
  const pick = (key: keyof RunResult) => round(median(runs.map((r) => r[key])), 1);
  results[rate] = {
    offeredPerS: rate,
    deliveredPerDisplayPerS: pick('deliveredPerDisplayPerS'),
    minDisplayPerS: pick('minDisplayPerS'),
    latencyP50Ms: pick('latencyP50Ms'),
    latencyP99Ms: pick('latencyP99Ms'),
    runs,
  };
  console.log(`offered ${rate}/s → per display ${results[rate].deliveredPerDisplayPerS}/s (slowest ${results[rate].minDisplayPerS}/s), latency p50 ${results[rate].latencyP50Ms} ms, p99 ${results[rate].latencyP99Ms} ms`);
}
writeFileSync(join(import.meta.dirname, 'results', 'relay.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), displays: DISPLAYS.length, runs: RUNS, measureMs: MEASURE_MS, results }, null, 2)}\n`);
