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
  // Counting happens in the page (an indexOf scan per frame): asking Chromium to report every frame to
  // the harness over the DevTools protocol would load the very thing being measured.
  await page.addInitScript(`
    window.bench = { longTasks: [], frames: 0, received: 0, counting: false, lastPm25Frame: null };
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.bench.longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
    const frame = () => { window.bench.frames += 1; requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
    Object.defineProperty(WebSocket.prototype, 'onmessage', {
      get() { return onmessage.get.call(this); },
      set(handler) {
        onmessage.set.call(this, (event) => {
          const data = event.data;
          if (window.bench.counting && typeof data === 'string' && data.includes('"data:batch"')) {
            let n = 0;
            for (let i = data.indexOf('"metric":'); i !== -1; i = data.indexOf('"metric":', i + 9)) n++;
            window.bench.received += n;
            if (data.includes('"metric":"conc.pm25","area":"VN34-01"')) window.bench.lastPm25Frame = data;
          }
          return handler.call(this, event);
        });
      },
    });
  `);
  await page.goto(`${hub.ready.url}/wall?display=main-6#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  await page.waitForSelector('[data-layout-version]');
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  const before = (await page.evaluate('({ tasks: window.bench.longTasks.length, frames: window.bench.frames })')) as { tasks: number; frames: number };
  await page.evaluate('window.bench.counting = true');
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  await page.evaluate('window.bench.counting = false');
  const after = (await page.evaluate('({ tasks: window.bench.longTasks, frames: window.bench.frames, received: window.bench.received })')) as { tasks: number[]; frames: number; received: number };
  const received = after.received;
  const tasks = after.tasks.slice(before.tasks);
  await page.evaluate('window.bench.counting = true');
  await sim.stop();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const lastFrame = (await page.evaluate('window.bench.lastPm25Frame')) as string | null;
  const figures = lastFrame ? (JSON.parse(lastFrame.slice(lastFrame.indexOf('['))) as [string, { observations: Figure[] }])[1].observations : [];
  const newest = figures.filter((f) => f.metric === 'conc.pm25' && f.area === 'VN34-01').sort((a, b) => a.period.end.localeCompare(b.period.end)).at(-1) ?? null;
  const shown = (await page.locator('[data-panel-id="pm25-hanoi"] [data-kpi-value]').innerText()).replace(/\./g, '').replace(',', '.');
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
