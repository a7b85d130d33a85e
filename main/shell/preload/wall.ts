// The wall window's preload: exposes window.opswall (ShellBridge), one method per message and no
// generic send. It runs sandboxed, where require() knows only 'electron', so vite.preload.config.ts
// bundles it (with the shared contract) into dist/preload/wall.cjs, the file the windows load.
import { contextBridge, ipcRenderer } from 'electron';
import { SHELL_IPC, type DeviceIdentity, type ShellBridge } from '../../../src/protocol/shell-bridge.js';

const bridge: ShellBridge = {
  device: {
    getIdentity: () => ipcRenderer.invoke(SHELL_IPC.deviceGetIdentity) as Promise<DeviceIdentity>,
  },
};

contextBridge.exposeInMainWorld('opswall', bridge);
