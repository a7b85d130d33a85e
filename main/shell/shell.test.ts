import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_IPC } from '../../src/protocol/shell-bridge.js';
import { demoRoomConfig, readSecret, type ConfigResult, type RoomConfig } from '../config/load.js';
import type { StartHubOptions } from '../hub/hub.js';
import { createShell, HUB_CLOSE_TIMEOUT_MS, LOCAL_WALL_CREDENTIAL_ID, type ShellDeps } from './shell.js';
import { createFakeElectron, monitor, type FakeElectron } from './testing/fake-electron.js';
import { flushLogs } from '../log.js';
import { recordingLogger, type RecordingLogger } from '../testing/recording-logger.js';
import { REMAP_SETTLE_MS } from './window-manager.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'opswall-shell-'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

function demoConfig(overrides: Partial<RoomConfig> = {}): RoomConfig {
  const demo = demoRoomConfig();
  if (!demo.ok) throw new Error('the demo room config is invalid');
  return { ...demo.config, dataDir, ...overrides };
}

function fakeHub() {
  const url = 'http://127.0.0.1:7400';
  return {
    starts: [] as StartHubOptions[],
    minted: [] as [string, string[]][],
    closed: 0,
    closeDelayMs: 0,
    url,
    wallUrl: (displayId: string) => `${url}/wall?display=${encodeURIComponent(displayId)}`,
    addEphemeralCredential(id: string, roles: string[]) {
      this.minted.push([id, roles]);
      return `${id}:minted-secret`;
    },
    close() {
      this.closed += 1;
      return this.closeDelayMs === 0 ? Promise.resolve() : new Promise<void>(() => {});
    },
  };
}

interface Setup {
  electron: FakeElectron;
  hub: ReturnType<typeof fakeHub>;
  logger: RecordingLogger;
  deps: ShellDeps;
  logDirs: string[];
  secretsRead: unknown[];
}

function setup(options: { config?: ConfigResult; lock?: boolean; hubFails?: boolean } = {}): Setup {
  const electron = createFakeElectron({ monitors: [monitor(1, 0, 0), monitor(2, 1920, 0)], singleInstanceLock: options.lock ?? true });
  const hub = fakeHub();
  const logger = recordingLogger('shell');
  const logDirs: string[] = [];
  const secretsRead: unknown[] = [];
  const deps: ShellDeps = {
    electron,
    loadConfig: () => options.config ?? { ok: true, config: demoConfig() },
    startHub: async (startOptions) => {
      hub.starts.push(startOptions);
      if (options.hubFails) throw new Error('listen EADDRINUSE: address already in use 127.0.0.1:7400');
      return hub;
    },
    readSecret: (source) => {
      secretsRead.push(source);
      return readSecret(source);
    },
    hostName: 'wall-1',
    preloadPath: '/app/dist/preload/wall.cjs',
    production: true,
    makeLogger: (dir) => {
      logDirs.push(dir);
      return logger;
    },
  };
  return { electron, hub, logger, deps, logDirs, secretsRead };
}

const identityOf = (electron: FakeElectron, displayId: string) =>
  electron.ipcMain.invoke(SHELL_IPC.deviceGetIdentity, electron.windowFor(displayId)!.webContents.invokeEvent());

