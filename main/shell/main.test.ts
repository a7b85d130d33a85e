// The Electron entry, run against a mocked 'electron' module: argv in, windows or a clear error out.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appRoot } from '../config/app-root.js';
import { createFakeElectron, monitor, type FakeElectron } from './testing/fake-electron.js';

const state = vi.hoisted(() => ({ electron: null as unknown as FakeElectron, hubStarts: 0 }));

vi.mock('electron', () => ({
  get app() {
    return state.electron.app;
  },
  get BrowserWindow() {
    return state.electron.BrowserWindow;
  },
  get screen() {
    return state.electron.screen;
  },
  get ipcMain() {
    return state.electron.ipcMain;
  },
  get powerSaveBlocker() {
    return state.electron.powerSaveBlocker;
  },
  get Menu() {
    return state.electron.Menu;
  },
}));

vi.mock('../hub/hub.js', () => ({
  startHub: async () => {
    state.hubStarts += 1;
    const url = 'http://127.0.0.1:7400';
    return { url, wallUrl: (id: string) => `${url}/wall?display=${id}`, addEphemeralCredential: (id: string) => `${id}:x`, close: async () => {} };
  },
}));

let dir: string;
let errors: string[];
const argv = process.argv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'opswall-main-'));
  state.electron = createFakeElectron({ monitors: [monitor(1, 0, 0), monitor(2, 1920, 0)] });
  state.hubStarts = 0;
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.resetModules();
});
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function runMain(...args: string[]): Promise<void> {
  process.argv = ['/usr/lib/electron/electron', join(appRoot, 'dist/main/shell/main.js'), ...args];
  await import('./main.js');
}

function writeConfig(extra: Record<string, unknown>): string {
  const file = join(dir, 'room.json');
  const displays = ['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6', 'side-left', 'side-right'].map((display, index) => ({
    display,
    monitor: { index: index % 2 },
    pc: index < 2 ? 'wall-a' : `wall-${Math.floor(index / 2)}`,
  }));
  writeFileSync(file, JSON.stringify({ schema: 'opswall.room-config', version: 1, room: { id: 'test-room', name: 'Test room' }, layouts: { dir: join(appRoot, 'layouts'), active: 'central-room' }, displays, dataDir: dir, ...extra }));
  return file;
}

describe('main (the Electron entry)', () => {
  it('prints every config problem and exits with 1', async () => {
    const file = writeConfig({ displays: [{ display: 'nope', monitor: { index: 0 } }] });
    await runMain('--config', file);
    await vi.waitFor(() => expect(state.electron.app.exitCode).toBe(1));
    expect(errors[0]).toMatch(/^opswall shell: the room config has \d+ problem\(s\):$/);
    expect(errors.slice(1).some((line) => line.includes(`${file}:`) && line.includes('$.displays[0].display') && line.includes('layout "central-room" has no display "nope"'))).toBe(true);
    expect(errors.some((line) => line.includes('display "main-1" of layout "central-room" is not mapped to a monitor'))).toBe(true);
    expect(state.electron.windows).toEqual([]);
  });

  it('exits with 1 and the usage on a bad command line', async () => {
    await runMain('--config');
    await vi.waitFor(() => expect(state.electron.app.exitCode).toBe(1));
    expect(errors).toEqual(['opswall shell: --config needs a value\nusage: opswall-shell [--config FILE] [--pc NAME]']);
  });

  it('lists the monitors in the order {"index": N} counts them, with their ids, and quits', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void lines.push(...text.split('\n')));
    await runMain('monitors');
    await vi.waitFor(() => expect(state.electron.app.exitCode).toBe(0));
    expect(lines[0]).toBe('2 monitors, in the order {"index": N} counts them (rows top to bottom, each left to right):');
    expect(lines[2]).toMatch(/^ {2}0 +1 +0,0 +1920×1080/);
    expect(lines[3]).toMatch(/^ {2}1 +2 +1920,0 +1920×1080/);
    expect(state.electron.windows).toEqual([]);
  });

  it('opens the windows of the PC named by --pc, with the bundled preload, on an in-process hub', async () => {
    await runMain('--config', writeConfig({}), '--pc', 'wall-a', '--no-sandbox');
    await vi.waitFor(() => expect(state.electron.liveWindows()).toHaveLength(2));
    expect(state.hubStarts).toBe(1);
    expect(state.electron.liveWindows().map((w) => [w.options.title, w.options.x, w.options.webPreferences?.preload, w.options.webPreferences?.devTools])).toEqual([
      ['OpsWall — main-1', 0, join(appRoot, 'dist', 'preload', 'wall.cjs'), true],
      ['OpsWall — main-2', 1920, join(appRoot, 'dist', 'preload', 'wall.cjs'), true],
    ]);
    expect(state.electron.app.exitCode).toBeNull();
  });
});
