// One frameless kiosk window per layout display placed on this PC, kept in step with the monitors:
// a monitor unplugged closes its window, plugged back in reopens it, moved or resized moves it.
import type { Logger } from '../log.js';
import { planDisplays, sameRect, type DisplayMapping, type Placement, type Rect } from './display-map.js';
import type { BrowserWindowConstructorOptions, ShellScreen, WallWindow, WallWindowConstructor } from './electron-api.js';
import { systemTimers, type Timers } from './timers.js';
import { watchRenderer, type Watchdog, type WatchdogPolicy } from './watchdog.js';

/** Nobody points at a wall; the cursor would sit in the middle of a screen for hours. */
export const HIDE_CURSOR_CSS = '*{cursor:none!important}';

/** Operating systems report a hot-plug as a burst of events (removed, metrics changed, added…); map once it settles. */
export const REMAP_SETTLE_MS = 500;

export interface WindowManagerOptions {
  BrowserWindow: WallWindowConstructor;
  screen: ShellScreen;
  mappings: readonly DisplayMapping[];
  hostName: string;
  wallUrl: (displayId: string) => string;
  /** The bundled preload (dist/preload/wall.cjs): a sandboxed preload can require nothing but electron. */
  preloadPath: string;
  /** Packaged app: no developer tools on the wall. */
  production: boolean;
  logger: Logger;
  timers?: Timers;
  watchdogPolicy?: Partial<WatchdogPolicy>;
}

export interface WindowManager {
  /** Opens the windows for the monitors connected now and follows monitor changes from then on. */
  start(): void;
  /** Closes every window and stops following monitors (the app is quitting). */
  stop(): void;
  /** The display a wall window's web contents shows, or undefined when it is not one of ours. */
  displayIdOf(webContentsId: number): string | undefined;
  /** Display id → bounds of the windows open now. */
  openWindows(): Map<string, Rect>;
  /** Display id → web contents of the windows open now (for their pictures). */
  openContents(): Map<string, WallWindow['webContents']>;
}

export function wallWindowOptions(placement: Placement, preloadPath: string, production: boolean): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    title: `OpsWall — ${placement.displayId}`,
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
      preload: preloadPath,
      spellcheck: false,
      // A wall is never focused and often covered by nothing but still must animate.
      backgroundThrottling: false,
      devTools: !production,
      // An alert() would freeze a wall until someone with a keyboard walked up to it.
      disableDialogs: true,
      // No one will ever click a wall, so media must play without a gesture.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

interface WallEntry {
  window: WallWindow;
  webContentsId: number;
  monitorId: number;
  bounds: Rect;
  watchdog: Watchdog;
  /** Set when we close the window ourselves, so its 'closed' does not bring it back. */
  closing: boolean;
}

