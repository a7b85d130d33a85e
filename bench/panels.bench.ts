/**
 * Panels benchmark, through the real path (a scripted feed backend → hub process → page in Chromium):
 * - charts: one 4K display (3840×2160) full of charts — VN-Index and HNX-Index intraday, a comparison
 *   over time and a board of indicator sparklines. Frame interval (median, p95) and long tasks at rest
 *   and while the backend updates every series at 10 Hz; the ratio says what the live charts cost
 *   (software WebGL/Skia here: absolute times say little). Also how often the charts were given new
 *   options against the frames drawn (at most once a frame).
 * - latency: a full board of traffic panels (a key figure, the overview, the ranking) while the backend
 *   sends 1,000 and 10,000 figures a second on that channel; a probe figure every 250 ms: from the
 *   backend's send to the first frame after the key figure shows it (p50, p99). Goal: p99 under two frames.
 * - memory: the charts display under 10 Hz updates for BENCH_MEMORY_MINUTES (default 30): JS heap after
 *   a forced collection, and DOM nodes, at 1 minute and at the end (must stay flat).
 * BENCH_PAGE_PROFILE=1 also writes the page's CPU profile under load (bench/results/profiles).
 * BENCH_MODE=charts,latency (default) or memory; BENCH_RUNS (3) runs of BENCH_PHASE_MS (15 s) each; medians
 * over runs. Results in bench/results/panels.json and panels-memory.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Socket } from 'socket.io';
import { launchChromium } from '../e2e/support/browser.js';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startScriptedBackend } from '../main/testing/scripted-backend.js';
import { AREAS_34 } from '../src/domain/areas/index.js';
import { startProcess } from './processes/child.js';
import { median, percentile, round } from './stats.js';

const MODES = (process.env.BENCH_MODE ?? 'charts,latency').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 15_000);
const MEMORY_MINUTES = Number(process.env.BENCH_MEMORY_MINUTES ?? 30);
const RATES = (process.env.BENCH_RATES ?? '1000,10000').split(',').map(Number);
const CREDENTIAL = 'bench-room:panels-secret';
const MARKETS = 'finance/markets';
const INDICATORS = 'indicators/kt-xh';
const TRAFFIC = 'traffic/accidents';

const iso = (ms: number) => new Date(ms).toISOString();
const cell = (column: number, row: number) => ({ column, row, columnSpan: 1, rowSpan: 1 });
/** The central room with main-1 given these panels on a 2 × 2 grid (the rest as shipped). */
const board = (id: string, panels: unknown[]) => {
  const layout = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'layouts', 'central-room.json'), 'utf8')) as { id: string; name: string; walls: { displays: Record<string, unknown>[] }[] };
  layout.id = id;
  layout.name = id;
  Object.assign(layout.walls[0]!.displays[0]!, { grid: { columns: 2, rows: 2 }, panels });
  return layout;
};
const charts = board('panels-charts', [
  { id: 'bench-vnindex', kind: 'markets', cell: cell(1, 1), options: { index: 'vnindex' } },
  { id: 'bench-hnxindex', kind: 'markets', cell: cell(2, 1), options: { index: 'hnxindex' } },
  { id: 'bench-series', kind: 'timeseries', cell: cell(1, 2), options: { series: [{ indicator: 'cpi' }, { indicator: 'credit-growth' }] } },
  { id: 'bench-tiles', kind: 'indicator-board', cell: cell(2, 2), options: { indicators: ['cpi', 'credit-growth'], columns: 2 } },
]);
const traffic = board('panels-traffic', [
  { id: 'probe', kind: 'kpi', cell: cell(1, 1), options: { channel: TRAFFIC, metric: 'deaths', area: 'VN34-01' } },
  { id: 'bench-overview', kind: 'traffic-accidents', cell: cell(2, 1), options: {} },
  { id: 'bench-ranking', kind: 'traffic-accidents', cell: { column: 1, row: 2, columnSpan: 2, rowSpan: 1 }, options: { view: 'ranking' } },
]);

