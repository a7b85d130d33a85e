// The control console from a browser, switching six display pages in Chromium: the two-phase switch as
// a user sees it, a frozen display, spotlight, a playlist, a schedule on the hub's (controlled) clock.
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoomConfigFile } from '../main/config/load.js';
import { startHub, type RunningHub } from '../main/hub/hub.js';
import { offsetClock } from '../main/hub/room/clock.js';
import { createLogger } from '../main/log.js';
import { connectConsole } from '../main/testing/console-client.js';
import { makeTestRoom, TEST_SECRETS, writeBoard } from '../main/testing/room-fixture.js';
import { axeViolations } from './support/axe.js';
import { ARTIFACTS, launchChromium } from './support/browser.js';

const DISPLAYS = ['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6'];
/** The hub's clock starts on a Monday at 07:29:45 in Hà Nội: the 07:30 schedule is 15 s away. */
const HUB_START = Date.parse('2026-11-30T07:29:45+07:00');

let browser: Browser;
let hub: RunningHub;
let room: Awaited<ReturnType<typeof makeTestRoom>>;
const pages = new Map<string, Page>();
let consolePage: Page;

beforeAll(async () => {
  room = await makeTestRoom();
  writeBoard(join(room.dir, 'layouts'), 'daily-briefing', 'Giao ban sáng');
  writeBoard(join(room.dir, 'layouts'), 'evening-board', 'Bảng buổi tối');
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  hub = await startHub({ config: loaded.config, logger: createLogger({ console: false }), clock: offsetClock(HUB_START) });
  browser = await launchChromium();
  for (const id of DISPLAYS) {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    await page.goto(`${hub.wallUrl(id)}#key=${encodeURIComponent(TEST_SECRETS.wall)}`);
    await page.waitForSelector(`[data-display-id="${id}"][data-layout-version]`, { timeout: 30_000 });
    await recordFrames(page);
    pages.set(id, page);
  }
  // The wall settles first: with software WebGL a map's first draws compile its shaders for about 20 s, in
  // which that page has no frame to give a switch (a GPU does it in well under a second).
  const framesInASecond = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
    let frames = 0;
    const started = performance.now();
    const tick = () => (performance.now() - started < 1_000 ? (frames++, requestAnimationFrame(tick)) : resolve(frames));
    requestAnimationFrame(tick);
  }));
  for (const page of pages.values()) {
    if ((await page.$('.map-panel')) === null) continue;
    await page.waitForSelector('.map-panel[data-status="ready"]', { timeout: 60_000 });
    for (const started = Date.now(); (await framesInASecond(page)) <= 20; ) {
      if (Date.now() - started > 120_000) throw new Error(`${page.url()}: the map did not settle in 2 minutes`);
    }
  }
  consolePage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await consolePage.goto(`${hub.consoleUrl}#key=${encodeURIComponent(TEST_SECRETS.operator)}`);
  await consolePage.waitForSelector('[data-wall-id="main"]', { timeout: 30_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  room?.cleanup();
});

