import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHELL_IPC } from '../../src/protocol/shell-bridge.js';
import { registerIdentityHandler } from './ipc.js';
import { createFakeElectron, FakeFrame, monitor } from './testing/fake-electron.js';
import { recordingLogger } from '../testing/recording-logger.js';
import { createWindowManager, REMAP_SETTLE_MS } from './window-manager.js';

const HUB = 'http://127.0.0.1:7400';
const CREDENTIAL = 'shell-local-wall:s3cret';

function setup() {
  const electron = createFakeElectron({ monitors: [monitor(1, 0, 0), monitor(2, 1920, 0)] });
  const logger = recordingLogger();
  const windows = createWindowManager({
    BrowserWindow: electron.BrowserWindow,
    screen: electron.screen,
    mappings: [
      { display: 'main-1', monitor: { index: 0 } },
      { display: 'main-2', monitor: { index: 1 } },
    ],
    hostName: 'wall-1',
    wallUrl: (id) => `${HUB}/wall?display=${id}`,
    preloadPath: '/preload.cjs',
    production: true,
    logger,
  });
  windows.start();
  const unregister = registerIdentityHandler({ ipcMain: electron.ipcMain, hubOrigin: HUB, credential: CREDENTIAL, displayIdOf: windows.displayIdOf, logger });
  const ask = (event: Parameters<typeof electron.ipcMain.invoke>[1], ...args: unknown[]) => electron.ipcMain.invoke(SHELL_IPC.deviceGetIdentity, event, ...args);
  return { electron, logger, unregister, ask, wall: (id: string) => electron.windowFor(id)!.webContents };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('registerIdentityHandler', () => {
  it('gives each wall window its own display id and the wall credential', async () => {
    const { ask, wall } = setup();
    expect(await ask(wall('main-1').invokeEvent())).toEqual({ displayId: 'main-1', credential: CREDENTIAL });
    expect(await ask(wall('main-2').invokeEvent())).toEqual({ displayId: 'main-2', credential: CREDENTIAL });
  });

  it('refuses a window that is not one of the wall windows', async () => {
    const { electron, ask, logger } = setup();
    const foreign = new electron.BrowserWindow({}).webContents;
    foreign.mainFrame.url = `${HUB}/wall?display=main-1`;
    await expect(ask(foreign.invokeEvent())).rejects.toThrow('refused');
    expect(logger.find('ipc-refused')?.fields).toMatchObject({ reason: 'not a wall window', webContents: foreign.id });
  });

  it('refuses a subframe of a wall window, even one of the hub origin', async () => {
    const { ask, wall, logger } = setup();
    const contents = wall('main-1');
    await expect(ask(contents.invokeEvent(contents.addSubframe(`${HUB}/wall?display=main-1`)))).rejects.toThrow('refused');
    // A top frame that is not this window's main frame (another window's, say) is refused too.
    await expect(ask(contents.invokeEvent(new FakeFrame(`${HUB}/wall?display=main-1`)))).rejects.toThrow('refused');
    expect(logger.entries.filter((e) => e.event === 'ipc-refused').map((e) => e.fields.reason)).toEqual(['not the main frame', 'not the main frame']);
  });

  it('refuses a wall window showing a page of another origin', async () => {
    const { ask, wall, logger } = setup();
    const contents = wall('main-2');
    contents.mainFrame.url = 'https://evil.example/wall?display=main-2';
    await expect(ask(contents.invokeEvent())).rejects.toThrow('refused');
    contents.mainFrame.url = 'http://127.0.0.1:7401/wall?display=main-2';
    await expect(ask(contents.invokeEvent())).rejects.toThrow('refused');
    contents.mainFrame.url = '';
    await expect(ask(contents.invokeEvent())).rejects.toThrow('refused');
    expect(logger.entries.filter((e) => e.event === 'ipc-refused').map((e) => e.fields.reason)).toEqual([
      "origin https://evil.example is not the hub's",
      "origin http://127.0.0.1:7401 is not the hub's",
      'the frame has no valid URL',
    ]);
  });

  it('refuses when the sending frame is gone, or the message carries arguments', async () => {
    const { ask, wall } = setup();
    await expect(ask(wall('main-1').invokeEvent(null))).rejects.toThrow('refused');
    await expect(ask(wall('main-1').invokeEvent(), 'main-2')).rejects.toThrow('refused');
  });

  it('stops answering a window once its monitor is unplugged', async () => {
    vi.useFakeTimers();
    const { electron, ask, wall } = setup();
    const contents = wall('main-2');
    electron.screen.unplug(2);
    vi.advanceTimersByTime(REMAP_SETTLE_MS);
    await expect(ask(contents.invokeEvent())).rejects.toThrow('refused');
  });

  it('can be removed', async () => {
    const { electron, unregister } = setup();
    unregister();
    expect(electron.ipcMain.handlers.has(SHELL_IPC.deviceGetIdentity)).toBe(false);
  });
});
