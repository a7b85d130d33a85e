/**
 * Presenter latency between two rooms: the central room's presenter page (Chromium) moves its pointer and
 * draws; the Quảng Ninh wall page (Chromium) draws them. Both hubs run in a child process, linked on
 * loopback through a TCP proxy. For each event, on the clock the pages share (this machine's):
 * - page to page: from the presenter's move (the event's sentAt) to its arrival on the other room's wall
 *   page — presenter page → central hub → link → provincial hub → wall page;
 * - to paint: from the move to the wall's first frame drawn with it.
 * 500 pointer moves, then a 500-point stroke (one message per frame), ROUNDS rounds; medians of the
 * rounds' medians and p95s. Run: npm run bench:presenter (results in bench/results/presenter.json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/browser.js';
import { connectConsole } from '../main/testing/console-client.js';
import { PROVINCE } from '../main/testing/linked-rooms.js';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startProcess } from './processes/child.js';
import { median, percentile, round } from './stats.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const key = (credential: string) => `#key=${encodeURIComponent(credential)}`;

const rooms = await startProcess<{ central: string; province: string }>('linked-rooms-process.ts', {});
// Whatever happens, the rooms' process goes with this one.
process.on('exit', () => rooms.child.kill('SIGKILL'));
process.on('uncaughtException', (error) => {
  console.error(error);
  process.exit(1);
});
const browser = await launchChromium();
const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await wall.goto(`${rooms.ready.province}/wall?display=p-2${key(TEST_SECRETS.wall)}`);
await wall.waitForSelector('.annotation-canvas', { state: 'attached' });
const presenter = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await presenter.goto(`${rooms.ready.central}/presenter?media=off${key(TEST_SECRETS.presenter)}`);
const central = await connectConsole(rooms.ready.central, TEST_SECRETS.presenter);
const province = await connectConsole(rooms.ready.province, TEST_SECRETS.presenter);
for (let tries = 0; (central.statuses.at(-1)?.links[0]?.state ?? 'down') !== 'up'; tries += 1) {
  if (tries > 200) throw new Error('the rooms did not link');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await central.command('session.invite', { room: PROVINCE.id, area: 'VN34-22' });
for (let tries = 0; province.statuses.at(-1)?.session.state !== 'invited'; tries += 1) {
  if (tries > 100) throw new Error('no invitation arrived');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await province.command('session.accept', { sessionId: province.statuses.at(-1)!.session.id });
await presenter.waitForSelector('.drawing-surface[data-enabled="true"]', { timeout: 20_000 });
await wall.waitForSelector('.annotation-layer[data-active="true"]', { state: 'attached', timeout: 20_000 });
const box = (await presenter.locator('.drawing-surface').boundingBox())!;
// The other room's wall is 2 × 1 displays: p-2 is the right half. Move over it, so the wall draws every event.
const at = (i: number) => ({ x: box.x + box.width * (0.55 + 0.4 * ((i % 100) / 100)), y: box.y + box.height * (0.2 + 0.6 * ((i % 37) / 37)) });
const frame = () => presenter.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

type Sample = { arrival: number[]; paint: number[] };
type Times = { count: number; samples: { type: string; arrival: number; paint: number }[] };
const times = () => wall.evaluate(() => window.opswallAnnotationTimes?.() ?? { count: 0, samples: [] }) as Promise<Times>;
/** The samples of one type taken between two readings (the wall keeps its last 1,024: read often enough). */
const since = (before: Times, after: Times, type: string): Sample => {
  const added = after.samples.slice(Math.max(0, after.samples.length - (after.count - before.count))).filter((s) => s.type === type);
  return { arrival: added.map((s) => s.arrival), paint: added.map((s) => s.paint) };
};

async function pointerRound(): Promise<Sample> {
  const before = await times();
  for (let i = 0; i < EVENTS; i += 1) {
    const point = at(i);
    await presenter.mouse.move(point.x, point.y);
    await frame();
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  return since(before, await times(), 'pointer');
}

async function strokeRound(): Promise<Sample> {
  const before = await times();
  const start = at(0);
  await presenter.mouse.move(start.x, start.y);
  await presenter.mouse.down();
  for (let i = 1; i < EVENTS; i += 1) {
    const point = at(i);
    await presenter.mouse.move(point.x, point.y);
    await frame();
  }
  await presenter.mouse.up();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return since(before, await times(), 'stroke');
}

const summary = (samples: Sample[]) => {
  const stat = (pick: (s: Sample) => number[], p: (v: number[]) => number) => round(median(samples.map((s) => p(pick(s)))));
  return {
    events: samples.map((s) => s.paint.length),
    pageToPage: { p50: stat((s) => s.arrival, median), p95: stat((s) => s.arrival, (v) => percentile(v, 95)) },
    toPaint: { p50: stat((s) => s.paint, median), p95: stat((s) => s.paint, (v) => percentile(v, 95)) },
  };
};

// The wall keeps the last 1,024 samples: each round reads what it added.
const pointer: Sample[] = [];
const stroke: Sample[] = [];
for (let round_ = 0; round_ < ROUNDS; round_ += 1) {
  pointer.push(await pointerRound());
  stroke.push(await strokeRound());
}
const result = { events: EVENTS, rounds: ROUNDS, pointer: summary(pointer), stroke: summary(stroke) };
console.log(JSON.stringify(result, null, 2));
writeFileSync(join(import.meta.dirname, 'results', 'presenter.json'), `${JSON.stringify(result, null, 2)}\n`);
central.close();
province.close();
await browser.close();
await rooms.stop();
