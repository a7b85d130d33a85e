import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The shipped layouts and the JSON Schemas they name sit unpacked beside the archive
 * (resources/app.asar.unpacked), so an editor opening a layout of an installed app finds its `$schema`.
 * Returns a line per layout whose schema does not resolve there.
 */
export function packedLayoutProblems(resources: string): string[] {
  const unpacked = join(resources, 'app.asar.unpacked');
  const layouts = join(unpacked, 'layouts');
  if (!existsSync(layouts)) return [`the shipped layouts are not unpacked (no ${layouts}): add "layouts/**" to asarUnpack`];
  const problems: string[] = [];
  for (const name of readdirSync(layouts).filter((file) => file.endsWith('.json'))) {
    const file = join(layouts, name);
    let schema: unknown;
    try {
      schema = (JSON.parse(readFileSync(file, 'utf8')) as { $schema?: unknown }).$schema;
    } catch (error) {
      problems.push(`layouts/${name} does not parse: ${(error as Error).message}`);
      continue;
    }
    if (typeof schema !== 'string') continue;
    if (!existsSync(resolve(dirname(file), schema))) problems.push(`layouts/${name} names "$schema": "${schema}", which is not in the package (add "docs/schemas/**" to files and asarUnpack)`);
  }
  return problems;
}
