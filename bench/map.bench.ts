/**
 * Map benchmark: one 4K display (3840×2160) showing the map of Viet Nam full screen — the choropleth of
 * traffic deaths by province and N events — fed through the real path (a scripted feed backend → hub →
 * page). For N = 10,000 and 100,000 events:
 * - at rest: the data loaded, nothing changing;
 * - under load: 1 % of the events revised every second (1 Hz) and the 34 provinces' figures every 100 ms
 *   (10 Hz).
 * Measured in the page: the interval between animation frames (median, p95) in each phase, and its ratio
 * under load to at rest (WebGL is software here, so absolute times say little; the ratio says what the
 * live data costs); and, under load, the time from a figure reaching the page to the frame that drew the
 * province's new colour (the map's own data-paint-latency-ms). Each phase runs BENCH_RUNS times (default 3);
 * the figures are medians over the runs. Run: npm run bench:map (results in bench/results/map.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Socket } from 'socket.io';
import { launchChromium } from '../e2e/support/browser.js';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startScriptedBackend } from '../main/testing/scripted-backend.js';
import { AREAS_34 } from '../src/domain/areas/index.js';
import { FEED_LIMITS } from '../src/protocol/feed/messages.js';
import { startProcess } from './processes/child.js';
import { median, percentile, round } from './stats.js';

const SIZES = (process.env.BENCH_EVENTS ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 15_000);
// 3840x2160 by default; another size shows how the cost scales with the pixels drawn (results in map-WxH.json).
const [WIDTH, HEIGHT] = (process.env.BENCH_VIEWPORT ?? '3840x2160').split('x').map(Number) as [number, number];
const CREDENTIAL = 'bench-room:map-secret';
const CHANNEL = 'traffic/accidents';
const SOURCE = 'Ủy ban An toàn giao thông Quốc gia';

// A layout of the room whose first display is one full-screen map.
const layout = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'layouts', 'central-room.json'), 'utf8')) as { id: string; name: string; walls: { displays: { id: string; grid: unknown; panels: unknown[] }[] }[] };
layout.id = 'map-bench';
layout.name = 'Map benchmark';
Object.assign(layout.walls[0]!.displays[0]!, {
  grid: { columns: 1, rows: 1 },
  panels: [
    {
      id: 'bench-map',
      kind: 'map',
      cell: { column: 1, row: 1 },
      options: {
        layers: [
          { type: 'choropleth', channel: CHANNEL, metric: 'deaths', frequency: 'day' },
          { type: 'events', channels: [CHANNEL], maxAgeHours: 24, pulseMinutes: 0 },
        ],
        labels: 'names-and-values',
      },
    },
  ],
});

const backend = await startScriptedBackend(CREDENTIAL);
const hub = await startProcess<{ url: string }>('hub-process.ts', { upstreamUrl: backend.url, credential: CREDENTIAL, layouts: { 'map-bench': layout }, active: 'map-bench' });
// The hub process goes with this one, however this one ends.
process.on('exit', () => hub.child.kill('SIGTERM'));
const feed = await backend.connected();
const browser = await launchChromium();

const iso = (ms: number) => new Date(ms).toISOString();
const day = iso(Date.now() - 86_400_000).slice(0, 10);
let seq = 0;
let figureRevision = 0;

function figures(): unknown[] {
  figureRevision++;
  return AREAS_34.map((area) => ({
    metric: 'deaths',
    area: area.code,
    unit: 'persons',
    value: Math.floor(Math.random() * 12),
    period: { frequency: 'day', start: day, end: day },
    cutOff: iso(Date.now() - 3_600_000),
    source: SOURCE,
    reportedAt: iso(Date.now() - 60_000),
    status: figureRevision === 1 ? 'provisional' : 'revised',
    revision: figureRevision - 1,
  }));
}

function event(i: number, revision: number): unknown {
  const area = AREAS_34[i % AREAS_34.length]!;
  const occurred = Date.now() - ((i * 7919) % 72_000) * 1_000;
  return {
    id: `ev-${i}`,
    kind: i % 3 === 0 ? 'congestion' : 'serious-accident',
    area: area.code,
    title: `Sự việc ${i}`,
    text: 'Va chạm giữa hai phương tiện.',
    occurredAt: iso(occurred),
    severity: (['minor', 'moderate', 'severe', 'extreme'] as const)[i % 4],
    location: { lat: 8.7 + ((i * 0.6180339) % 1) * 14.5, lon: 102.3 + ((i * 0.4142135) % 1) * 7 },
    period: { frequency: 'instant', start: iso(occurred), end: iso(occurred) },
    cutOff: iso(occurred),
    source: SOURCE,
    reportedAt: iso(Date.now() - 1_000),
    status: revision === 0 ? 'provisional' : 'revised',
    revision,
  };
}

function send(socket: Socket, kind: 'feed:snapshot' | 'feed:batch', observations: unknown[], reports: unknown[]): void {
  seq++;
  socket.emit(kind, { channel: CHANNEL, seq, sentAt: iso(Date.now()), observations, reports });
}

/** The channel's whole state: the figures, then the events in batches under the protocol's item limit. */
function load(socket: Socket, events: number): void {
  send(socket, 'feed:snapshot', figures(), []);
  const chunk = FEED_LIMITS.maxItemsPerMessage;
  for (let start = 0; start < events; start += chunk) {
    send(
      socket,
      'feed:batch',
      [],
      Array.from({ length: Math.min(chunk, events - start) }, (_, k) => event(start + k, 0)),
    );
  }
}

