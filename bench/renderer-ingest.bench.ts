/**
 * Renderer ingest benchmark: the simulator's load (AQI readings) → hub → one wall page in Chromium
 * showing main-6 (kpi panels on environment/aqi). Measured from outside the product:
 * - observations per second arriving on the page's socket (WebSocket frames, counted by Playwright);
 * - main-thread long tasks (PerformanceObserver 'longtask', injected by the harness): count and longest;
 * - frames per second (requestAnimationFrame, injected by the harness);
 * - that the page kept up: the PM2.5 figure it shows at the end is the newest the hub sent.
 * Medians of several runs. Run: npm run bench:renderer (results in bench/results/renderer-ingest.json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { launchChromium } from '../e2e/support/browser.js';
import { startProcess } from './processes/child.js';
import { median, round } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARMUP_MS = 4_000;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 10_000);
const CREDENTIAL = 'bench-room:renderer-secret';

interface RunResult {
  offeredPerS: number;
  receivedPerS: number;
  longTasks: number;
  longestTaskMs: number;
  fps: number;
  /** After the load stopped, the page showed the newest PM2.5 (Hà Nội) figure it had been sent. */
  keptUp: boolean;
}

interface Figure {
  metric: string;
  area: string;
  value: number;
  period: { end: string };
}

async function run(offeredPerS: number): Promise<RunResult> {
  const sim = await startProcess<{ url: string }>('sim-process.ts', { credential: CREDENTIAL, rate: offeredPerS });
  const hub = await startProcess<{ url: string }>('hub-process.ts', { upstreamUrl: sim.ready.url, credential: CREDENTIAL });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // A string, not a function: the TypeScript runner would add helpers the page does not have.
  await page.addInitScript(`
    window.bench = { longTasks: [], frames: 0 };
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.bench.longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
    const frame = () => { window.bench.frames += 1; requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  `);
  let received = 0;
  let counting = false;
  let newestPm25: Figure | null = null;
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      if (!counting || typeof payload !== 'string' || !payload.includes('"data:batch"')) return;
      const start = payload.indexOf('[');
      const [, batch] = JSON.parse(payload.slice(start)) as [string, { observations: Figure[] }];
      received += batch.observations.length;
      for (const figure of batch.observations) {
        if (figure.metric === 'conc.pm25' && figure.area === 'VN34-01' && (!newestPm25 || figure.period.end >= newestPm25.period.end)) newestPm25 = figure;
      }
    }),
  );
  await page.goto(`${hub.ready.url}/wall?display=main-6#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  await page.waitForSelector('[data-layout-version]');
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  const before = await page.evaluate(() => {
    const w = window as unknown as { bench: { longTasks: number[]; frames: number } };
    return { tasks: w.bench.longTasks.length, frames: w.bench.frames };
  });
  counting = true;
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  counting = false;
  const after = await page.evaluate(() => {
    const w = window as unknown as { bench: { longTasks: number[]; frames: number } };
    return { tasks: w.bench.longTasks, frames: w.bench.frames };
  });
  const tasks = after.tasks.slice(before.tasks);
  page.removeAllListeners('websocket');
  await sim.stop();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const shown = (await page.locator('[data-panel-id="pm25-hanoi"] [data-kpi-value]').innerText()).replace(/\./g, '').replace(',', '.');
  const newest = newestPm25 as Figure | null;
  const keptUp = newest !== null && Math.abs(Number.parseFloat(shown) - newest.value) < 1;
  await browser.close();
  await hub.stop();
  return {
    offeredPerS,
    receivedPerS: round(received / (MEASURE_MS / 1000), 0),
    longTasks: tasks.length,
    longestTaskMs: round(Math.max(0, ...tasks), 0),
    fps: round((after.frames - before.frames) / (MEASURE_MS / 1000), 1),
    keptUp,
  };
}

const scenarios = (process.env.BENCH_RATES ?? '5000,20000,30000').split(',').map(Number);
const results: Record<string, RunResult & { runs: RunResult[] }> = {};
for (const rate of scenarios) {
  const runs: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(rate));
  const pick = (key: Exclude<keyof RunResult, 'keptUp'>) => round(median(runs.map((r) => r[key])), 1);
  results[rate] = {
    offeredPerS: rate,
    receivedPerS: pick('receivedPerS'),
    longTasks: pick('longTasks'),
    longestTaskMs: pick('longestTaskMs'),
    fps: pick('fps'),
    keptUp: runs.every((r) => r.keptUp),
    runs,
  };
  const r = results[rate];
  console.log(`offered ${rate}/s → page received ${r.receivedPerS}/s, long tasks ${r.longTasks} (longest ${r.longestTaskMs} ms), ${r.fps} fps, kept up: ${r.keptUp}`);
}
writeFileSync(join(import.meta.dirname, 'results', 'renderer-ingest.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, measureMs: MEASURE_MS, results }, null, 2)}\n`);
