// Presenter sessions as the two rooms run them (DESIGN §5): two hubs on loopback — the central room and the
// Quảng Ninh centre — each with wall pages, a console and a presenter page in Chromium with fake camera and
// microphone. Invite, accept, the province in focus on both walls, pointer and strokes each way, the other
// room's picture and sound decoded on each wall, hand-over, a cut link resumed, the end restoring both walls.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRAL, PROVINCE, startLinkedRooms, type LinkedRooms } from '../main/testing/linked-rooms.js';
import { TEST_SECRETS } from '../main/testing/room-fixture.js';
import { axeViolations } from './support/axe.js';
import { ARTIFACTS, launchChromium, MEDIA_ARGS } from './support/browser.js';

let rooms: LinkedRooms;
let browser: Browser;
const page = {} as Record<'centralVideo' | 'centralMap' | 'centralConsole' | 'centralPresenter' | 'provinceVideo' | 'provinceMap' | 'provinceConsole' | 'provincePresenter', Page>;
const key = (credential: string) => `#key=${encodeURIComponent(credential)}`;

async function open(url: string, size = { width: 960, height: 540 }): Promise<Page> {
  const opened = await browser.newPage({ viewport: size });
  opened.on('pageerror', (error) => console.warn(`page error on ${url}: ${error.message}`));
  await opened.goto(url);
  return opened;
}

/** What a display's annotation layer has drawn. */
const layer = (on: Page) => on.$eval('.annotation-canvas', (canvas) => ({ ...(canvas as HTMLElement).dataset }) as Record<string, string>);
const mapFocus = (on: Page) => on.$eval('.map-canvas', (canvas) => (canvas as HTMLElement).dataset.focus ?? '');

/** Frames the wall's video element has decoded, and whether sound is arriving on it. */
function playback(on: Page): Promise<{ frames: number; width: number; audioTracks: number; playing: boolean }> {
  return on.$eval('.video-picture', (element) => {
    const video = element as HTMLVideoElement;
    const stream = video.srcObject as MediaStream | null;
    return { frames: video.getVideoPlaybackQuality().totalVideoFrames, width: video.videoWidth, audioTracks: stream?.getAudioTracks().filter((t) => t.readyState === 'live').length ?? 0, playing: !video.paused && !video.muted };
  });
}

/** Draws a stroke on the presenter's surface with the mouse (pointer events, as a pen or touch would). */
async function draw(on: Page, from: [number, number], to: [number, number]): Promise<void> {
  const box = (await on.locator('.drawing-surface').boundingBox())!;
  await on.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await on.mouse.down();
  for (let step = 1; step <= 10; step += 1) await on.mouse.move(box.x + box.width * (from[0] + ((to[0] - from[0]) * step) / 10), box.y + box.height * (from[1] + ((to[1] - from[1]) * step) / 10));
  await on.mouse.up();
}

const framesInASecond = (on: Page) =>
  on.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const started = performance.now();
        const tick = () => (performance.now() - started < 1_000 ? (frames++, requestAnimationFrame(tick)) : resolve(frames));
        requestAnimationFrame(tick);
      }),
  );

async function settle(map: Page): Promise<void> {
  await map.waitForSelector('.map-panel[data-status="ready"]', { timeout: 90_000 });
  for (const started = Date.now(); (await framesInASecond(map)) <= 20; ) {
    if (Date.now() - started > 120_000) throw new Error(`${map.url()}: the map did not settle in 2 minutes`);
  }
}

/** Moves the presenter's mouse a little over the surface. */
async function nudge(on: Page): Promise<void> {
  const box = (await on.locator('.drawing-surface').boundingBox())!;
  await on.mouse.move(box.x + box.width * (0.5 + Math.random() * 0.1), box.y + box.height * 0.5);
}