const backend = await startScriptedBackend(CREDENTIAL);
const browser = await launchChromium();
type HubProcess = Awaited<ReturnType<typeof startProcess<{ url: string }>>>;
let hub = null as HubProcess | null;
let feed!: Socket;
process.on('exit', () => hub?.child.kill('SIGTERM'));

/** A hub (its own process, as in production) showing the given board on main-1, fed by the scripted backend. */
async function startBoard(active: 'panels-charts' | 'panels-traffic'): Promise<void> {
  await hub?.stop();
  seqs.clear();
  hub = await startProcess<{ url: string }>('hub-process.ts', { upstreamUrl: backend.url, credential: CREDENTIAL, layouts: { 'panels-charts': charts, 'panels-traffic': traffic }, active });
  // The new hub's connection (the backend answers the latest one).
  await new Promise((resolve) => setTimeout(resolve, 500));
  feed = await backend.connected();
}
const seqs = new Map<string, number>();
const send = (socket: Socket, kind: 'feed:snapshot' | 'feed:batch', channel: string, observations: unknown[]) => {
  const seq = (seqs.get(channel) ?? 0) + 1;
  seqs.set(channel, seq);
  socket.emit(kind, { channel, seq, sentAt: iso(Date.now()), observations, reports: [] });
};
const heartbeat = setInterval(() => feed?.emit('feed:heartbeat', { sentAt: iso(Date.now()), channels: Object.fromEntries(seqs) }), 1_000);

