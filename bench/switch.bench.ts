/**
 * Two-phase switch benchmark: the simulator streaming (1,000 figures/s) → hub → six display pages in
 * Chromium (main-1 … main-6, 960×540 each); a console (socket.io client) asks for 20 switches of the main
 * wall, alternating two boards. Measured from outside the product, on one clock (all pages and the
 * harness run on this machine):
 * - skew: for each switch, the spread between the moments the six pages swapped (in the swap frame, on
 *   the OS clock all pages share);
 * - latency: from the command leaving the console to the last page's swap frame.
 * Medians and p95 over the switches. Run: npm run bench:switch (BENCH_DISPLAYS=2 for two pages; results in bench/results/switch-N-displays.json).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { launchChromium } from '../e2e/support/browser.js';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startProcess } from './processes/child.js';
import { median, percentile, round } from './stats.js';

const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 20);
const DISPLAYS = ['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6'].slice(0, Number(process.env.BENCH_DISPLAYS ?? 6));
const CREDENTIAL = 'bench-room:switch-secret';
const BOARDS = ['board-a', 'board-b'];

const sim = await startProcess<{ url: string }>('sim-process.ts', { credential: CREDENTIAL, rate: 1_000 });
const hub = await startProcess<{ url: string }>('hub-process.ts', { upstreamUrl: sim.ready.url, credential: CREDENTIAL, boards: BOARDS });
const browser = await launchChromium();
const pages = [];
for (const id of DISPLAYS) {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
  // Records the epoch time of every frame in which the shown layer's layout changed.
  await page.addInitScript(`
    window.swaps = [];
    let previousFrame = null;
    let lastFrame = null;
    const tick = (t) => { previousFrame = lastFrame; lastFrame = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    // The moment a swap reaches the DOM (a mutation, in the swap frame's task), on the OS wall clock that
    // every page of this machine shares. (performance.timeOrigin differs between pages by up to hundreds
    // of ms in Chromium, so frame timestamps of different pages cannot be compared.)
    new MutationObserver((records) => {
      for (const record of records) {
        const layer = record.target;
        if (record.attributeName !== 'data-layer' || layer.dataset.layer !== 'shown') continue;
        const at = Date.now();
        window.swaps.push({ at, version: layer.dataset.layoutVersion, frameGap: lastFrame !== null && previousFrame !== null ? lastFrame - previousFrame : null });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layer'] });
  `);
  await page.goto(`${hub.ready.url}/wall?display=${id}#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  await page.waitForSelector('.wall-layer[data-layer="shown"]', { timeout: 30_000 });
  pages.push(page);
}
const console = io(`${hub.ready.url}/control`, { auth: { credential: TEST_SECRETS.operator }, transports: ['websocket'] });
await new Promise((resolve) => console.once('room:status', resolve));
await new Promise((resolve) => setTimeout(resolve, 3_000));

const skews: number[] = [];
const latencies: number[] = [];
const frameGaps: number[] = [];
const reported: number[] = [];
let current: { switchId: string; displays: Record<string, { swappedAfterMs?: number | null }> } | null = null;
console.on('room:switch', (progress: typeof current) => {
  current = progress;
});
for (let i = 0; i < SWITCHES; i++) {
  const layoutId = BOARDS[i % BOARDS.length]!;
  for (const page of pages) await page.evaluate('window.swaps.length = 0');
  const sentAt = Date.now();
  current = null;
  const answer = (await console.timeout(10_000).emitWithAck('command', { requestId: randomUUID(), name: 'layout.switch', payload: { target: { kind: 'wall', wallId: 'main' }, layoutId } })) as { ok: boolean };
  if (!answer.ok) throw new Error(`switch ${i} refused: ${JSON.stringify(answer)}`);
  const frames: number[] = [];
  for (const page of pages) {
    // Polled from here: the page's CSP forbids the evaluation a waitForFunction would need.
    let swaps: { at: number; version: string; frameGap: number | null }[] = [];
    for (const started = Date.now(); swaps.length === 0; ) {
      if (Date.now() - started > 15_000) throw new Error(`switch ${i}: a page did not swap`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      swaps = (await page.evaluate('window.swaps')) as { at: number; version: string; frameGap: number | null }[];
    }
    frames.push(swaps.at(-1)!.at);
    if (swaps.at(-1)!.frameGap !== null) frameGaps.push(swaps.at(-1)!.frameGap!);

  }
  skews.push(Math.max(...frames) - Math.min(...frames));
  if (process.env.BENCH_DEBUG && Math.max(...frames) - Math.min(...frames) > 50) process.stderr.write(`switch ${i}: ${JSON.stringify(frames.map((f) => Math.round(f - Math.min(...frames))))} ${JSON.stringify((current as unknown as { displays: unknown } | null)?.displays)}\n`);
  // Each display's own report: how long after T (on the hub's clock, its offset applied) it swapped.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = Object.values((current as { displays: Record<string, { swappedAfterMs?: number | null }> } | null)?.displays ?? {}).flatMap((d) => (typeof d.swappedAfterMs === 'number' ? [d.swappedAfterMs] : []));
  reported.push(...after);
  latencies.push(Math.max(...frames) - sentAt);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

const result = {
  switches: SWITCHES,
  displays: DISPLAYS.length,
  skewMs: { median: round(median(skews)), p95: round(percentile(skews, 95)), max: round(Math.max(...skews)) },
  latencyMs: { median: round(median(latencies)), p95: round(percentile(latencies, 95)), max: round(Math.max(...latencies)) },
  /** Why: how long after the commit time T each page's swap frame came, and how far apart its frames were then. */
  swapAfterCommitMs: { median: round(median(reported)), p95: round(percentile(reported, 95)), min: round(Math.min(...reported)) },
  frameIntervalAtSwapMs: { median: round(median(frameGaps)), p95: round(percentile(frameGaps, 95)) },
  targets: { skewMs: 16.7, latencyMs: 300 },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(import.meta.dirname, 'results', `switch-${DISPLAYS.length}-displays.json`), `${JSON.stringify(result, null, 2)}\n`);
console.close();
await browser.close();
await hub.stop();
await sim.stop();
