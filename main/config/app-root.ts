import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding OpsWall's package.json, whether run from source, from dist/ or from a packaged app. */
export const appRoot: string = findAppRoot(dirname(fileURLToPath(import.meta.url)));

export const appVersion: string = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;

function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'opswall') return dir;
    if (dirname(dir) === dir) throw new Error(`OpsWall's package.json was not found above ${start}`);
  }
}
