import { parseArgs } from 'node:util';
import { help, usageError } from '../output.js';
import { validateFiles } from '../validate.js';

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help('validate');
  if (positionals.length === 0) return usageError('validate', 'opswall validate needs at least one FILE');
  const result = validateFiles(positionals);
  const out = result.ok ? process.stdout : process.stderr;
  out.write(`${result.lines.join('\n')}\n`);
  return result.ok ? 0 : 1;
}
