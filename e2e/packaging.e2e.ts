// The packaged app, built offline as CI can: `electron-builder --linux dir` with a stand-in Electron
// (the real binary cannot be downloaded here). Checks what ships, that the administrator's commands
// reach the CLI, and that the native-module check refuses a module built for Node rather than Electron.
import { listPackage, extractAll } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_COMMANDS, CLI_INFO_WORDS } from '../main/cli/words.js';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'opswall-package-'));
const out = join(work, 'release');
const app = join(out, 'linux-unpacked');
const resources = join(app, 'resources');
let build: ReturnType<typeof spawnSync>;

/**
 * A stand-in Electron: with ELECTRON_RUN_AS_NODE it is Node, as the real one is; otherwise it runs the
 * app's entry under Node (enough for the words that never load Electron).
 */
function fakeElectronDist(): string {
  const dist = join(work, 'electron-dist');
  mkdirSync(dist);
  const script = `#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
if [ -n "$ELECTRON_RUN_AS_NODE" ]; then exec "${process.execPath}" "$@"; fi
exec "${process.execPath}" "$here/resources/app.asar/dist/main/shell/main.js" "$@"
`;
  writeFileSync(join(dist, 'electron'), script);
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), '41.7.1');
  return dist;
}

beforeAll(() => {
  build = spawnSync('npx', ['electron-builder', '--linux', 'dir', '--config', 'electron-builder.yml', `--config.electronDist=${fakeElectronDist()}`, `--config.directories.output=${out}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  // Node cannot read an asar archive, the real Electron can: unpack it in place for the stand-in.
  if (existsSync(join(resources, 'app.asar'))) {
    extractAll(join(resources, 'app.asar'), join(resources, 'app.extracted'));
    renameSync(join(resources, 'app.asar'), join(resources, 'app.asar.file'));
    renameSync(join(resources, 'app.extracted'), join(resources, 'app.asar'));
  }
}, 320_000);

describe('offline packaging', () => {
  it('fails the build when the native module does not match Electron, naming the module and both ABIs', () => {
    const output = `${String(build.stdout)}${String(build.stderr)}`;
    expect(build.status, output).not.toBe(0);
    expect(output).toContain('better-sqlite3 (node_modules/better-sqlite3/build/Release/better_sqlite3.node) is built for ABI 115 (Node 20), but Electron 41.7.1 needs ABI 145');
    expect(output).toContain('npx @electron/rebuild -f -w better-sqlite3');
  });

  it('ships the CLI, the layouts with their schemas, and none of the build leftovers or bundled-only packages', () => {
    const files = listPackage(join(resources, 'app.asar.file'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    for (const file of ['/dist/main/cli.js', '/dist/main/cli/run.js', '/dist/main/shell/main.js', '/dist/renderer/wall/index.html', '/layouts/central-room.json']) expect(files).toContain(file);
    const shipped = (pattern: RegExp) => files.filter((file) => pattern.test(file));
    expect(shipped(/\/node_modules\/(react|react-dom|zustand|@fontsource)\//)).toEqual([]);
    expect(shipped(/better-sqlite3\/(deps|src)\//)).toEqual([]);
    expect(shipped(/build\/Release\/(obj|obj\.target|\.deps)\//)).toEqual([]);
    expect(shipped(/test_extension\.node$|\.a$|\.mk$|\.map$|\.test\.js$/)).toEqual([]);
    expect(shipped(/\/dist\/main\/(packaging|testing)\//)).toEqual([]);
    // The layouts' $schema resolves among the real files beside the archive.
    const layout = join(resources, 'app.asar.unpacked', 'layouts', 'central-room.json');
    const schema = (JSON.parse(readFileSync(layout, 'utf8')) as { $schema: string }).$schema;
    expect(existsSync(join(resources, 'app.asar.unpacked', 'layouts', schema))).toBe(true);
    expect(existsSync(join(resources, 'app.asar.unpacked', 'docs', 'schemas', 'room-config.schema.json'))).toBe(true);
  });

  it('installs the administrator\'s wrapper, which knows every administrator\'s command', () => {
    const wrapper = join(resources, 'bin', 'opswall');
    expect(statSync(wrapper).mode & 0o111).not.toBe(0);
    const words = /case "\$\{1:-\}" in\n\s+([^)]+)\)/.exec(readFileSync(wrapper, 'utf8'))?.[1]?.split('|');
    expect(new Set(words)).toEqual(new Set([...ADMIN_COMMANDS, ...CLI_INFO_WORDS]));
  });

  it('runs the administrator\'s commands through the wrapper and through the app binary itself, and refuses unknown words', () => {
    const layouts = [join(root, 'layouts', 'central-room.json'), join(root, 'layouts', 'desk.json')];
    for (const command of [join(resources, 'bin', 'opswall'), join(app, 'opswall')]) {
      const validate = spawnSync(command, ['validate', ...layouts], { encoding: 'utf8' });
      expect(validate.status, `${command}: ${validate.stderr}`).toBe(0);
      expect(validate.stdout).toContain('layout "central-room"');
      const bad = spawnSync(command, ['validate', join(work, 'missing.json')], { encoding: 'utf8' });
      expect(bad.status).toBe(1);
      const credential = spawnSync(command, ['credential', 'new', 'duty-2', '--role', 'viewer', 'operator'], { encoding: 'utf8' });
      expect(credential.status, credential.stderr).toBe(0);
      expect(credential.stdout).toContain('"roles":["viewer","operator"]');
      const unknown = spawnSync(command, ['frobnicate'], { encoding: 'utf8' });
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('unknown command "frobnicate"');
      expect(unknown.stderr).toContain('Usage: opswall <command>');
    }
  });
});
