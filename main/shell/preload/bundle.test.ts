// The preload runs sandboxed, where require() knows only 'electron': build it as shipped and run the
// bundle with exactly that require.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { SHELL_IPC } from '../../../src/protocol/shell-bridge.js';

const outDir = mkdtempSync(join(tmpdir(), 'opswall-preload-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the bundled preload (vite.preload.config.ts)', () => {
  it('is one CommonJS file that requires nothing but electron and exposes the bridge', async () => {
    await build({ configFile: resolve(import.meta.dirname, '../../../vite.preload.config.ts'), logLevel: 'silent', build: { outDir } });
    const code = readFileSync(join(outDir, 'wall.cjs'), 'utf8');
    const required: string[] = [];
    const exposed = new Map<string, { device: { getIdentity(): Promise<unknown> } }>();
    const invoked: unknown[][] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return {
        contextBridge: { exposeInMainWorld: (key: string, api: { device: { getIdentity(): Promise<unknown> } }) => exposed.set(key, api) },
        ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args) },
      };
    };
    new Function('require', 'module', 'exports', code)(sandboxRequire, { exports: {} }, {});
    expect(required).toEqual(['electron']);
    await exposed.get('opswall')!.device.getIdentity();
    expect(invoked).toEqual([[SHELL_IPC.deviceGetIdentity]]);
  });
});
