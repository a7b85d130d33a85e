import { describe, expect, it, vi } from 'vitest';
import { SHELL_IPC, type ShellBridge } from '../../../src/protocol/shell-bridge.js';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invocations: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      electron.invocations.push(args);
      return Promise.resolve({ displayId: 'main-3', credential: 'shell-local-wall:secret' });
    },
  },
}));

describe('the wall preload', () => {
  it('exposes window.opswall with exactly one method per message, and no generic send', async () => {
    await import('./wall.js');
    expect([...electron.exposed.keys()]).toEqual(['opswall']);
    const bridge = electron.exposed.get('opswall') as ShellBridge;
    expect(Object.keys(bridge)).toEqual(['device']);
    expect(Object.keys(bridge.device)).toEqual(['getIdentity']);
  });

  it('asks the main process for the identity on its own channel, passing nothing the page controls', async () => {
    await import('./wall.js');
    const bridge = electron.exposed.get('opswall') as ShellBridge;
    await expect(bridge.device.getIdentity()).resolves.toEqual({ displayId: 'main-3', credential: 'shell-local-wall:secret' });
    expect(electron.invocations).toEqual([[SHELL_IPC.deviceGetIdentity]]);
  });
});
