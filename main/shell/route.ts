import { ADMIN_COMMANDS, CLI_INFO_WORDS } from '../cli/words.js';

export type ShellRoute =
  /** Start the room: kiosk windows (the words that follow are the shell's own options). */
  | { kind: 'shell'; args: string[] }
  /** List the machine's monitors with their ids, for the room config's display mapping. */
  | { kind: 'monitors' }
  /** An administrator's command: runs as the plain-Node CLI. */
  | { kind: 'cli'; args: string[] }
  | { kind: 'usage'; message: string };

/** The shell's options that take a value (their value is not a command word). */
const VALUED = new Set(['--config', '--pc', '--port']);

/**
 * What the packaged app was asked to do. Chromium and the OS add switches of their own (--no-sandbox …),
 * so switches are looked past; the first word decides. An unknown word is refused, never ignored:
 * `opswall validate room.json` must never start the demo room.
 */
export function routeShellArgs(args: readonly string[]): ShellRoute {
  const index = firstWord(args);
  if (index < 0) {
    const info = args.find((arg) => (CLI_INFO_WORDS as readonly string[]).includes(arg));
    return info ? { kind: 'cli', args: [info] } : { kind: 'shell', args: [...args] };
  }
  const word = args[index]!;
  const rest = [...args.slice(0, index), ...args.slice(index + 1)];
  if (word === 'start') return { kind: 'shell', args: rest };
  if (word === 'monitors') return { kind: 'monitors' };
  if ((ADMIN_COMMANDS as readonly string[]).includes(word) || (CLI_INFO_WORDS as readonly string[]).includes(word)) return { kind: 'cli', args: args.slice(index) };
  return { kind: 'usage', message: `unknown command "${word}"` };
}

function firstWord(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('-')) {
      if (VALUED.has(arg)) i++;
      continue;
    }
    return i;
  }
  return -1;
}