const figure = (metric: string, area: string, unit: string, value: number, period: { frequency: string; start: string; end: string }, revision = 0, source = 'Nguồn thử') => ({
  metric,
  area,
  unit,
  value,
  period,
  cutOff: iso(Date.now() - 60_000),
  source,
  reportedAt: iso(Date.now() - 30_000),
  status: revision === 0 ? 'provisional' : 'revised',
  revision,
});
const instant = (at: number) => ({ frequency: 'instant', start: iso(at), end: iso(at) });
const calendarMonth = (year: number, month: number) => {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { frequency: 'month', start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` };
};
const months = Array.from({ length: 24 }, (_, i) => {
  const now = new Date();
  const index = now.getUTCFullYear() * 12 + now.getUTCMonth() - 24 + i;
  return calendarMonth(Math.floor(index / 12), (index % 12) + 1);
});

/**
 * The last weekday's trading instants (09:00–11:30, 13:00–14:45 in Viet Nam, every 10 s): the intraday
 * chart shows that day whatever the time the benchmark runs. Updates walk through them, revising each
 * in turn (a steady state: the chart always holds one day of ticks).
 */
const VN = 7 * 3_600_000;
const DAY = 86_400_000;
const tradingDay = (() => {
  let day = Math.floor((Date.now() + VN) / DAY) - 1;
  while ([0, 6].includes(new Date(day * DAY).getUTCDay())) day--;
  return day;
})();
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const TICKS = [
  [9 * 60, 11 * 60 + 30],
  [13 * 60, 14 * 60 + 45],
].flatMap(([open, close]) => Array.from({ length: ((close! - open!) * 60) / 10 }, (_, i) => tradingDay * DAY - VN + open! * 60_000 + i * 10_000));
let tick = 0;
let indicatorRevision = 0;
const marketTick = () => {
  const at = TICKS[tick % TICKS.length]!;
  const revision = Math.floor(tick / TICKS.length);
  const wave = Math.sin(tick / 40) * 6 + Math.sin(tick / 7);
  tick++;
  return [figure('vnindex.close', 'VN', 'points', 1_280 + wave, instant(at), revision), figure('hnxindex.close', 'VN', 'points', 228 + wave / 5, instant(at), revision)];
};

/** The charts' data: the previous trading day's closes, the first half hour of the last trading day, two years of two indicators. */
function loadCharts(socket: Socket): void {
  const before = dateOf(tradingDay - (new Date(tradingDay * DAY).getUTCDay() === 1 ? 3 : 1));
  tick = 0;
  send(socket, 'feed:snapshot', MARKETS, [
    figure('vnindex.close', 'VN', 'points', 1_280, { frequency: 'day', start: before, end: before }),
    figure('hnxindex.close', 'VN', 'points', 228, { frequency: 'day', start: before, end: before }),
    ...Array.from({ length: 180 }, () => marketTick()).flat(),
  ]);
  send(socket, 'feed:snapshot', INDICATORS, months.flatMap((period, i) => [figure('kt-xh.cpi', 'VN', '% yoy', 3 + Math.sin(i / 3), period), figure('kt-xh.credit-growth', 'VN', '%', 8 + i / 5, period)]));
}

/** 10 Hz: the next tick of each index, and a revision of the latest month of each indicator. */
function chartUpdates(socket: Socket): () => void {
  const timer = setInterval(() => {
    indicatorRevision++;
    send(socket, 'feed:batch', MARKETS, marketTick());
    const latest = months.at(-1)!;
    send(socket, 'feed:batch', INDICATORS, [figure('kt-xh.cpi', 'VN', '% yoy', 3 + Math.random(), latest, indicatorRevision), figure('kt-xh.credit-growth', 'VN', '%', 12 + Math.random(), latest, indicatorRevision)]);
  }, 100);
  return () => clearInterval(timer);
}

async function openDisplay(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 3840, height: 2160 } });
  await page.addInitScript(`
    window.frames_ = []; window.longTasks = []; window.paints = [];
    const tick = (t) => { window.frames_.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
    // The probe: when the key figure's text changes, the next frame is when it is seen.
    new MutationObserver(() => {
      const text = document.querySelector('[data-panel-id="probe"] [data-kpi-value]')?.textContent ?? '';
      requestAnimationFrame(() => window.paints.push([text, performance.timeOrigin + performance.now()]));
    }).observe(document, { subtree: true, characterData: true, childList: true });
  `);
  await page.goto(`${hub!.ready.url}/wall?display=main-1#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  await page.waitForSelector('[data-display-id="main-1"][data-layout-version]', { timeout: 60_000 });
  await page.waitForTimeout(3_000);
  return page;
}

const chartUpdatesOf = (page: Page) => page.$$eval('[data-chart-updates]', (els) => els.map((el) => Number((el as HTMLElement).dataset.chartUpdates)));

async function framesOver(page: Page, ms: number): Promise<{ intervals: number[]; longTasks: number[]; frames: number; chartUpdates: number }> {
  await page.evaluate('window.frames_.length = 0; window.longTasks.length = 0');
  const before = await chartUpdatesOf(page);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const frames = (await page.evaluate('window.frames_.slice()')) as number[];
  const longTasks = (await page.evaluate('window.longTasks.slice()')) as number[];
  const after = await chartUpdatesOf(page);
  // Updates of the busiest chart: at most one a frame, whatever the feed's rate.
  const chartUpdates = Math.max(0, ...after.map((count, i) => count - (before[i] ?? 0)));
  return { intervals: frames.slice(1).map((t, i) => t - frames[i]!), longTasks, frames: frames.length, chartUpdates };
}

const results: Record<string, unknown> = {};

/** HEAP_SNAPSHOTS=1 (memory mode): the page's heap at 1 minute and at the end, to compare (bench/results/profiles). */
async function heapSnapshot(cdp: CDPSession, name: string): Promise<void> {
  const chunks: string[] = [];
  const take = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  mkdirSync(join(import.meta.dirname, 'results', 'profiles'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'profiles', `${name}.heapsnapshot`), chunks.join(''));
}

/** BENCH_PAGE_PROFILE=1: the page's CPU profile of a phase under load, in bench/results/profiles. */
function savedProfile(name: string, profile: unknown): void {
  mkdirSync(join(import.meta.dirname, 'results', 'profiles'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'profiles', `${name}.cpuprofile`), JSON.stringify(profile));
}

if (MODES.includes('charts')) {
  await startBoard('panels-charts');
  loadCharts(feed);
  const page = await openDisplay();
  const profiler = process.env.BENCH_PAGE_PROFILE ? await page.context().newCDPSession(page) : null;
  const rest: Record<string, number>[] = [];
  const busy: Record<string, number>[] = [];
  for (let run = 0; run < RUNS; run++) {
    const idle = await framesOver(page, PHASE_MS);
    const stop = chartUpdates(feed);
    if (profiler && run === 0) await profiler.send('Profiler.enable').then(() => profiler.send('Profiler.start'));
    const loaded = await framesOver(page, PHASE_MS);
    if (profiler && run === 0) savedProfile('panels-charts', ((await profiler.send('Profiler.stop')) as { profile: unknown }).profile);
    stop();
    const summary = (m: typeof idle) => ({ median: median(m.intervals), p95: percentile(m.intervals, 95), longTasks: m.longTasks.length, longTaskMs: round(m.longTasks.reduce((a, b) => a + b, 0)), frames: m.frames, chartUpdates: m.chartUpdates });
    rest.push(summary(idle));
    busy.push(summary(loaded));
  }
  const med = (values: Record<string, number>[], key: string) => round(median(values.map((v) => v[key]!)));
  results.charts = {
    display: '3840×2160: VN-Index and HNX-Index intraday, a comparison of two indicators over two years, two indicator tiles with sparklines',
    frameMs: { atRest: { median: med(rest, 'median'), p95: med(rest, 'p95') }, at10Hz: { median: med(busy, 'median'), p95: med(busy, 'p95') } },
    ratioAt10HzToRest: { median: round(med(busy, 'median') / med(rest, 'median'), 2), p95: round(med(busy, 'p95') / med(rest, 'p95'), 2) },
    longTasksPerPhase: { atRest: med(rest, 'longTasks'), at10Hz: med(busy, 'longTasks'), at10HzTotalMs: med(busy, 'longTaskMs') },
    busiestChartUpdatesPerFrame: round(med(busy, 'chartUpdates') / med(busy, 'frames'), 2),
    runs: { rest, busy },
  };
  process.stdout.write(`charts: ${JSON.stringify(results.charts)}\n`);
  await page.close();
}

if (MODES.includes('latency')) {
  // The traffic board; the load revises the day figures of the last 30 days in every province.
  await startBoard('panels-traffic');
  const day = (offset: number) => iso(Date.now() - offset * 86_400_000).slice(0, 10);
  // The load: every province's and the nation's accidents, deaths and injured of the last 30 days (never today's
  // deaths of Hà Nội, the probe's) and the provinces' change in deaths, revised round after round.
  const AREAS = ['VN', ...AREAS_34.map((area) => area.code)];
  const METRICS = [
    ['accidents', 'count'],
    ['deaths', 'persons'],
    ['injured', 'persons'],
    ['deaths.change-yoy', 'persons'],
  ] as const;
  const round_ = AREAS.length * METRICS.length * 30;
  let k = 0;
  let probeRevision = 0;
  const loadFigure = () => {
    const area = AREAS[k % AREAS.length]!;
    const [metric, unit] = METRICS[Math.floor(k / AREAS.length) % METRICS.length]!;
    const offset = 1 + (Math.floor(k / (AREAS.length * METRICS.length)) % 30);
    const revision = Math.floor(k / round_);
    k++;
    const period = metric === 'deaths.change-yoy' ? { frequency: 'range', start: day(30), end: day(1) } : { frequency: 'day', start: day(offset), end: day(offset) };
    return figure(metric, area, unit, metric === 'deaths.change-yoy' ? (k % 23) - 11 : k % 50, period, revision);
  };
  const page = await openDisplay();
  // BENCH_PAGE_PROFILE=1: a CPU profile of the page over the last rate's runs (bench/results/profiles).
  const profiler = process.env.BENCH_PAGE_PROFILE ? await page.context().newCDPSession(page) : null;
  const latency: Record<string, Record<string, number>> = {};
  for (const rate of RATES) {
    const perBatch = rate / 10;
    const runs: { p50: number; p99: number; probes: number }[] = [];
    if (profiler && rate === RATES.at(-1)) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate('window.paints.length = 0');
      const sent = new Map<string, number>();
      let probe = 1_000 + runs.length * 300 + RATES.indexOf(rate) * 1_000;
      const load = setInterval(() => send(feed, 'feed:batch', TRAFFIC, Array.from({ length: perBatch }, () => loadFigure())), 100);
      const probes = setInterval(() => {
        probe++;
        probeRevision++;
        // "1.234" as the kpi writes it (vi-VN grouping).
        sent.set(new Intl.NumberFormat('vi-VN').format(probe), Date.now());
        send(feed, 'feed:batch', TRAFFIC, [figure('deaths', 'VN34-01', 'persons', probe, { frequency: 'day', start: day(0), end: day(0) }, probeRevision)]);
      }, 250);
      await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
      clearInterval(load);
      clearInterval(probes);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const paints = (await page.evaluate('window.paints.slice()')) as [string, number][];
      const first = new Map<string, number>();
      for (const [text, at] of paints) if (sent.has(text) && !first.has(text)) first.set(text, at);
      const latencies = [...first].map(([text, at]) => at - sent.get(text)!);
      runs.push({ p50: round(median(latencies)), p99: round(percentile(latencies, 99)), probes: latencies.length });
    }
    if (profiler && rate === RATES.at(-1)) savedProfile(`panels-latency-${rate}`, ((await profiler.send('Profiler.stop')) as { profile: unknown }).profile);
    latency[`${rate}`] = { p50: round(median(runs.map((r) => r.p50))), p99: round(median(runs.map((r) => r.p99))), probesPerRun: median(runs.map((r) => r.probes)) };
    process.stdout.write(`latency at ${rate} figures/s: ${JSON.stringify(latency[`${rate}`])} ${JSON.stringify(runs)}\n`);
  }
  results.sendToPaintMs = latency;
  await page.close();
}

if (MODES.includes('memory')) {
  await startBoard('panels-charts');
  loadCharts(feed);
  const page = await openDisplay();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const sample = async () => {
    // The page's own instruments (frame times, paints) are emptied first: they are the benchmark's, not the wall's.
    await page.evaluate('window.frames_.length = 0; window.longTasks.length = 0; window.paints.length = 0');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { heapMb: round(value('JSHeapUsedSize') / 1_048_576, 1), domNodes: value('Nodes'), listeners: value('JSEventListeners') };
  };
  const stop = chartUpdates(feed);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
  const oneMinute = await sample();
  if (process.env.HEAP_SNAPSHOTS) await heapSnapshot(cdp, 'panels-1min');
  const samples = [{ minute: 1, ...oneMinute }];
  for (let minute = 2; minute <= MEMORY_MINUTES; minute++) {
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    if (minute % 5 === 0 || minute === MEMORY_MINUTES) samples.push({ minute, ...(await sample()) });
  }
  if (process.env.HEAP_SNAPSHOTS) await heapSnapshot(cdp, 'panels-end');
  stop();
  const last = samples.at(-1)!;
  results.memory = { display: '3840×2160 charts display, every series updated at 10 Hz', minutes: MEMORY_MINUTES, heapMbRatioEndTo1Min: round(last.heapMb / oneMinute.heapMb, 2), samples };
  process.stdout.write(`memory: ${JSON.stringify(results.memory)}\n`);
  await page.close();
}

const file = MODES.includes('memory') ? 'panels-memory.json' : 'panels.json';
writeFileSync(join(import.meta.dirname, 'results', file), `${JSON.stringify({ phaseMs: PHASE_MS, runs: RUNS, results }, null, 2)}\n`);
clearInterval(heartbeat);
await browser.close();
await hub?.stop();
await backend.close();
