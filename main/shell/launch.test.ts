import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary, launchShell, SHELL_MAIN } from './launch.js';

const dir = mkdtempSync(join(tmpdir(), 'opswall-launch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('answers without throwing on this machine, and only names a binary that exists', () => {
    const found = findElectronBinary();
    if (found.ok) expect(existsSync(found.path)).toBe(true);
    else expect(found.reason).toMatch(/Electron binary/);
  });

  it('explains a missing binary (the package throws when it was never downloaded)', () => {
    const found = findElectronBinary(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again\nmore');
    });
    expect(found).toEqual({ ok: false, reason: 'the Electron binary is not installed (Electron failed to install correctly, please delete node_modules/electron and try installing again)' });
  });

  it('refuses a path that is not there, and accepts one that is', () => {
    expect(findElectronBinary(() => join(dir, 'nope', 'electron'))).toEqual({ ok: false, reason: `the Electron binary is missing at ${join(dir, 'nope', 'electron')}` });
    expect(findElectronBinary(() => process.execPath)).toEqual({ ok: true, path: process.execPath });
  });
});

describe('launchShell', () => {
  it('runs the compiled shell entry by default', () => {
    expect(SHELL_MAIN.endsWith(join('dist', 'main', 'shell', 'main.js'))).toBe(true);
  });

  it('passes the arguments after the entry script and resolves with the exit code', async () => {
    const script = join(dir, 'fake-shell.cjs');
    writeFileSync(script, `process.exit(process.argv[2] === '--config' && process.argv[3] === 'room.json' ? 7 : 1);`);
    expect(await launchShell(process.execPath, ['--config', 'room.json'], { mainScript: script })).toBe(7);
  });

  it('never hands ELECTRON_RUN_AS_NODE down (Electron would run the shell as plain Node)', async () => {
    const script = join(dir, 'env-shell.cjs');
    writeFileSync(script, `process.exit(process.env.ELECTRON_RUN_AS_NODE === undefined && process.env.OPSWALL_X === 'y' ? 0 : 3);`);
    expect(await launchShell(process.execPath, [], { mainScript: script, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', OPSWALL_X: 'y' } })).toBe(0);
  });

  it('rejects when the binary cannot be started', async () => {
    await expect(launchShell(join(dir, 'no-such-binary'), [])).rejects.toThrow(/cannot start Electron/);
  });
});