/**
 * Records, on every animation frame of the page, which layouts are on screen: the shown layer's layout
 * and how many layers are visible, so a blank or mixed frame would be caught.
 */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: { t: number; shown: string[]; panels: number }[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const tick = (t: number) => {
      const visible = [...document.querySelectorAll<HTMLElement>('.wall-layer')].filter((layer) => getComputedStyle(layer).visibility === 'visible');
      frames.push({ t: performance.timeOrigin + t, shown: visible.map((layer) => layer.dataset.layoutVersion ?? '?'), panels: visible.reduce((n, layer) => n + layer.querySelectorAll('[data-panel-id]').length, 0) });
      if (frames.length > 4000) frames.splice(0, 2000);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function framesOf(page: Page): Promise<{ t: number; shown: string[]; panels: number }[]> {
  return page.evaluate(() => (window as unknown as { __frames: { t: number; shown: string[]; panels: number }[] }).__frames.splice(0));
}

const shownLayout = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.wall-layer[data-layer="shown"]')?.dataset.layoutVersion ?? '');
const versionOf = (layoutId: string, displayId: string) => hub.room.assignmentOf(displayId, { loaded: [...(hub.control as unknown as { library: { layouts: Map<string, never> } }).library.layouts.values()].find((l: { layout: { id: string } }) => l.layout.id === layoutId)!, spotlight: null })!.layout.version;

async function switchWall(layoutName: string): Promise<void> {
  const form = consolePage.locator('[data-wall-id="main"] > .switch-control');
  await form.locator('select').selectOption({ label: layoutName });
  await form.locator('button[type="submit"]').click();
}

describe('switching the wall from the console', () => {
  it('commits on all six displays, each in one frame: never a blank or mixed frame', async () => {
    for (const page of pages.values()) await framesOf(page);
    await switchWall('Giao ban sáng');
    const target = versionOf('daily-briefing', 'main-1');
    await expect.poll(async () => (await Promise.all([...pages.values()].map(shownLayout))).every((version) => version.startsWith(target.split('+')[0]!)), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => consolePage.locator('.switch-banner').getAttribute('data-switch-state'), { timeout: 10_000 }).toBe('done');
    for (const [id, page] of pages) {
      const frames = await framesOf(page);
      expect(frames.length, id).toBeGreaterThan(0);
      // Exactly one layer visible in every frame, with its panels; the layout changes once, from one frame to the next.
      expect(frames.filter((frame) => frame.shown.length !== 1 || frame.panels === 0), id).toEqual([]);
      const changes = frames.filter((frame, i) => i > 0 && frame.shown[0] !== frames[i - 1]!.shown[0]);
      expect(changes, id).toHaveLength(1);
    }
    await consolePage.screenshot({ path: join(ARTIFACTS, 'console-after-switch.png') });
    expect(await axeViolations(consolePage)).toEqual([]);
  });

  it('still switches the others when one display is frozen, and the console names the one that did not', async () => {
    const frozen = pages.get('main-6')!;
    const cdp: CDPSession = await frozen.context().newCDPSession(frozen);
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.pause');
    await switchWall('Bảng buổi tối');
    const target = versionOf('evening-board', 'main-1');
    await expect.poll(async () => (await Promise.all(DISPLAYS.slice(0, 5).map((id) => shownLayout(pages.get(id)!)))).every((v) => v === target), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => consolePage.locator('.switch-banner').getAttribute('data-switch-state'), { timeout: 15_000 }).toBe('partial');
    expect(await consolePage.locator('.switch-banner li[data-display-id="main-6"]').getAttribute('data-state')).toBe('not-ready');
    await consolePage.screenshot({ path: join(ARTIFACTS, 'console-frozen-display.png') });
    await cdp.send('Debugger.resume');
    await cdp.detach();
  });

  it('spotlights a panel on a display and brings it back', async () => {
    const tile = consolePage.locator('[data-display-id="main-2"]');
    await tile.getByRole('button', { name: 'Phóng to một bảng' }).click();
    const picker = tile.locator('.spotlight-picker');
    await picker.locator('select').selectOption({ value: 'central-room/traffic-deaths' });
    await picker.locator('button[type="submit"]').click();
    const page = pages.get('main-2')!;
    await expect.poll(() => page.locator('.wall-layer[data-layer="shown"] [data-panel-id]').evaluateAll((panels) => panels.map((p) => p.getAttribute('data-panel-id'))), { timeout: 20_000 }).toEqual(['traffic-deaths']);
    await page.screenshot({ path: join(ARTIFACTS, 'wall-spotlight.png') });
    await tile.getByRole('button', { name: 'Thôi phóng to' }).click();
    await expect.poll(() => page.locator('.wall-layer[data-layer="shown"] [data-panel-id]').evaluateAll((panels) => panels.map((p) => p.getAttribute('data-panel-id'))), { timeout: 20_000 }).toEqual(['evening-board-national-map-north']);
  });

  it('focuses every map of the room on a province, and ends the focus', async () => {
    const form = consolePage.locator('.map-focus-control');
    await form.locator('select').selectOption({ value: 'VN34-48' });
    await form.getByRole('button', { name: 'Tập trung', exact: true }).click();
    for (const id of ['main-2', 'main-5']) {
      await expect.poll(() => pages.get(id)!.locator('.wall-layer[data-layer="shown"] .map-canvas').getAttribute('data-focus'), { timeout: 20_000 }).toBe('VN34-48');
    }
    await expect.poll(() => pages.get('main-2')!.locator('.map-focus').innerText(), { timeout: 10_000 }).toContain('Đà Nẵng');
    await expect.poll(() => consolePage.locator('[data-display-id="main-5"]').innerText()).toContain('Bản đồ đang tập trung: Đà Nẵng');
    await pages.get('main-2')!.screenshot({ path: join(ARTIFACTS, 'wall-map-focus.png') });
    await form.getByRole('button', { name: /Thôi tập trung/ }).click();
    await expect.poll(() => pages.get('main-2')!.locator('.wall-layer[data-layer="shown"] .map-canvas').getAttribute('data-focus'), { timeout: 20_000 }).toBe('');
  });
});

describe('playlists and schedules', () => {
  it('a playlist rotates its boards on the wall', async () => {
    const operator = await connectConsole(hub.url, TEST_SECRETS.operator);
    expect(
      await operator.command('playlist.save', {
        id: 'rotation',
        name: 'Luân phiên',
        target: { kind: 'wall', wallId: 'main' },
        items: [
          { layoutId: 'daily-briefing', seconds: 10 },
          { layoutId: 'central-room', seconds: 10 },
        ],
      }),
    ).toMatchObject({ ok: true });
    operator.close();
    await consolePage.getByRole('button', { name: 'Danh sách phát' }).click();
    await consolePage.locator('[data-playlist-id="rotation"]').getByRole('button', { name: 'Chạy', exact: true }).click();
    const page = pages.get('main-1')!;
    await expect.poll(() => shownLayout(page), { timeout: 20_000 }).toBe(versionOf('daily-briefing', 'main-1'));
    await consolePage.screenshot({ path: join(ARTIFACTS, 'console-playlists.png') });
    await expect.poll(() => shownLayout(page), { timeout: 25_000 }).toBe(versionOf('central-room', 'main-1'));
    await consolePage.locator('[data-playlist-id="rotation"]').getByRole('button', { name: 'Dừng', exact: true }).click();
    await expect.poll(() => consolePage.locator('[data-playlist-id="rotation"]').getAttribute('data-state')).toBe('idle');
  }, 90_000);

  it('a schedule fires at its time on the hub’s clock', async () => {
    const operator = await connectConsole(hub.url, TEST_SECRETS.operator);
    // The next minute on the hub's clock (it runs on Monday morning in Hà Nội, whatever the day here).
    const hubNow = hub.room.status().hub.now;
    const from = new Date(Math.ceil((hubNow + 1) / 60_000) * 60_000).toLocaleTimeString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    expect(await operator.command('schedule.save', { id: 'morning', name: `Giao ban ${from}`, target: { kind: 'room' }, action: { kind: 'layout', layoutId: 'daily-briefing' }, days: [1, 2, 3, 4, 5], from, until: '09:00' })).toMatchObject({ ok: true });
    operator.close();
    expect(hub.audit.search({ action: 'schedule.began', limit: 5 }).filter((row) => row.summary.includes('morning'))).toEqual([]);
    await consolePage.getByRole('button', { name: 'Lịch' }).click();
    await consolePage.screenshot({ path: join(ARTIFACTS, 'console-schedules.png') });
    const hubTime = () => new Date(hub.room.status().hub.now).toLocaleTimeString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    await expect.poll(() => shownLayout(pages.get('main-3')!), { timeout: 75_000 }).toBe(versionOf('daily-briefing', 'main-3'));
    expect(hubTime() >= `${from}:00`).toBe(true);
    expect(hub.audit.search({ action: 'schedule.began', limit: 1 })[0]?.summary).toContain('morning');
  }, 90_000);

  it('shows the audit log of all of it, searchable', async () => {
    await consolePage.getByRole('button', { name: 'Nhật ký' }).click();
    await consolePage.locator('.audit-table').waitFor();
    await consolePage.locator('.audit-search input[type="search"]').fill('spotlight');
    await consolePage.locator('.audit-search button[type="submit"]').click();
    await expect.poll(() => consolePage.locator('.audit-table tbody tr').count()).toBeGreaterThan(0);
    const actions = await consolePage.locator('.audit-table tbody tr td:nth-child(4) code').allInnerTexts();
    expect(actions.every((action) => action.includes('spotlight') || action === 'switch.result')).toBe(true);
    await consolePage.screenshot({ path: join(ARTIFACTS, 'console-audit.png') });
    expect(await axeViolations(consolePage)).toEqual([]);
  });

  it('works on a 768 px wide tablet, and from the keyboard', async () => {
    const tablet = await browser.newPage({ viewport: { width: 768, height: 1024 } });
    await tablet.goto(`${hub.consoleUrl}#key=${encodeURIComponent(TEST_SECRETS.operator)}`);
    await tablet.waitForSelector('[data-wall-id="main"]', { timeout: 30_000 });
    const overflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await tablet.keyboard.press('Tab');
    await tablet.keyboard.press('Tab');
    expect(await tablet.evaluate(() => document.activeElement?.tagName)).toMatch(/BUTTON|SELECT|INPUT|A/);
    await tablet.screenshot({ path: join(ARTIFACTS, 'console-tablet.png'), fullPage: true });
    expect(await axeViolations(tablet)).toEqual([]);
    await tablet.close();
  });
});