export function createWindowManager(options: WindowManagerOptions): WindowManager {
  const { BrowserWindow, screen, logger } = options;
  const timers = options.timers ?? systemTimers;
  const windows = new Map<string, WallEntry>();
  let started = false;
  let stopped = false;
  let remapTimer: unknown = null;

  const load = (entry: WallEntry, displayId: string) => {
    // A failed load also emits did-fail-load, which the watchdog retries; the promise only needs a catch.
    entry.window.webContents.loadURL(options.wallUrl(displayId)).catch((error: unknown) => {
      logger.debug('wall-page-load-rejected', { display: displayId, error: error instanceof Error ? error.message : String(error) });
    });
  };

  const open = (placement: Placement) => {
    const { displayId } = placement;
    const window = new BrowserWindow(wallWindowOptions(placement, options.preloadPath, options.production));
    const contents = window.webContents;
    const entry: WallEntry = {
      window,
      webContentsId: contents.id,
      monitorId: placement.monitorId,
      bounds: { ...placement.bounds },
      closing: false,
      watchdog: watchRenderer({
        contents,
        displayId,
        reload: () => load(entry, displayId),
        logger,
        timers,
        ...(options.watchdogPolicy ? { policy: options.watchdogPolicy } : {}),
      }),
    };
    windows.set(displayId, entry);
    window.once('ready-to-show', () => window.show());
    contents.on('did-finish-load', () => {
      contents.insertCSS(HIDE_CURSOR_CSS).catch((error: unknown) => logger.warn('hide-cursor-failed', { display: displayId, error: String(error) }));
    });
    window.on('closed', () => {
      entry.watchdog.dispose();
      if (windows.get(displayId) !== entry) return;
      windows.delete(displayId);
      if (entry.closing || stopped) return;
      // Closed behind our back (a window manager's close key, say): a wall stays up, so bring it back.
      logger.warn('wall-window-closed-unexpectedly', { display: displayId });
      scheduleRemap('window-closed');
    });
    logger.info('wall-window-opened', { display: displayId, monitor: placement.monitorId, bounds: placement.bounds });
    load(entry, displayId);
  };

  const close = (displayId: string, entry: WallEntry) => {
    entry.closing = true;
    windows.delete(displayId);
    // destroy, not close: a page's beforeunload handler must not be able to keep a window on a vanished monitor.
    if (!entry.window.isDestroyed()) entry.window.destroy();
    entry.watchdog.dispose();
  };

  const move = (displayId: string, entry: WallEntry, placement: Placement) => {
    logger.info('wall-window-moved', { display: displayId, from: entry.bounds, to: placement.bounds, monitor: placement.monitorId });
    // A kiosk (fullscreen) window ignores new bounds; leave kiosk, move, and enter it again on the new monitor.
    entry.window.setKiosk(false);
    entry.window.setBounds(placement.bounds);
    entry.window.setKiosk(true);
    entry.bounds = { ...placement.bounds };
  };

  const remap = (cause: string) => {
    if (stopped) return;
    const monitors = screen.getAllDisplays();
    const plan = planDisplays(options.mappings, options.hostName, monitors);
    logger.info('displays-mapped', { cause, monitors: monitors.length, placed: plan.placements.length, elsewhere: plan.elsewhere });
    for (const { displayId, reason } of plan.unplaced) logger.warn('display-not-placed', { display: displayId, reason });
    const wanted = new Set(plan.placements.map((placement) => placement.displayId));
    for (const [displayId, entry] of [...windows]) {
      if (wanted.has(displayId)) continue;
      const reason = plan.unplaced.find((unplaced) => unplaced.displayId === displayId)?.reason ?? 'no longer placed on this PC';
      logger.warn('wall-window-closed', { display: displayId, monitor: entry.monitorId, reason });
      close(displayId, entry);
    }
    for (const placement of plan.placements) {
      const entry = windows.get(placement.displayId);
      if (!entry) open(placement);
      else {
        if (!sameRect(entry.bounds, placement.bounds)) move(placement.displayId, entry, placement);
        entry.monitorId = placement.monitorId;
      }
    }
  };

  const scheduleRemap = (cause: string) => {
    if (stopped) return;
    if (remapTimer !== null) timers.clearTimeout(remapTimer);
    remapTimer = timers.setTimeout(() => {
      remapTimer = null;
      remap(cause);
    }, REMAP_SETTLE_MS);
  };

  return {
    start() {
      if (started) return;
      started = true;
      screen.on('display-added', (_event, display) => {
        logger.info('monitor-added', { monitor: display.id, bounds: display.bounds });
        scheduleRemap('display-added');
      });
      screen.on('display-removed', (_event, display) => {
        logger.info('monitor-removed', { monitor: display.id });
        scheduleRemap('display-removed');
      });
      screen.on('display-metrics-changed', (_event, display, changedMetrics) => {
        logger.info('monitor-changed', { monitor: display.id, changed: changedMetrics, bounds: display.bounds });
        scheduleRemap('display-metrics-changed');
      });
      remap('start');
    },
    stop() {
      stopped = true;
      if (remapTimer !== null) timers.clearTimeout(remapTimer);
      remapTimer = null;
      logger.info('wall-windows-closing', { displays: [...windows.keys()] });
      for (const [displayId, entry] of [...windows]) close(displayId, entry);
    },
    displayIdOf(webContentsId) {
      for (const [displayId, entry] of windows) if (entry.webContentsId === webContentsId) return displayId;
      return undefined;
    },
    openWindows() {
      return new Map([...windows].map(([displayId, entry]) => [displayId, { ...entry.bounds }]));
    },
    openContents() {
      return new Map([...windows].filter(([, entry]) => !entry.window.isDestroyed()).map(([displayId, entry]) => [displayId, entry.window.webContents]));
    },
  };
}
