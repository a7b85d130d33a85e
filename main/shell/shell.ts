// The shell's orchestration: one instance per PC, the room config, the hub (in-process or remote),
// app-wide hardening, the identity IPC, the wall windows, and a quit that closes the hub cleanly.
// Everything Electron is passed in (deps.electron), so tests drive it with testing/fake-electron.ts.
import { join } from 'node:path';
import type { Problem } from '../../src/document/problem.js';
import type { ConfigResult, RoomConfig } from '../config/load.js';
import type { SecretSource } from '../config/schema.js';
import type { RunningHub, StartHubOptions } from '../hub/hub.js';
import { createLogger, type Logger } from '../log.js';
import type { ShellElectron } from './electron-api.js';
import { registerIdentityHandler } from './ipc.js';
import { hardenApp } from './security.js';
import { systemTimers, type Timers } from './timers.js';
import { startPictures } from './pictures.js';
import { createWindowManager, type WindowManager } from './window-manager.js';

/** The id of the wall credential the shell mints on its in-process hub; it lives as long as the hub. */
export const LOCAL_WALL_CREDENTIAL_ID = 'shell-local-wall';
/** A hub that does not close in this time does not hold the quit up. */
export const HUB_CLOSE_TIMEOUT_MS = 5_000;

/** The part of a hub the shell uses. A remote hub is only its address. */
export type ShellHub = Pick<RunningHub, 'url' | 'wallUrl' | 'close'>;

export interface ShellDeps {
  electron: ShellElectron;
  loadConfig: () => ConfigResult;
  startHub: (options: StartHubOptions) => Promise<Pick<RunningHub, 'url' | 'wallUrl' | 'close' | 'addEphemeralCredential'>>;
  readSecret: (source: SecretSource) => string;
  /** This PC's name, matched against the `pc` of the config's display mappings. */
  hostName: string;
  preloadPath: string;
  production: boolean;
  /** Defaults to `<logDir>/shell.log` plus stderr. */
  makeLogger?: (logDir: string) => Logger;
  timers?: Timers;
}

export type ShellOutcome =
  | { status: 'running'; hub: ShellHub; windows: WindowManager; logger: Logger }
  | { status: 'second-instance' }
  | { status: 'invalid-config'; problems: Problem[] }
  | { status: 'failed'; reason: string };

export async function createShell(deps: ShellDeps): Promise<ShellOutcome> {
  const { app, powerSaveBlocker } = deps.electron;
  const timers = deps.timers ?? systemTimers;
  if (!app.requestSingleInstanceLock()) {
    // Two shells would open two windows per monitor and fight over the hub's port.
    app.quit();
    return { status: 'second-instance' };
  }
  const loaded = deps.loadConfig();
  if (!loaded.ok) return { status: 'invalid-config', problems: loaded.problems };
  const { config } = loaded;
  const logDir = join(config.dataDir, 'logs');
  const logger = deps.makeLogger ? deps.makeLogger(logDir) : createLogger({ dir: logDir, name: 'shell' }, 'shell');
  logger.info('shell-starting', { room: config.room.id, config: config.file ?? '<demo>', pc: deps.hostName, hub: config.shell.hub });

  // A kiosk has nothing to focus: a second launch (a double-click, an autostart twice) is only noted.
  app.on('second-instance', (_event, argv) => logger.info('second-instance-ignored', { argv }));
  // Listening at all keeps Electron from quitting: a wall whose monitors are all unplugged waits for them.
  app.on('window-all-closed', () => logger.warn('all-wall-windows-closed', { waiting: 'for monitors to come back' }));

  await app.whenReady();
  deps.electron.Menu.setApplicationMenu(null); // no Ctrl+W, Ctrl+R or Ctrl+Q on a wall

  let hub: ShellHub;
  let credential: string;
  try {
    ({ hub, credential } = await connectHub(config, deps));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.error('hub-unavailable', { hub: config.shell.hub, reason });
    return { status: 'failed', reason };
  }
  const hubOrigin = new URL(hub.url).origin;
  const wallPath = new URL(hub.wallUrl('probe')).pathname;
  logger.info('hub-ready', { url: hub.url, local: config.shell.hub === 'local' });

  hardenApp(app, { origin: hubOrigin, wallPath }, logger.child('security'));
  const windows = createWindowManager({
    BrowserWindow: deps.electron.BrowserWindow,
    screen: deps.electron.screen,
    mappings: config.displays,
    hostName: deps.hostName,
    wallUrl: (displayId) => hub.wallUrl(displayId),
    preloadPath: deps.preloadPath,
    production: deps.production,
    logger: logger.child('windows'),
    timers,
  });
  const removeIdentityHandler = registerIdentityHandler({
    ipcMain: deps.electron.ipcMain,
    hubOrigin,
    credential,
    displayIdOf: (webContentsId) => windows.displayIdOf(webContentsId),
    logger: logger.child('ipc'),
  });
  const blockerId = powerSaveBlocker.start('prevent-display-sleep');
  windows.start();
  const stopPictures = startPictures(() => windows.openContents(), timers, logger.child('pictures'));

  let phase: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'closed') return;
    // Hold the quit until the hub has closed its sockets, so walls on other PCs see a clean disconnect.
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    logger.info('shell-stopping', {});
    stopPictures();
    windows.stop();
    removeIdentityHandler();
    powerSaveBlocker.stop(blockerId);
    void closeWithin(hub, HUB_CLOSE_TIMEOUT_MS, timers, logger).finally(() => {
      phase = 'closed';
      logger.info('shell-stopped', {});
      app.quit();
    });
  });
  logger.info('shell-running', { windows: [...windows.openWindows().keys()] });
  return { status: 'running', hub, windows, logger };
}

/** "local": start the hub here and mint this PC's wall credential; otherwise the configured hub and credential. */
async function connectHub(config: RoomConfig, deps: ShellDeps): Promise<{ hub: ShellHub; credential: string }> {
  if (config.shell.hub === 'local') {
    // The hub keeps its own log (hub.log), the same whether the CLI or the shell runs it.
    const hub = await deps.startHub({ config });
    return { hub, credential: hub.addEphemeralCredential(LOCAL_WALL_CREDENTIAL_ID, ['wall']) };
  }
  if (!config.shell.credential) throw new Error('a remote hub needs shell.credential in the room config');
  const credential = deps.readSecret(config.shell.credential);
  return { hub: remoteHub(config.shell.hub), credential };
}

/** The same page addresses the hub gives for itself (main/hub/hub.ts), for a hub on another PC. */
export function remoteHub(url: string): ShellHub {
  const base = url.replace(/\/+$/, '');
  return { url: base, wallUrl: (displayId) => `${base}/wall?display=${encodeURIComponent(displayId)}`, close: async () => {} };
}

async function closeWithin(hub: ShellHub, ms: number, timers: Timers, logger: Logger): Promise<void> {
  let timer: unknown = null;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = timers.setTimeout(() => resolve('timeout'), ms);
  });
  try {
    const result = await Promise.race([hub.close().then(() => 'closed' as const), timeout]);
    if (result === 'timeout') logger.warn('hub-close-timeout', { ms });
  } catch (error) {
    logger.error('hub-close-failed', { error: error instanceof Error ? error.message : String(error) });
  } finally {
    timers.clearTimeout(timer);
  }
}
