import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoomConfigFile } from '../main/config/load.js';
import { startHub, type RunningHub } from '../main/hub/hub.js';
import { createLogger } from '../main/log.js';
import { makeTestRoom, TEST_SECRETS } from '../main/testing/room-fixture.js';
import { startSim } from '../sim/server.js';
import { ARTIFACTS, launchChromium } from './support/browser.js';
import { freePort } from './support/free-port.js';

const UPSTREAM = 'central-room:e2e-upstream-secret';

let browser: Browser;
let hub: RunningHub | null = null;
let sim: Awaited<ReturnType<typeof startSim>> | null = null;
let room: Awaited<ReturnType<typeof makeTestRoom>>;
let simPort: number;
let hubPort: number;

async function startRoomHub(): Promise<RunningHub> {
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return startHub({ config: { ...loaded.config, hub: { ...loaded.config.hub, port: hubPort } }, logger: createLogger({ console: false }) });
}

const startRoomSim = () => startSim({ port: simPort, seed: 7, credential: UPSTREAM, heartbeatMs: 500 });

beforeAll(async () => {
  [simPort, hubPort] = [await freePort(), await freePort()];
  process.env.OPSWALL_E2E_UPSTREAM = UPSTREAM;
  room = await makeTestRoom({ upstream: { url: `http://127.0.0.1:${simPort}`, credential: { env: 'OPSWALL_E2E_UPSTREAM' } } });
  sim = await startRoomSim();
  hub = await startRoomHub();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  await sim?.close();
  room?.cleanup();
});

async function openDisplay(displayId: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`http://127.0.0.1:${hubPort}/wall?display=${displayId}#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
  await page.waitForSelector(`[data-display-id="${displayId}"][data-layout-version]`);
  return page;
}

/** Each kpi panel: its id, the value it shows and its freshness. */
function kpis(page: Page): Promise<{ id: string; value: string; freshness: string }[]> {
  return page.$$eval('[data-panel-kind="kpi"]', (panels) =>
    panels.map((panel) => ({
      id: panel.getAttribute('data-panel-id') ?? '',
      value: panel.querySelector('[data-kpi-value]')?.textContent?.trim() ?? '',
      freshness: panel.querySelector('[data-freshness]')?.getAttribute('data-freshness') ?? 'none',
    })),
  );
}

describe('live data on the wall', () => {
  let page: Page;

  it('shows live figures with their period and source', async () => {
    page = await openDisplay('main-4');
    await expect.poll(async () => (await kpis(page)).every((k) => /\d/.test(k.value) && k.freshness === 'fresh'), { timeout: 30_000 }).toBe(true);
    const text = await page.locator('[data-panel-id="traffic-deaths"]').innerText();
    expect(text).toMatch(/Ủy ban An toàn giao thông Quốc gia/);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.screenshot({ path: join(ARTIFACTS, 'live-fresh.png') });
  });

  it('keeps the values and marks them stale when the backend stops', async () => {
    const before = await kpis(page);
    await sim!.close();
    sim = null;
    await expect.poll(async () => (await kpis(page)).map((k) => k.freshness), { timeout: 20_000 }).toEqual(before.map(() => 'stale'));
    expect((await kpis(page)).map((k) => k.value)).toEqual(before.map((k) => k.value));
    await page.screenshot({ path: join(ARTIFACTS, 'live-stale.png') });
  });

  it('is fresh again when the backend returns, without a reload', async () => {
    sim = await startRoomSim();
    await expect.poll(async () => (await kpis(page)).every((k) => k.freshness === 'fresh'), { timeout: 45_000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('shows the cached values after a hub restart with the backend down', async () => {
    const shown = await kpis(page);
    await sim!.close();
    sim = null;
    await hub!.close();
    hub = await startRoomHub();
    const fresh = await openDisplay('main-4');
    await expect.poll(async () => (await kpis(fresh)).map((k) => k.value), { timeout: 20_000 }).toEqual(shown.map((k) => k.value));
    expect((await kpis(fresh)).every((k) => k.freshness === 'stale')).toBe(true);
    await fresh.screenshot({ path: join(ARTIFACTS, 'live-cached-after-restart.png') });
    // The page that was open all along reconnects by itself and shows the same.
    await expect.poll(async () => (await kpis(page)).map((k) => k.value), { timeout: 30_000 }).toEqual(shown.map((k) => k.value));
  });
});
