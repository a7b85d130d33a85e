// The Electron entry (package.json "main" → dist/main/shell/main.js). Only this file touches the real
// 'electron' module; everything else gets it through createShell's deps.
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, screen } from 'electron';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/document/problem.js';
import { appRoot } from '../config/app-root.js';
import { demoRoomConfig, loadRoomConfigFile, readSecret } from '../config/load.js';
import { parseShellArgs, SHELL_USAGE } from './args.js';
import { createShell } from './shell.js';

async function main(): Promise<number | null> {
  // Packaged, argv is [app, ...args]; in development it is [electron, main.js, ...args].
  const parsed = parseShellArgs(process.argv.slice(app.isPackaged ? 1 : 2));
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

main().then(
  (exitCode) => {
    if (exitCode !== null) app.exit(exitCode);
  },
  (error: unknown) => {
    console.error('opswall shell: failed to start', error);
    app.exit(1);
  },
);
