// The map of Viet Nam in Chromium. From the hub and the simulator: the central room's map over its two
// middle displays at 1080p and 4K (screenshots kept and looked at), the 34 provinces, both archipelagos,
// Vietnamese names, no request off the hub's origin. From a scripted backend (exact figures): the 63
// provinces for a historical period, a live figure recolouring a province without re-creating the layer
// or the map, and a focus from the console zooming to the province.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoomConfigFile } from '../main/config/load.js';
import { startHub, type RunningHub } from '../main/hub/hub.js';
import { createLogger } from '../main/log.js';
import { connectConsole } from '../main/testing/console-client.js';
import { makeTestRoom, TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startScriptedBackend } from '../main/testing/scripted-backend.js';
import { AREAS_34, AREAS_63 } from '../src/domain/areas/index.js';
import { paletteColours } from '../src/layout/panel-kinds/map.js';
import { startSim } from '../sim/server.js';
import { axeViolations } from './support/axe.js';
import { ARTIFACTS, launchChromium } from './support/browser.js';

const UPSTREAM = 'central-room:e2e-upstream-secret';
let browser: Browser;

beforeAll(async () => {
  process.env.OPSWALL_E2E_UPSTREAM = UPSTREAM;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a display page, recording every request that leaves the hub's origin. */
async function openDisplay(hub: RunningHub, displayId: string, width: number, height: number): Promise<{ page: Page; offOrigin: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const origin = new URL(hub.url).origin;
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  await page.goto(`${hub.wallUrl(displayId)}#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  return { page, offOrigin };
}

/** What a map panel reports of itself (data-* of its canvas element). */
function mapState(page: Page, panelId: string): Promise<Record<string, string>> {
  return page.$eval(`[data-panel-id="${panelId}"] .map-canvas`, (element) => ({ ...(element as HTMLElement).dataset }) as Record<string, string>);
}

describe('the central room map, from the simulator', () => {
  let hub: RunningHub;
  let sim: Awaited<ReturnType<typeof startSim>>;
  let room: Awaited<ReturnType<typeof makeTestRoom>>;

  beforeAll(async () => {
    sim = await startSim({ port: 0, seed: 7, credential: UPSTREAM, heartbeatMs: 500 });
    room = await makeTestRoom({ upstream: { url: sim.url, credential: { env: 'OPSWALL_E2E_UPSTREAM' } } });
    const loaded = loadRoomConfigFile(room.configFile);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    hub = await startHub({ config: loaded.config, logger: createLogger({ console: false }) });
  }, 60_000);

  afterAll(async () => {
    await hub?.close();
    await sim?.close();
    room?.cleanup();
  });

  it.each([
    [1920, 1080],
    [3840, 2160],
  ])('draws the 34 provinces, Hoàng Sa and Trường Sa, Vietnamese names and the legend at %i×%i, fetching nothing off the hub', async (width, height) => {
    let northLabels: string[] = [];
    for (const [displayId, panelId] of [
      ['main-2', 'national-map-north'],
      ['main-5', 'national-map-south'],
    ] as const) {
      const { page, offOrigin } = await openDisplay(hub, displayId, width, height);
      await page.waitForSelector(`[data-panel-id="${panelId}"] .map-panel[data-status="ready"]`, { timeout: 60_000 });
      // The day's traffic deaths arrive from the simulator: every province painted (none hatched).
      await expect.poll(async () => (await page.$$(`[data-panel-id="${panelId}"] .map-table tbody tr:not([data-class="none"])`)).length, { timeout: 60_000 }).toBe(34);
      const state = await mapState(page, panelId);
      expect(state).toMatchObject({ areaSet: 'units34', mapLoads: '1' });
      expect(Number(state.islands)).toBeGreaterThan(20);
      const labels = state.labels!.split('|');
      // Names in Vietnamese with their diacritics; the archipelagos named with their provinces.
      expect(labels.some((label) => /[\u0300-\u0323]|đ/i.test(label.normalize('NFD')))).toBe(true);
      // The archipelagos are named: Hoàng Sa beside its islands at the foot of the northern tile, or just
      // under them on the southern one when the legend holds that corner; Trường Sa on the southern tile.
      if (displayId === 'main-5') {
        expect(labels).toContain('QĐ. Trường Sa (Khánh Hòa)');
        expect([...labels, ...northLabels]).toContain('QĐ. Hoàng Sa (Đà Nẵng)');
      } else northLabels = labels;
      const legend = page.locator(`[data-panel-id="${panelId}"] .map-legend`);
      // The legend sits over the Gulf of Tonkin and Hainan on the northern tile: it hides neither archipelago.
      if (displayId === 'main-2') {
        await expect.poll(() => legend.innerText()).toContain('34 tỉnh, thành phố');
        expect(await legend.innerText()).toMatch(/Ủy ban An toàn giao thông Quốc gia/);
        // Legible from the farthest seat: 55-inch monitors at 10 m, 6.4 % of the display's height.
        const size = await legend.evaluate((element) => Number.parseFloat(getComputedStyle(element.querySelector('.map-key-label')!).fontSize));
        expect(size).toBeGreaterThanOrEqual(height * 0.064 - 0.5);
      } else expect(await legend.count()).toBe(0);
      await page.waitForTimeout(1_500);
      await page.screenshot({ path: join(ARTIFACTS, `map-${displayId}-${width}x${height}.png`) });
      expect(offOrigin).toEqual([]);
      if (width === 1920) expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  }, 240_000);
});

// A layout for a smaller room (read from 4 m) with two maps: today's traffic deaths (fixed classes) and a
// historical GRDP map.
function writeMapLayout(layoutsDir: string): void {
  const layout = JSON.parse(readFileSync(join(layoutsDir, 'central-room.json'), 'utf8')) as { id: string; name: string; minTextHeightVh: number; walls: { viewing: { farthestM: number }; displays: { id: string; grid: unknown; panels: unknown[] }[] }[] };
  layout.id = 'map-test';
  layout.name = 'Bản đồ thử';
  layout.minTextHeightVh = 2;
  for (const wall of layout.walls) wall.viewing.farthestM = 4;
  const display = (id: string) => layout.walls.flatMap((wall) => wall.displays).find((candidate) => candidate.id === id)!;
  const cell = { column: 1, row: 1, columnSpan: 1, rowSpan: 1 };
  Object.assign(display('main-1'), {
    grid: { columns: 1, rows: 1 },
    panels: [
      {
        id: 'live-map',
        kind: 'map',
        cell,
        options: {
          layers: [{ type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', frequency: 'day', method: 'manual', classes: 3, thresholds: [2, 5] }],
          labels: 'names-and-values',
          focusFigures: [{ channel: 'traffic/accidents', metric: 'injured' }],
        },
      },
    ],
  });
  Object.assign(display('main-3'), {
    grid: { columns: 1, rows: 1 },
    panels: [{ id: 'history-map', kind: 'map', cell, options: { layers: [{ type: 'choropleth', channel: 'indicators/kt-xh', metric: 'kt-xh.grdp-per-capita', frequency: 'year', asOf: '2024-12-31' }] } }],
  });
  writeFileSync(join(layoutsDir, 'map-test.json'), JSON.stringify(layout, null, 2));
}

const provenance = (period: { frequency: string; start: string; end: string }, source: string) => ({
  period,
  cutOff: new Date(Date.now() - 3_600_000).toISOString(),
  source,
  reportedAt: new Date(Date.now() - 1_800_000).toISOString(),
  status: 'provisional',
  revision: 0,
});
const DAY = { frequency: 'day', start: '2026-11-29', end: '2026-11-29' };
const deaths = (area: string, value: number, revision = 0) => ({ metric: 'deaths', area, unit: 'persons', value, ...provenance(DAY, 'Ủy ban An toàn giao thông Quốc gia'), revision });
const grdp = (area: string, value: number, year: number) => ({
  metric: 'kt-xh.grdp-per-capita',
  area,
  unit: 'VND m',
  value,
  ...provenance({ frequency: 'year', start: `${year - 1}-12-15`, end: `${year}-12-14` }, 'Cục Thống kê'),
});

/** Pixels of a screenshot close to a colour (each channel within `tolerance`). */
function pixelsNear(png: Buffer, rgb: readonly number[], tolerance = 14): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.abs(image.data[i]! - rgb[0]!) <= tolerance && Math.abs(image.data[i + 1]! - rgb[1]!) <= tolerance && Math.abs(image.data[i + 2]! - rgb[2]!) <= tolerance) count++;
  }
  return count;
}

describe('maps fed exact figures', () => {
  let hub: RunningHub;
  let backend: Awaited<ReturnType<typeof startScriptedBackend>>;
  let room: Awaited<ReturnType<typeof makeTestRoom>>;
  let beat: NodeJS.Timeout;

  beforeAll(async () => {
    backend = await startScriptedBackend(UPSTREAM);
    room = await makeTestRoom({ upstream: { url: backend.url, credential: { env: 'OPSWALL_E2E_UPSTREAM' } }, layouts: { dir: 'layouts', active: 'map-test' } });
    writeMapLayout(join(room.dir, 'layouts'));
    const loaded = loadRoomConfigFile(room.configFile);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    hub = await startHub({ config: loaded.config, logger: createLogger({ console: false }) });
    const socket = await backend.connected();
    const sentAt = () => new Date().toISOString();
    // Đà Nẵng (VN34-48) starts in the lowest class; Cà Mau (VN34-96) has not reported.
    const today = AREAS_34.filter((area) => area.code !== 'VN34-96').map((area, i) => deaths(area.code, area.code === 'VN34-48' ? 0 : i % 7));
    socket.emit('feed:snapshot', { channel: 'traffic/accidents', seq: 1, sentAt: sentAt(), observations: [...today, { ...deaths('VN34-48', 3), metric: 'injured' }], reports: [] });
    const history = [...AREAS_63.map((area, i) => grdp(area.code, 50 + i * 2, 2024)), ...AREAS_34.map((area, i) => grdp(area.code, 60 + i * 3, 2025))];
    socket.emit('feed:snapshot', { channel: 'indicators/kt-xh', seq: 1, sentAt: sentAt(), observations: history, reports: [] });
    let seq = 1;
    beat = setInterval(() => socket.emit('feed:heartbeat', { sentAt: sentAt(), channels: { 'traffic/accidents': seq, 'indicators/kt-xh': 1 } }), 1_000);
    (globalThis as { __setSeq?: (n: number) => void }).__setSeq = (n) => (seq = n);
  }, 60_000);

  afterAll(async () => {
    clearInterval(beat);
    await hub?.close();
    await backend?.close();
    room?.cleanup();
  });

  it('shows the 63 provinces for a historical period', async () => {
    const { page, offOrigin } = await openDisplay(hub, 'main-3', 1920, 1080);
    await expect.poll(async () => (await page.$$('[data-panel-id="history-map"] .map-table tbody tr:not([data-class="none"])')).length, { timeout: 60_000 }).toBe(63);
    expect(await mapState(page, 'history-map')).toMatchObject({ areaSet: 'units63' });
    const legend = await page.locator('[data-panel-id="history-map"] .map-legend').innerText();
    expect(legend).toContain('63 tỉnh, thành phố (trước 1/7/2025)');
    expect(legend).toContain('Năm 2024');
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: join(ARTIFACTS, 'map-history-63.png') });
    expect(offOrigin).toEqual([]);
    await page.close();
  }, 120_000);

  it('recolours a province on a live figure without re-creating a layer or the map; a focus zooms to it', async () => {
    const { page } = await openDisplay(hub, 'main-1', 1920, 1080);
    const row = page.locator('[data-panel-id="live-map"] .map-table tr[data-area="VN34-48"]');
    await expect.poll(() => row.getAttribute('data-class'), { timeout: 60_000 }).toBe('0');
    // Cà Mau sent nothing: "no figure", hatched on the map.
    expect(await page.locator('[data-panel-id="live-map"] .map-table tr[data-area="VN34-96"]').getAttribute('data-class')).toBe('none');
    expect(await page.locator('[data-panel-id="live-map"] .map-legend [data-class="no-figure"]').innerText()).toMatch(/Chưa có số liệu\s+1/);
    const zoomBefore = Number((await mapState(page, 'live-map')).zoom);
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: join(ARTIFACTS, 'map-live-34.png') });

    const operator = await connectConsole(hub.url, TEST_SECRETS.operator);
    expect(await operator.command('map.focus', { target: { kind: 'display', displayId: 'main-1' }, area: 'VN34-48' })).toMatchObject({ ok: true });
    await expect.poll(async () => (await mapState(page, 'live-map')).focus, { timeout: 10_000 }).toBe('VN34-48');
    await expect.poll(async () => Number((await mapState(page, 'live-map')).zoom), { timeout: 10_000 }).toBeGreaterThan(zoomBefore + 1.5);
    const card = page.locator('[data-panel-id="live-map"] .map-focus');
    await expect.poll(() => card.innerText()).toContain('Đà Nẵng');
    expect(await card.innerText()).toMatch(/Số người bị thương\s+3/);
    await page.waitForTimeout(1_500);
    const [low, , high] = paletteColours('magma', 3);
    // The focused province is the only one not dimmed: its class colour (over the land, at 90 %) is on screen.
    const blend = (rgb: readonly number[]) => rgb.map((c, i) => Math.round(0.9 * c + 0.1 * [37, 52, 74][i]!));
    const shotBefore = await page.screenshot({ path: join(ARTIFACTS, 'map-focus-before.png') });
    expect(pixelsNear(shotBefore, blend(low!))).toBeGreaterThan(5_000);
    expect(pixelsNear(shotBefore, blend(high!))).toBeLessThan(500);
    const before = await mapState(page, 'live-map');

    // A revised figure puts Đà Nẵng in the highest class.
    const socket = await backend.connected();
    (globalThis as { __setSeq?: (n: number) => void }).__setSeq?.(2);
    socket.emit('feed:batch', { channel: 'traffic/accidents', seq: 2, sentAt: new Date().toISOString(), observations: [{ ...deaths('VN34-48', 9, 1), status: 'revised' }], reports: [] });
    await expect.poll(() => row.getAttribute('data-class'), { timeout: 10_000 }).toBe('2');
    await page.waitForTimeout(1_000);
    const shotAfter = await page.screenshot({ path: join(ARTIFACTS, 'map-focus-after.png') });
    expect(pixelsNear(shotAfter, blend(high!))).toBeGreaterThan(5_000);
    const after = await mapState(page, 'live-map');
    expect(after.mapLoads).toBe('1');
    expect(after.layersInitialised).toBe(before.layersInitialised);
    expect(Number(after.paintLatencyMs)).toBeLessThan(5_000);

    // The focus ends: back to the whole country.
    expect(await operator.command('map.focus', { target: { kind: 'display', displayId: 'main-1' }, area: null })).toMatchObject({ ok: true });
    await expect.poll(async () => Number((await mapState(page, 'live-map')).zoom), { timeout: 10_000 }).toBeCloseTo(zoomBefore, 2);
    expect((await mapState(page, 'live-map')).layersInitialised).not.toBe('0');
    operator.close();
    await page.close();
  }, 180_000);
});

describe("the room's own base map", () => {
  it('draws the maps over raster tiles from an internal server, which the pages are allowed to fetch, and nothing else', async () => {
    const tile = new PNG({ width: 256, height: 256 });
    for (let i = 0; i < tile.data.length; i += 4) tile.data.set([20, 60, 40, 255], i);
    const body = PNG.sync.write(tile);
    const requested: string[] = [];
    const tiles = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(body);
    });
    await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
    const tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
    const room = await makeTestRoom({ map: { base: { tiles: [`${tileOrigin}/{z}/{x}/{y}.png`] } } });
    const loaded = loadRoomConfigFile(room.configFile);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const hub = await startHub({ config: loaded.config, logger: createLogger({ console: false }) });
    try {
      const wall = await fetch(hub.wallUrl('main-2'));
      expect(wall.headers.get('content-security-policy')).toContain(`connect-src 'self' ${tileOrigin}`);
      const { page, offOrigin } = await openDisplay(hub, 'main-2', 1920, 1080);
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await page.waitForSelector('[data-panel-id="national-map-north"] .map-panel[data-status="ready"]', { timeout: 60_000 });
      await expect.poll(() => requested.length, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(requested.every((url) => /^\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
      await page.waitForTimeout(1_000);
      await page.screenshot({ path: join(ARTIFACTS, 'map-room-base.png') });
      expect(offOrigin.every((url) => url.startsWith(`${tileOrigin}/`))).toBe(true);
      expect(refused).toEqual([]);
      await page.close();
    } finally {
      await hub.close();
      room.cleanup();
      tiles.close();
    }
  }, 120_000);
});