const heartbeat = setInterval(() => feed.emit('feed:heartbeat', { sentAt: iso(Date.now()), channels: { [CHANNEL]: seq } }), 1_000);

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  await page.addInitScript(`
    window.frames_ = [];
    window.latencies = [];
    const tick = (t) => { window.frames_.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new MutationObserver((records) => {
      for (const record of records) if (record.attributeName === 'data-paint-latency-ms') window.latencies.push(Number(record.target.dataset.paintLatencyMs));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-paint-latency-ms'] });
  `);
  await page.goto(`${hub.ready.url}/wall?display=main-1#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  await page.waitForSelector('.map-panel[data-status="ready"]', { timeout: 120_000 });
  return page;
}

interface Measured {
  intervals: number[];
  latencies: number[];
  /** The map's redraws a second, and what one costs by the map's own measure (DrawPacer). */
  drawsPerS: number;
  drawCostMs: number;
}

/** Frame intervals (ms), paint latencies and draws recorded over `ms`; null when the page reloaded meanwhile. */
async function measure(page: Page, ms: number): Promise<Measured | null> {
  const renders = async () => Number(await page.evaluate(`document.querySelector('.map-canvas')?.dataset.renders ?? 0`));
  try {
    const origin = (await page.evaluate('performance.timeOrigin')) as number;
    await page.evaluate('window.frames_.length = 0; window.latencies.length = 0');
    const rendersBefore = await renders();
    await new Promise((resolve) => setTimeout(resolve, ms));
    if ((await page.evaluate('performance.timeOrigin')) !== origin) return null;
    const frames = (await page.evaluate('window.frames_.slice()')) as number[];
    const latencies = (await page.evaluate('window.latencies.slice()')) as number[];
    const drawsPerS = ((await renders()) - rendersBefore) / (ms / 1000);
    const drawCostMs = Number(await page.evaluate(`document.querySelector('.map-canvas')?.dataset.drawCostMs ?? 0`));
    return { intervals: frames.slice(1).map((t, i) => t - frames[i]!), latencies, drawsPerS, drawCostMs };
  } catch (error) {
    if (/context was destroyed|navigation/i.test(String(error))) return null;
    throw error;
  }
}

/** Waits until the map has drawn nothing for 3 s (a backlog drained), and the page is ready after any reload. */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('.map-panel[data-status="ready"]', { timeout: 120_000 });
  let last = '';
  let since = Date.now();
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    const renders = String(await page.evaluate(`document.querySelector('.map-canvas')?.dataset.renders ?? ''`).catch(() => ''));
    if (renders !== last) {
      last = renders;
      since = Date.now();
    } else if (Date.now() - since > 3_000) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function startUpdates(events: number): () => void {
  let round = 0;
  const choropleth = setInterval(() => send(feed, 'feed:batch', figures(), []), 100);
  const revisions = setInterval(() => {
    round++;
    const count = Math.max(1, Math.floor(events / 100));
    const first = (round * count) % events;
    send(
      feed,
      'feed:batch',
      [],
      Array.from({ length: count }, (_, k) => event((first + k) % events, round)),
    );
  }, 1_000);
  return () => {
    clearInterval(choropleth);
    clearInterval(revisions);
  };
}

const results: Record<string, unknown> = {};
for (const events of SIZES) {
  load(feed, events);
  const page = await openPage();
  // Every event in: the map settles.
  await settle(page);
  const rest: { median: number; p95: number }[] = [];
  const busy: { median: number; p95: number; p99: number; max: number; drawsPerS: number; drawCostMs: number }[] = [];
  const latency: { median: number; p95: number }[] = [];
  let reloads = 0;
  for (let run = 0, attempts = 0; run < RUNS && attempts < RUNS * 3; attempts++) {
    await settle(page);
    const idle = await measure(page, PHASE_MS);
    const stop = startUpdates(events);
    const loaded = idle ? await measure(page, PHASE_MS) : null;
    stop();
    // The page reloaded itself (its watchdog, on a frame rate under its floor): count it, measure again.
    if (!idle || !loaded) {
      reloads++;
      continue;
    }
    rest.push({ median: median(idle.intervals), p95: percentile(idle.intervals, 95) });
    busy.push({
      median: median(loaded.intervals),
      p95: percentile(loaded.intervals, 95),
      p99: percentile(loaded.intervals, 99),
      max: Math.max(...loaded.intervals),
      drawsPerS: round(loaded.drawsPerS, 2),
      drawCostMs: loaded.drawCostMs,
    });
    latency.push({ median: median(loaded.latencies), p95: percentile(loaded.latencies, 95) });
    run++;
  }
  const med = <K extends string>(values: Record<K, number>[], key: K) => round(median(values.map((v) => v[key])));
  results[`${events}`] = {
    frameMs: { atRest: { median: med(rest, 'median'), p95: med(rest, 'p95') }, underLoad: { median: med(busy, 'median'), p95: med(busy, 'p95'), p99: med(busy, 'p99'), max: med(busy, 'max') } },
    mapDraws: { perS: med(busy, 'drawsPerS'), costMs: med(busy, 'drawCostMs') },
    ratioUnderLoadToRest: { median: round(med(busy, 'median') / med(rest, 'median'), 2), p95: round(med(busy, 'p95') / med(rest, 'p95'), 2) },
    figureToPaintMs: { median: med(latency, 'median'), p95: med(latency, 'p95') },
    selfReloads: reloads,
    runs: { rest, busy, latency },
  };
  process.stdout.write(`${events} events: ${JSON.stringify(results[`${events}`])}\n`);
  await page.close();
  // The next size starts from an empty channel.
  send(feed, 'feed:snapshot', figures(), []);
}

const output = { display: `${WIDTH}×${HEIGHT}, software WebGL (SwiftShader)`, phaseMs: PHASE_MS, runs: RUNS, results };
writeFileSync(join(import.meta.dirname, 'results', WIDTH === 3840 && HEIGHT === 2160 ? 'map.json' : `map-${WIDTH}x${HEIGHT}.json`), `${JSON.stringify(output, null, 2)}\n`);
clearInterval(heartbeat);
await browser.close();
await hub.stop();
await backend.close();