describe('createShell', () => {
  it('quits at once when another shell already runs on this PC', async () => {
    const { electron, hub, deps } = setup({ lock: false });
    let configRead = false;
    const outcome = await createShell({ ...deps, loadConfig: () => ((configRead = true), { ok: true, config: demoConfig() }) });
    expect(outcome).toEqual({ status: 'second-instance' });
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.app.quitted).toBe(true);
    expect(configRead).toBe(false);
    expect(hub.starts).toEqual([]);
    expect(electron.windows).toEqual([]);
  });

  it('as the first instance, only logs a second launch', async () => {
    const { electron, deps, logger } = setup();
    await createShell(deps);
    electron.app.emit('second-instance', {}, ['opswall', '--config', 'x.json'], '/');
    expect(logger.find('second-instance-ignored')?.fields).toEqual({ argv: ['opswall', '--config', 'x.json'] });
    expect(electron.app.quitCalls).toBe(0);
    expect(electron.liveWindows()).toHaveLength(2);
  });

  it('returns the config problems, and starts nothing, when the config is invalid', async () => {
    const problems = [{ file: '/rooms/a.json', path: '$.displays[0].display', line: 3, column: 7, reason: 'layout "central-room" has no display "x"' }];
    const { electron, hub, deps } = setup({ config: { ok: false, problems } });
    expect(await createShell(deps)).toEqual({ status: 'invalid-config', problems });
    expect(hub.starts).toEqual([]);
    expect(electron.windows).toEqual([]);
  });

  it('starts the hub in-process, mints an ephemeral wall credential, and gives each window its identity', async () => {
    const { electron, hub, deps, logDirs } = setup();
    const config = demoConfig();
    const outcome = await createShell({ ...deps, loadConfig: () => ({ ok: true, config }) });
    expect(outcome.status).toBe('running');
    expect(hub.starts).toEqual([{ config }]);
    expect(hub.minted).toEqual([[LOCAL_WALL_CREDENTIAL_ID, ['wall']]]);
    expect(logDirs).toEqual([join(dataDir, 'logs')]);
    // The demo room maps 8 displays by index; two monitors are connected.
    expect(electron.liveWindows().map((w) => [w.options.title, w.options.x, w.webContents.loads])).toEqual([
      ['OpsWall — main-1', 0, ['http://127.0.0.1:7400/wall?display=main-1']],
      ['OpsWall — main-2', 1920, ['http://127.0.0.1:7400/wall?display=main-2']],
    ]);
    expect(electron.windows[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/dist/preload/wall.cjs' });
    expect(await identityOf(electron, 'main-2')).toEqual({ displayId: 'main-2', credential: `${LOCAL_WALL_CREDENTIAL_ID}:minted-secret` });
  });

  it('hardens every window: new windows and navigation away from the hub are denied', async () => {
    const { electron, deps } = setup();
    await createShell(deps);
    const contents = electron.windowFor('main-1')!.webContents;
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.navigate('https://example.org/')).toBe(false);
    expect(await electron.session.defaultSession.requestPermission('notifications', { requestingUrl: 'http://127.0.0.1:7400/wall', isMainFrame: true })).toBe(false);
  });

  it('keeps the displays awake and removes the default menu and its shortcuts', async () => {
    const { electron, deps } = setup();
    await createShell(deps);
    expect([...electron.powerSaveBlocker.active.values()]).toEqual(['prevent-display-sleep']);
    expect(electron.Menu.applicationMenu).toBeNull();
  });

  it('with a remote hub, starts no hub, reads the wall credential from its source and points the windows there', async () => {
    vi.stubEnv('OPSWALL_TEST_WALL_TOKEN', 'wall-7:remote-secret\n');
    const config = demoConfig({ shell: { hub: 'http://10.20.0.5:7400/', credential: { env: 'OPSWALL_TEST_WALL_TOKEN' } } });
    const { electron, hub, deps, secretsRead } = setup({ config: { ok: true, config } });
    const outcome = await createShell(deps);
    expect(outcome.status).toBe('running');
    expect(hub.starts).toEqual([]);
    expect(secretsRead).toEqual([{ env: 'OPSWALL_TEST_WALL_TOKEN' }]);
    const contents = electron.windowFor('main-1')!.webContents;
    expect(contents.loads).toEqual(['http://10.20.0.5:7400/wall?display=main-1']);
    expect(await identityOf(electron, 'main-1')).toEqual({ displayId: 'main-1', credential: 'wall-7:remote-secret' });
    expect(contents.navigate('http://127.0.0.1:7400/wall?display=main-1')).toBe(false);
  });

  it('fails with the reason when the remote wall credential cannot be read', async () => {
    vi.stubEnv('OPSWALL_TEST_WALL_TOKEN', '');
    const config = demoConfig({ shell: { hub: 'http://10.20.0.5:7400', credential: { env: 'OPSWALL_TEST_WALL_TOKEN' } } });
    const { electron, deps, logger } = setup({ config: { ok: true, config } });
    expect(await createShell(deps)).toEqual({ status: 'failed', reason: 'environment variable OPSWALL_TEST_WALL_TOKEN is not set' });
    expect(electron.windows).toEqual([]);
    expect(logger.find('hub-unavailable')?.level).toBe('error');
  });

  it('fails with the reason when the in-process hub cannot start', async () => {
    const { electron, deps } = setup({ hubFails: true });
    expect(await createShell(deps)).toEqual({ status: 'failed', reason: 'listen EADDRINUSE: address already in use 127.0.0.1:7400' });
    expect(electron.windows).toEqual([]);
  });

  it('stays up with every monitor unplugged, and reopens the windows when they return', async () => {
    vi.useFakeTimers();
    const { electron, deps, logger } = setup();
    await createShell(deps);
    electron.screen.unplug(1);
    electron.screen.unplug(2);
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(electron.liveWindows()).toEqual([]);
    expect(electron.app.quitCalls).toBe(0);
    expect(logger.find('all-wall-windows-closed')).toBeDefined();
    electron.screen.plug(monitor(3, 0, 0, 3840, 2160));
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    expect(electron.liveWindows().map((w) => [w.options.title, w.options.width])).toEqual([['OpsWall — main-1', 3840]]);
  });

  it('on quit, closes the windows, releases the blocker and closes the hub before Electron quits', async () => {
    const { electron, hub, deps } = setup();
    await createShell(deps);
    electron.app.quit();
    expect(electron.app.quitted).toBe(false); // held until the hub has closed
    expect(electron.liveWindows()).toEqual([]);
    expect(electron.powerSaveBlocker.active.size).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(hub.closed).toBe(1);
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(electron.app.quitCalls).toBe(2);
  });

  it('does not let a hub that never closes hold the quit up', async () => {
    vi.useFakeTimers();
    const { electron, hub, deps, logger } = setup();
    hub.closeDelayMs = Infinity;
    await createShell(deps);
    electron.app.quit();
    electron.app.quit(); // a second request while closing changes nothing
    expect(hub.closed).toBe(1);
    await vi.advanceTimersByTimeAsync(HUB_CLOSE_TIMEOUT_MS);
    expect(electron.app.quitted).toBe(true);
    expect(logger.find('hub-close-timeout')).toBeDefined();
  });

  it('logs to <dataDir>/logs/shell.log by default', async () => {
    const { deps } = setup();
    const { makeLogger: _unused, ...withDefaultLogger } = deps;
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await createShell(withDefaultLogger);
    stderr.mockRestore();
    await flushLogs();
    const file = join(dataDir, 'logs', 'shell.log');
    expect(existsSync(file)).toBe(true);
    const events = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { event: string; component: string });
    expect(events.map((e) => e.event)).toContain('shell-running');
    expect(events.find((e) => e.event === 'wall-window-opened')?.component).toBe('shell/windows');
  });
});
