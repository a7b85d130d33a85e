import { appVersion } from '../config/app-root.js';
import { credentialCommand } from './commands/credential.js';
import { validateCommand } from './commands/validate.js';
import { help, usageError, type Command } from './output.js';

/**
 * The commands of `opswall`. Each loads what it uses on demand: `opswall validate` need not load the
 * hub, the shell launcher or the simulator.
 */
const commands: Record<string, Command> = {
  start: async (args) => (await import('./commands/start.js')).startCommand(args),
  hub: async (args) => (await import('./commands/hub.js')).hubCommand(args),
  sim: async (args) => (await import('../../sim/cli.js')).runSimCommand(args),
  validate: validateCommand,
  credential: credentialCommand,
  audit: async (args) => (await import('./commands/audit.js')).auditCommand(args),
  monitors: async (args) => (await import('./commands/monitors.js')).monitorsCommand(args),
};

export const CLI_COMMANDS: readonly string[] = Object.keys(commands);

/** Runs `opswall <command> …` and resolves to its exit status (commands that serve never resolve). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return help('main');
  if (name === '--version') {
    console.log(appVersion);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
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
