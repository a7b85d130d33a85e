import { formatProblem } from '../../src/document/problem.js';
import type { ConfigResult } from '../config/load.js';
import { HELP } from './help.js';

/** A command of `opswall`: takes the words after its name, resolves to the exit status. */
export type Command = (args: string[]) => Promise<number>;

export function help(command: string): number {
  console.log(HELP[command]);
  return 0;
}

/** A usage problem: the reason, the command's help, exit status 2. */
export function usageError(command: string, message: string): number {
  console.error(`opswall: ${message}\n\n${HELP[command]}`);
  return 2;
}

export function reportConfigProblems(result: Extract<ConfigResult, { ok: false }>): number {
  console.error(`opswall: the room config has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  return 1;
}

/** A port option: undefined when not given, the number, or the usage problem as text. */
export function portOption(value: string | undefined, flag: string): number | undefined | string {
  if (value === undefined) return undefined;
  const port = Number(value);
  return /^\d+$/.test(value) && port <= 65535 ? port : `${flag} "${value}" is not a port number (0-65535)`;
}

/** Applies a --port override (0 = any free port). */
export function withPort(result: ConfigResult, port: number | undefined): ConfigResult {
  if (!result.ok || port === undefined) return result;
  return { ok: true, config: { ...result.config, hub: { ...result.config.hub, port } } };
}
