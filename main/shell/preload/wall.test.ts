import { describe, expect, it, vi } from 'vitest';
import { SHELL_IPC, type ShellBridge } from '../../../src/protocol/shell-bridge.js';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invocations: [] as unknown[][],
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
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
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => electron.listeners.set(channel, listener),
    removeListener: (channel: string) => electron.listeners.delete(channel),
  },
}));

describe('the wall preload', () => {
  it('exposes window.opswall with exactly one method per message, and no generic send', async () => {
    await import('./wall.js');
    expect([...electron.exposed.keys()]).toEqual(['opswall']);
    const bridge = electron.exposed.get('opswall') as ShellBridge;
    expect(Object.keys(bridge)).toEqual(['device']);
    expect(Object.keys(bridge.device)).toEqual(['getIdentity', 'onPicture']);
  });

  it('passes the shell’s pictures to the page without the IPC event, on their own channel', async () => {
    await import('./wall.js');
    const bridge = electron.exposed.get('opswall') as ShellBridge;
    const pictures: unknown[] = [];
    const stop = bridge.device.onPicture((picture) => pictures.push(picture));
    const sender = { send: () => {} };
    electron.listeners.get(SHELL_IPC.devicePicture)!({ sender, ports: [] }, { jpeg: 'data:image/jpeg;base64,AAAA', width: 480, height: 270, extra: 'dropped' });
    expect(pictures).toEqual([{ jpeg: 'data:image/jpeg;base64,AAAA', width: 480, height: 270 }]);
    stop();
    expect(electron.listeners.has(SHELL_IPC.devicePicture)).toBe(false);
  });

  it('asks the main process for the identity on its own channel, passing nothing the page controls', async () => {
    await import('./wall.js');
    const bridge = electron.exposed.get('opswall') as ShellBridge;
    await expect(bridge.device.getIdentity()).resolves.toEqual({ displayId: 'main-3', credential: 'shell-local-wall:secret' });
    expect(electron.invocations).toEqual([[SHELL_IPC.deviceGetIdentity]]);
  });
});
