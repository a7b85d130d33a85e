import { help, usageError } from '../output.js';

/** `opswall monitors` from plain Node: the monitors are Electron's to tell, so the shell answers. */
export async function monitorsCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return help('monitors');
  if (args.length > 0) return usageError('monitors', `unexpected "${args[0]}"`);
  const { findElectronBinary, launchShell } = await import('../../shell/launch.js');
  const electron = findElectronBinary();
  if (!electron.ok) {
    console.error(`opswall monitors: needs the Electron shell, which is not here: ${electron.reason}. Run it from the installed app (opswall monitors).`);
    return 1;
  }
  return launchShell(electron.path, ['monitors']);
}
