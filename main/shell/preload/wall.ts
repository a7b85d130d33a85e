// The wall window's preload: exposes window.opswall (ShellBridge), one method per message and no
// generic send. It runs sandboxed, where require() knows only 'electron', so vite.preload.config.ts
// bundles it (with the shared contract) into dist/preload/wall.cjs, the file the windows load.
import { contextBridge, ipcRenderer } from 'electron';
import { SHELL_IPC, type DeviceIdentity, type PagePicture, type ShellBridge } from '../../../src/protocol/shell-bridge.js';

const bridge: ShellBridge = {
  device: {
    getIdentity: () => ipcRenderer.invoke(SHELL_IPC.deviceGetIdentity) as Promise<DeviceIdentity>,
    onPicture: (listener) => {
      // Only the picture crosses to the page, never the IPC event (it would expose ipcRenderer).
      const forward = (_event: unknown, picture: PagePicture) => listener({ jpeg: String(picture.jpeg), width: Number(picture.width), height: Number(picture.height) });
      ipcRenderer.on(SHELL_IPC.devicePicture, forward);
      return () => void ipcRenderer.removeListener(SHELL_IPC.devicePicture, forward);
    },
  },
};

contextBridge.exposeInMainWorld('opswall', bridge);
