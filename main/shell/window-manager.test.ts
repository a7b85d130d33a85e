import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayMapping } from './display-map.js';
import { createFakeElectron, FakeEvent, monitor } from './testing/fake-electron.js';
import { recordingLogger } from '../testing/recording-logger.js';
import { createWindowManager, HIDE_CURSOR_CSS, REMAP_SETTLE_MS } from './window-manager.js';

const wallUrl = (displayId: string) => `http://127.0.0.1:7400/wall?display=${displayId}`;
const mappings: DisplayMapping[] = [
  { display: 'main-1', monitor: { index: 0 } },
  { display: 'main-2', monitor: { index: 1 } },
  { display: 'main-3', monitor: { index: 2 } },
  { display: 'other-pc', monitor: { index: 0 }, pc: 'wall-9' },
];

function setup(options: { production?: boolean } = {}) {
  const electron = createFakeElectron({ monitors: [monitor(1, 0, 0), monitor(2, 1920, 0)] });
  const logger = recordingLogger();
  const manager = createWindowManager({
    BrowserWindow: electron.BrowserWindow,
    screen: electron.screen,
    mappings,
    hostName: 'wall-1',
    wallUrl,
    preloadPath: '/opt/opswall/dist/preload/wall.cjs',
    production: options.production ?? true,
    logger,
  });
  manager.start();
  return { electron, logger, manager };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createWindowManager', () => {
  it('opens one hidden, frameless, sandboxed kiosk window per placed display, at its monitor', () => {
    const { electron } = setup();
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[0]!.options).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1080,
      title: 'OpsWall — main-1',
      frame: false,
      kiosk: true,
      show: false,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: '/opt/opswall/dist/preload/wall.cjs',
        spellcheck: false,
        backgroundThrottling: false,
        devTools: false,
        disableDialogs: true,
        autoplayPolicy: 'no-user-gesture-required',
      },
    });
    expect(electron.windows[1]!.options).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080, title: 'OpsWall — main-2' });
    expect(electron.windows.map((w) => w.webContents.loads)).toEqual([[wallUrl('main-1')], [wallUrl('main-2')]]);
  });

  it('allows developer tools outside a packaged app', () => {
    const { electron } = setup({ production: false });
    expect(electron.windows[0]!.options.webPreferences?.devTools).toBe(true);
  });

  it('logs why a display could not be placed, and does not open a window for another PC', () => {
    const { electron, logger } = setup();
    expect(electron.windowFor('main-3')).toBeUndefined();
    expect(electron.windowFor('other-pc')).toBeUndefined();
    expect(logger.find('display-not-placed')?.fields).toEqual({
      display: 'main-3',
      reason: 'no monitor at index 2: 2 connected (connected: #1 (1920×1080 at 0,0), #2 (1920×1080 at 1920,0))',
    });
    expect(logger.find('displays-mapped')?.fields).toMatchObject({ placed: 2, elsewhere: ['other-pc'] });
  });

  it('shows a window only once its page is ready', () => {
    const { electron } = setup();
    const window = electron.windowFor('main-1')!;
    expect(window.visible).toBe(false);
    window.becomeReady();
    expect(window.visible).toBe(true);
  });

  it('hides the cursor on every page load, reloads included', async () => {
    const { electron } = setup();
    const contents = electron.windowFor('main-1')!.webContents;
    expect(contents.insertedCss).toEqual([]);
    contents.finishLoad();
    contents.crash();
    vi.advanceTimersByTime(1_000);
    contents.finishLoad();
    expect(contents.insertedCss).toEqual([HIDE_CURSOR_CSS, HIDE_CURSOR_CSS]);
    expect(HIDE_CURSOR_CSS).toBe('*{cursor:none!important}');
  });

  it('reloads the wall page after a renderer crash, and retries while the hub is not up', async () => {
    const { electron } = setup();
    const contents = electron.windowFor('main-2')!.webContents;
    contents.failLoad(); // hub still starting: the loadURL promise rejects, did-fail-load fires
    vi.advanceTimersByTime(1_000);
    expect(contents.loads).toEqual([wallUrl('main-2'), wallUrl('main-2')]);
    contents.finishLoad();
    contents.crash();
    vi.advanceTimersByTime(1_999);
    expect(contents.loads).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(contents.loads).toEqual([wallUrl('main-2'), wallUrl('main-2'), wallUrl('main-2')]);
  });

  it('closes the window of an unplugged monitor once the OS has settled, and says why', () => {
    const { electron, logger, manager } = setup();
    const main2 = electron.windowFor('main-2')!;
    electron.screen.unplug(2);
    expect(main2.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(main2.isDestroyed()).toBe(true);
    expect(main2.calls.map((c) => c.method)).toContain('destroy');
    expect(electron.windowFor('main-1')?.isDestroyed()).toBe(false);
    expect([...manager.openWindows().keys()]).toEqual(['main-1']);
    expect(logger.find('wall-window-closed')?.fields).toMatchObject({ display: 'main-2', monitor: 2, reason: expect.stringContaining('no monitor at index 1') });
  });

  it('reopens the window when the monitor is plugged back in, at its new bounds', () => {
    const { electron, manager } = setup();
    electron.screen.unplug(2);
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    electron.screen.plug(monitor(7, 1920, 0, 2560, 1440));
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    const reopened = electron.windowFor('main-2')!;
    expect(electron.windows).toHaveLength(3);
    expect(reopened.options).toMatchObject({ x: 1920, y: 0, width: 2560, height: 1440, kiosk: true, frame: false });
    expect(reopened.webContents.loads).toEqual([wallUrl('main-2')]);
    expect(manager.openWindows().get('main-2')).toEqual({ x: 1920, y: 0, width: 2560, height: 1440 });
  });

  it('moves a window whose monitor changed bounds: out of kiosk, new bounds, back into kiosk', () => {
    const { electron } = setup();
    const main2 = electron.windowFor('main-2')!;
    electron.screen.change(2, { x: 1920, y: 0, width: 3840, height: 2160 });
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(main2.calls).toEqual([
      { method: 'setKiosk', args: [false] },
      { method: 'setBounds', args: [{ x: 1920, y: 0, width: 3840, height: 2160 }] },
      { method: 'setKiosk', args: [true] },
    ]);
    expect(main2.bounds).toEqual({ x: 1920, y: 0, width: 3840, height: 2160 });
    expect(main2.kiosk).toBe(true);
    expect(electron.windows).toHaveLength(2);
  });

  it('leaves windows alone when a metrics change does not move the monitor (work area, scale)', () => {
    const { electron } = setup();
    electron.screen.emit('display-metrics-changed', new FakeEvent(), electron.screen.monitors[0], ['workArea']);
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(electron.windows.flatMap((w) => w.calls)).toEqual([]);
  });

  it('maps once after a burst of hot-plug events and never opens two windows for one display', () => {
    const { electron } = setup();
    electron.screen.unplug(2);
    electron.screen.plug(monitor(2, 1920, 0));
    electron.screen.unplug(2);
    electron.screen.plug(monitor(2, 1920, 0));
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(electron.windows).toHaveLength(2);
    expect(electron.liveWindows().map((w) => w.options.title)).toEqual(['OpsWall — main-1', 'OpsWall — main-2']);
  });

  it('re-places a third display when a third monitor arrives', () => {
    const { electron } = setup();
    electron.screen.plug(monitor(3, 3840, 0));
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(electron.windowFor('main-3')?.options).toMatchObject({ x: 3840, y: 0 });
    expect(electron.windows).toHaveLength(3);
  });

  it('brings back a window closed behind its back', () => {
    const { electron, logger } = setup();
    electron.windowFor('main-1')!.close();
    expect(electron.windowFor('main-1')).toBeUndefined();
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(electron.windowFor('main-1')?.options).toMatchObject({ x: 0, y: 0 });
    expect(logger.find('wall-window-closed-unexpectedly')?.fields).toEqual({ display: 'main-1' });
  });

  it('when stopped, closes every window and no longer follows the monitors', () => {
    const { electron, manager } = setup();
    const contents = electron.windowFor('main-1')!.webContents;
    manager.stop();
    expect(electron.liveWindows()).toEqual([]);
    contents.crash();
    electron.screen.plug(monitor(3, 3840, 0));
    vi.advanceTimersByTime(60_000);
    expect(electron.windows).toHaveLength(2);
    expect(contents.loads).toHaveLength(1);
  });

  it('knows which display each of its web contents shows, and no other', () => {
    const { electron, manager } = setup();
    expect(manager.displayIdOf(electron.windowFor('main-2')!.webContents.id)).toBe('main-2');
    expect(manager.displayIdOf(-1)).toBeUndefined();
  });
});
