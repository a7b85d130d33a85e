// The Electron entry (package.json "main" → dist/main/shell/main.js) of the packaged app, which is also
// what `opswall` runs on an installed machine. It decides before loading Electron: the administrator's
// commands run as the plain-Node CLI; only the room and `monitors` need Electron.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { appRoot } from '../config/app-root.js';
import { HELP } from '../cli/help.js';
import { routeShellArgs } from './route.js';

/** Packaged, argv is [app, ...args]; run as `electron main.js` or under Node, [runtime, main.js, ...args]. */
const packagedElectron = Boolean(process.versions.electron) && !(process as { defaultApp?: boolean }).defaultApp;
const route = routeShellArgs(process.argv.slice(packagedElectron ? 1 : 2));

switch (route.kind) {
  case 'usage':
    console.error(`opswall: ${route.message}\n\n${HELP.main}`);
    process.exit(2);
    break;
  case 'cli': {
    // This same binary, as Node (Electron's RUN_AS_NODE): no window, no display needed, the CLI's own exit code.
    const child = spawn(process.execPath, [join(appRoot, 'dist', 'main', 'cli.js'), ...route.args], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    child.once('error', (error) => {
      console.error(`opswall: cannot run the command: ${error.message}`);
      process.exit(1);
    });
    child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    break;
  }
  case 'monitors':
    (await import('./electron-main.js')).listMonitors();
    break;
  case 'shell':
    (await import('./electron-main.js')).runShell(route.args);
    break;
}
