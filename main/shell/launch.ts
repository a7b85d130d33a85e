// Starting the Electron shell from the `opswall` CLI, which runs in plain Node. This file must not
// import 'electron' statically: in Node the package's main only returns the binary's path, and it
// throws when the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD), which is a normal case.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { join } from 'node:path';
import { appRoot } from '../config/app-root.js';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

/** The compiled shell entry (package.json "main"). */
export const SHELL_MAIN = join(appRoot, 'dist', 'main', 'shell', 'main.js');

export function findElectronBinary(resolveElectron: () => unknown = () => createRequire(import.meta.url)('electron')): ElectronBinary {
  let path: unknown;
  try {
    path = resolveElectron();
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `the Electron binary is not installed (${detail})` };
  }
  if (typeof path !== 'string') return { ok: false, reason: 'the electron package did not give a binary path' };
  if (!existsSync(path)) return { ok: false, reason: `the Electron binary is missing at ${path}` };
  return { ok: true, path };
}

export interface LaunchOptions {
  /** Defaults to SHELL_MAIN. */
  mainScript?: string;
  /** Defaults to this process's environment. */
  env?: NodeJS.ProcessEnv;
}

/** Runs the shell with the given arguments and resolves with its exit code; stdio is shared with the CLI. */
export function launchShell(binaryPath: string, args: readonly string[], options: LaunchOptions = {}): Promise<number> {
  // Set in the environment (some tools do), this would make Electron run main.js as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = options.env ?? process.env;
  const child = spawn(binaryPath, [options.mainScript ?? SHELL_MAIN, ...args], { stdio: 'inherit', env });
  // Ctrl+C reaches both through the terminal; a service manager's SIGTERM reaches only us, so pass it on.
  const forward = () => child.kill('SIGTERM');
  process.on('SIGTERM', forward);
  return new Promise<number>((resolve, reject) => {
    child.once('error', (error) => {
      process.off('SIGTERM', forward);
      reject(new Error(`cannot start Electron at ${binaryPath}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