beforeAll(async () => {
  // Software WebGL: a display prepares a board with a new map in tens of seconds (a GPU, in under one).
  rooms = await startLinkedRooms({ graceSeconds: 60, hubOptions: { switchOptions: { prepareTimeoutMs: 90_000 } } });
  browser = await launchChromium(MEDIA_ARGS);
  page.centralVideo = await open(`${rooms.central.wallUrl('main-1')}${key(TEST_SECRETS.wall)}`);
  page.centralMap = await open(`${rooms.central.wallUrl('main-2')}${key(TEST_SECRETS.wall)}`);
  page.provinceVideo = await open(`${rooms.province.wallUrl('p-2')}${key(TEST_SECRETS.wall)}`);
  page.provinceMap = await open(`${rooms.province.wallUrl('p-1')}${key(TEST_SECRETS.wall)}`);
  page.centralConsole = await open(`${rooms.central.consoleUrl}${key(TEST_SECRETS.presenter)}`, { width: 1920, height: 1080 });
  page.provinceConsole = await open(`${rooms.province.consoleUrl}${key(TEST_SECRETS.presenter)}`, { width: 1920, height: 1080 });
  for (const wall of [page.centralVideo, page.centralMap, page.provinceVideo, page.provinceMap]) await wall.waitForSelector('[data-layout-version] .panel', { timeout: 30_000 });
  // The maps settle first: with software WebGL a map's first draws compile its shaders for about 20 s, in
  // which its page has no frame to give a switch (a GPU does it in well under a second).
  for (const map of [page.centralMap, page.provinceMap]) await settle(map);
  await page.centralConsole.waitForSelector('.session-card [data-link-state="up"]', { timeout: 30_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await rooms?.stop();
});

describe('a presenter session between the central room and Quảng Ninh', () => {
  it('invites from the central console and is accepted on the province’s console; both walls show the province in focus', async () => {
    const console = page.centralConsole;
    await console.selectOption('.session-invite select >> nth=1', 'VN34-22');
    await console.click('.session-invite button[type="submit"]');
    await page.provinceConsole.waitForSelector('.session-card[data-session-state="invited"]', { timeout: 10_000 });
    await page.provinceConsole.screenshot({ path: join(ARTIFACTS, 'presenter-invited-console.png') });
    await page.provinceConsole.click('.session-actions button.button-primary');
    await page.centralConsole.waitForSelector('.session-card[data-session-state="active"]', { timeout: 10_000 });
    await page.provinceConsole.waitForSelector('.session-card[data-session-state="active"]', { timeout: 10_000 });
    // The switch to the session board ends (committed, or kept with a reason) within the prepare timeout.
    const switched = (hub: typeof rooms.central, board: string) => hub.audit.search({ action: 'switch.result', limit: 5 }).find((row) => row.summary.includes(`(${board})`));
    await expect.poll(() => switched(rooms.central, 'session'), { timeout: 100_000 }).toBeDefined();
    expect(switched(rooms.central, 'session')?.reason ?? null, switched(rooms.central, 'session')?.summary).toBeNull();
    await expect.poll(() => rooms.central.room.status().walls.map((w) => w.layout?.id), { timeout: 100_000 }).toEqual(['session', 'session']);
    await expect.poll(() => rooms.province.room.status().walls.map((w) => w.layout?.id), { timeout: 100_000 }).toEqual(['provincial-session']);
    for (const wall of [page.centralVideo, page.provinceVideo]) await wall.waitForSelector('.wall-layer[data-layer="shown"] [data-panel-id="remote-room"]', { timeout: 20_000 });
    // The new boards' maps settle (software WebGL: tens of seconds), then every display's layer is on.
    for (const map of [page.centralMap, page.provinceMap]) await settle(map);
    for (const wall of [page.centralVideo, page.centralMap, page.provinceVideo, page.provinceMap]) {
      await expect.poll(() => wall.$eval('.annotation-layer', (layer) => layer.getAttribute('data-active')), { timeout: 30_000 }).toBe('true');
    }
    await expect.poll(() => mapFocus(page.centralMap), { timeout: 30_000 }).toBe('VN34-22');
    await expect.poll(() => mapFocus(page.provinceMap), { timeout: 30_000 }).toBe('VN34-22');
  }, 300_000);

  it('opens the presenters’ pages: only they may use camera and microphone, never a wall page', async () => {
    // Standard-definition pictures: four encoders and four decoders share this machine's two cores.
    page.centralPresenter = await open(`${rooms.central.presenterUrl}?video=sd${key(TEST_SECRETS.presenter)}`, { width: 1600, height: 1000 });
    page.provincePresenter = await open(`${rooms.province.presenterUrl}?video=sd${key(TEST_SECRETS.presenter)}`, { width: 1600, height: 1000 });
    for (const presenter of [page.centralPresenter, page.provincePresenter]) await presenter.waitForSelector('h2[data-session-state="active"]', { timeout: 20_000 });
    const asked = (on: Page) => on.evaluate(() => navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then((stream) => (stream.getTracks().forEach((t) => t.stop()), 'granted'), (error: Error) => error.name));
    expect(await asked(page.centralVideo)).toBe('NotAllowedError');
    expect(await asked(page.centralPresenter)).toBe('granted');
  });

  it('shows each room the other’s picture and sound on its wall', async () => {
    for (const wall of [page.centralVideo, page.provinceVideo]) {
      await wall.waitForSelector('.video-panel[data-video-state="playing"]', { timeout: 30_000 });
      await expect.poll(async () => (await playback(wall)).frames, { timeout: 20_000 }).toBeGreaterThan(10);
      const played = await playback(wall);
      expect(played).toMatchObject({ audioTracks: 1, playing: true });
      expect(played.width).toBeGreaterThan(0);
    }
    // The consoles see the picture and sound of both sides, measured.
    await page.centralConsole.waitForSelector('.session-media dd[data-media-state="connected"] >> nth=1', { timeout: 20_000 });
    await expect.poll(() => page.provinceConsole.locator('.session-media dd').nth(1).textContent(), { timeout: 20_000 }).toMatch(/\d+ kbit\/s 640×360/);
    await expect.poll(() => page.provincePresenter.evaluate(() => new Promise<number>((resolve) => {
      // Sound flows: the audio receiver's level or packets on the presenter page's connection.
      const video = document.querySelector('[data-picture="remote"] video') as HTMLVideoElement | null;
      resolve((video?.srcObject as MediaStream | null)?.getAudioTracks().length ?? 0);
    })), { timeout: 10_000 }).toBe(1);
    await page.centralVideo.screenshot({ path: join(ARTIFACTS, 'presenter-central-video.png') });
    await page.provinceVideo.screenshot({ path: join(ARTIFACTS, 'presenter-province-video.png') });
  });

  it('passes the central presenter’s pointer and strokes to the province’s wall, and the province’s back after hand-over', async () => {
    await draw(page.centralPresenter, [0.3, 0.3], [0.45, 0.4]);
    await expect.poll(async () => Number((await layer(page.provinceMap)).strokes ?? 0), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    // The pointer is where the presenter's mouse is now (a display that reloaded sees it at the next move).
    await expect.poll(async () => (await nudge(page.centralPresenter), (await layer(page.provinceMap)).pointers), { timeout: 10_000 }).toContain(CENTRAL.id);
    // The province has no floor yet: its surface is not drawable.
    expect(await page.provincePresenter.getAttribute('.drawing-surface', 'data-enabled')).toBe('false');
    await page.centralConsole.click(`.session-actions button:has-text("${PROVINCE.name}")`);
    await page.provincePresenter.waitForSelector('.drawing-surface[data-enabled="true"]', { timeout: 10_000 });
    await page.provincePresenter.click('.presenter-tools button:has-text("Mũi tên")');
    await draw(page.provincePresenter, [0.7, 0.6], [0.6, 0.5]);
    await expect.poll(async () => Number((await layer(page.centralMap)).strokes ?? 0), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await nudge(page.provincePresenter), (await layer(page.centralMap)).pointers), { timeout: 10_000 }).toContain(PROVINCE.id);
    // The province moves the focus, with the floor.
    await page.provincePresenter.selectOption('#session-focus + select', 'VN34-01');
    await expect.poll(() => mapFocus(page.centralMap), { timeout: 30_000 }).toBe('VN34-01');
    await page.centralMap.screenshot({ path: join(ARTIFACTS, 'presenter-central-map.png') });
    await page.provinceMap.screenshot({ path: join(ARTIFACTS, 'presenter-province-map.png') });
    await page.centralPresenter.screenshot({ path: join(ARTIFACTS, 'presenter-page.png') });
  });

  it('says on both sides when the link is cut, and resumes with the drawings and focus', async () => {
    rooms.network.cut();
    try {
      await page.centralConsole.waitForSelector('.session-card[data-session-state="suspended"]', { timeout: 10_000 });
      await page.provinceConsole.waitForSelector('.session-card[data-session-state="suspended"]', { timeout: 10_000 });
      await expect.poll(async () => (await page.centralMap.$('.annotation-link-down')) !== null, { timeout: 30_000 }).toBe(true);
      await page.centralMap.screenshot({ path: join(ARTIFACTS, 'presenter-link-down.png') });
    } finally {
      rooms.network.restore();
    }
    await page.centralConsole.waitForSelector('.session-card[data-session-state="active"]', { timeout: 20_000 });
    await expect.poll(async () => (await page.provinceMap.$('.annotation-link-down')) === null, { timeout: 30_000 }).toBe(true);
    expect(Number((await layer(page.provinceMap)).strokes)).toBeGreaterThanOrEqual(2);
    expect(await mapFocus(page.provinceMap)).toBe('VN34-01');
    // The picture comes back after the cut.
    await expect.poll(async () => (await playback(page.centralVideo)).frames, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('passes axe on the presenter page and the console with a session', async () => {
    for (const on of [page.centralPresenter, page.centralConsole]) expect(await axeViolations(on)).toEqual([]);
  });

  it('ends from the presenter page and puts both walls back as they were', async () => {
    await page.centralPresenter.click('button.danger');
    await page.centralConsole.waitForSelector('.session-card[data-session-state="idle"]', { timeout: 10_000 });
    // The map pages build their boards' maps again (software WebGL: their page is busy for tens of seconds).
    for (const wall of [page.centralVideo, page.centralMap, page.provinceVideo, page.provinceMap]) {
      await expect.poll(() => wall.$eval('.annotation-layer', (layer) => layer.getAttribute('data-active')), { timeout: 100_000 }).toBe('false');
    }
    await expect.poll(() => rooms.central.room.status().walls.map((w) => w.layout?.id), { timeout: 100_000 }).toEqual(['central-room', 'central-room']);
    await expect.poll(() => rooms.province.room.status().walls.map((w) => w.layout?.id), { timeout: 100_000 }).toEqual(['provincial-room']);
    await expect.poll(() => page.centralVideo.$$eval('.video-panel', (panels) => panels.length), { timeout: 20_000 }).toBe(0);
  }, 300_000);
});
