#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/document/problem.js';
import { ROLES, type Role } from '../src/protocol/roles.js';
import { HELP } from './cli/help.js';
import { appVersion } from './config/app-root.js';
import { validateFiles } from './cli/validate.js';
import { DEMO_UPSTREAM, demoRoomConfig, loadRoomConfigFile, type ConfigResult } from './config/load.js';
import { hashSecret, randomSecret } from './config/secret-hash.js';
import { createLogger } from './log.js';
import { installLastResortGuard } from './process-guard.js';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async start(args) {
    const { values } = parseArgs({
      args,
      options: {
        config: { type: 'string' },
        pc: { type: 'string' },
        port: { type: 'string' },
        'sim-port': { type: 'string' },
        'no-shell': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return help('start');
    const demo = values.config === undefined;
    const port = portOption(values.port, '--port');
    const simPort = portOption(values['sim-port'], '--sim-port');
    if (typeof port === 'string') return usageError('start', port);
    if (typeof simPort === 'string') return usageError('start', simPort);
    // The demo room is fed by the reference backend, started here; the shell (a child) inherits its address and credential.
    const sim = demo ? await startDemoBackend(simPort) : null;
    const loaded = withPort(demo ? demoRoomConfig() : loadRoomConfigFile(values.config!), port);
    if (!loaded.ok) {
      await sim?.close();
      return reportConfigProblems(loaded);
    }
    const { findElectronBinary, launchShell } = await import('./shell/launch.js');
    const electron = values['no-shell'] ? { ok: false as const, reason: '--no-shell was given' } : findElectronBinary();
    if (electron.ok) {
      const shellArgs = [...(values.config ? ['--config', values.config] : []), ...(values.pc ? ['--pc', values.pc] : []), ...(values.port ? ['--port', values.port] : [])];
      const code = await launchShell(electron.path, shellArgs);
      await sim?.close();
      return code;
    }
    const logger = createLogger({ dir: join(loaded.config.dataDir, 'logs'), name: 'hub' }, 'hub');
    const { closeOnSignals, startHubWithAddresses } = await import('./cli/room-runner.js');
    let started: Awaited<ReturnType<typeof startHubWithAddresses>>;
    try {
      started = await startHubWithAddresses(loaded.config, logger, demo);
    } catch (error) {
      await sim?.close();
      throw error;
    }
    const { hub, lines } = started;
    installLastResortGuard(logger);
    const simLine = sim ? [`  national backend (simulator): ${sim.url}`] : [];
    console.log([`No kiosk windows: ${electron.reason}. Serving the pages only — open them in a browser.`, ...lines, ...simLine].join('\n'));
    closeOnSignals(async () => {
      await hub.close();
      await sim?.close();
    });
    return new Promise<number>(() => {});
  },

  async hub(args) {
    const { values } = parseArgs({ args, options: { config: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) return help('hub');
    if (!values.config) return usageError('hub', 'opswall hub needs --config FILE');
    const port = portOption(values.port, '--port');
    if (typeof port === 'string') return usageError('hub', port);
    const loaded = withPort(loadRoomConfigFile(values.config), port);
    if (!loaded.ok) return reportConfigProblems(loaded);
    const logger = createLogger({ dir: join(loaded.config.dataDir, 'logs'), name: 'hub' }, 'hub');
    const { closeOnSignals, startHubWithAddresses } = await import('./cli/room-runner.js');
    const { hub, lines } = await startHubWithAddresses(loaded.config, logger, false);
    installLastResortGuard(logger);
    console.log(lines.join('\n'));
    closeOnSignals(() => hub.close());
    return new Promise<number>(() => {});
  },

  // Commands load what they use on demand: `opswall validate` need not load the hub or the simulator.
  sim: async (args) => (await import('../sim/cli.js')).runSimCommand(args),

  async validate(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) return help('validate');
    if (positionals.length === 0) return usageError('validate', 'opswall validate needs at least one FILE');
    const result = validateFiles(positionals);
    const out = result.ok ? process.stdout : process.stderr;
    out.write(`${result.lines.join('\n')}\n`);
    return result.ok ? 0 : 1;
  },

  async credential(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { role: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) return help('credential');
    const [action, id] = positionals;
    if (action === 'hash') {
      const secret = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
      if (!secret) return usageError('credential', 'no secret on standard input');
      console.log(await hashSecret(secret));
      return 0;
    }
    if (action === 'new' && id) {
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) return usageError('credential', `credential id "${id}" must be lower-case letters, digits and dashes`);
      const roles = (values.role ?? ['viewer']) as Role[];
      const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
      if (unknown.length > 0) return usageError('credential', `unknown role ${unknown.join(', ')} (roles: ${ROLES.join(', ')})`);
      const secret = randomSecret();
      console.log(`Token for the holder (keep it secret):\n  ${id}:${secret}\nEntry for the room config "credentials":\n  ${JSON.stringify({ id, roles, secretHash: await hashSecret(secret) })}`);
      return 0;
    }
    return usageError('credential', 'use "opswall credential hash" or "opswall credential new ID"');
  },
};

function help(command: string): number {
  console.log(HELP[command]);
  return 0;
}

function usageError(command: string, message: string): number {
  console.error(`opswall: ${message}\n\n${HELP[command]}`);
  return 2;
}

/** Starts the simulated national backend for the demo room and points the demo config at it. */
async function startDemoBackend(port: number | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const credential = (process.env[DEMO_UPSTREAM.credentialEnv] ??= `demo-room:${randomSecret()}`);
  const { startSim } = await import('../sim/server.js');
  const simPort = port ?? Number(new URL(DEMO_UPSTREAM.url).port);
  try {
    const sim = await startSim({ host: '127.0.0.1', port: simPort, seed: 2020, credential });
    process.env.OPSWALL_DEMO_UPSTREAM_URL = sim.url;
    return sim;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`the demo room's simulator cannot listen: port ${simPort} on 127.0.0.1 is already in use (choose another with --sim-port N)`, { cause: error });
    }
    throw error;
  }
}

/** A port option: undefined when not given, the number, or the usage problem as text. */
function portOption(value: string | undefined, flag: string): number | undefined | string {
  if (value === undefined) return undefined;
  const port = Number(value);
  return /^\d+$/.test(value) && port <= 65535 ? port : `${flag} "${value}" is not a port number (0-65535)`;
}

/** Applies a --port override (0 = any free port). */
function withPort(result: ConfigResult, port: number | undefined): ConfigResult {
  if (!result.ok || port === undefined) return result;
  return { ok: true, config: { ...result.config, hub: { ...result.config.hub, port } } };
}

function reportConfigProblems(result: Extract<ConfigResult, { ok: false }>): number {
  console.error(`opswall: the room config has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return help('main');
  if (name === '--version') {
    console.log(appVersion);
    return 0;
  }
  const command = commands[name];
  if (!command) return usageError('main', `unknown command "${name}"`);
  try {
    return await command(rest);
  } catch (error) {
    // Bad arguments or a port in use: one clear line, never a stack trace.
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EADDRINUSE' ? `the hub's address is already in use (${(error as Error).message.replace(/^listen EADDRINUSE: address already in use /, '')}); is another hub running?` : (error as Error).message;
    console.error(`opswall ${name}: ${message}`);
    return code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
// A command that failed has closed what it opened; should anything still hold the event loop, a service
// manager must still see the failure at once rather than a process that serves nothing.
if (exitCode !== 0) setTimeout(() => process.exit(exitCode), 500).unref();
