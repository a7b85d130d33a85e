// The shell's start in Electron: only this file touches the real 'electron' module; everything else
// gets it through createShell's deps. main.ts loads it only when the room (or `monitors`) is asked for.
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, screen } from 'electron';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/document/problem.js';
import { appRoot } from '../config/app-root.js';
import { demoRoomConfig, loadRoomConfigFile, readSecret } from '../config/load.js';
import { parseShellArgs, SHELL_USAGE } from './args.js';
import { monitorTable } from './monitors.js';
import { createShell } from './shell.js';

/** Starts the room's kiosk windows; resolves to an exit code when the shell cannot run, null while it runs. */
async function startRoom(args: string[]): Promise<number | null> {
  const parsed = parseShellArgs(args);
  if (!parsed.ok) {
    console.error(`opswall shell: ${parsed.reason}\n${SHELL_USAGE}`);
    return 1;
  }
  const { configFile, pcName } = parsed.args;
  const outcome = await createShell({
    electron: { app, BrowserWindow, screen, ipcMain, powerSaveBlocker, Menu },
    loadConfig: () => (configFile ? loadRoomConfigFile(configFile) : demoRoomConfig()),
    // Imported only when this PC runs the hub, so a wall PC of a remote hub never loads its dependencies.
    startHub: async (options) => (await import('../hub/hub.js')).startHub(options),
    readSecret,
    hostName: pcName ?? hostname(),
    preloadPath: join(appRoot, 'dist', 'preload', 'wall.cjs'),
    production: app.isPackaged,
  });
  switch (outcome.status) {
    case 'running':
      return null;
    case 'second-instance':
      console.error('opswall shell: already running on this PC; this one quits.');
      return null;
    case 'invalid-config':
      console.error(`opswall shell: the room config has ${outcome.problems.length} problem(s):`);
      for (const problem of outcome.problems) console.error(`  ${formatProblem(problem)}`);
      return 1;
    case 'failed':
      console.error(`opswall shell: cannot start: ${outcome.reason}`);
      return 1;
  }
}

export function runShell(args: string[]): void {
  startRoom(args).then(
    (exitCode) => {
      if (exitCode !== null) app.exit(exitCode);
    },
    (error: unknown) => {
      console.error('opswall shell: failed to start', error);
      app.exit(1);
    },
  );
}

/** `opswall monitors`: the monitors Electron sees, in the order `{"index": N}` counts them, then quits. */
export function listMonitors(): void {
  app.whenReady().then(
    () => {
      console.log(monitorTable(screen.getAllDisplays()).join('\n'));
      app.exit(0);
    },
    (error: unknown) => {
      console.error('opswall monitors: failed', error);
      app.exit(1);
    },
  );
}
