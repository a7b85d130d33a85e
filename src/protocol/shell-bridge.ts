/**
 * The one contract between the Electron preload and the wall page (VS Code style: one typed
 * contract used by both sides of IPC). Exposed on `window.opswall`; absent in a plain browser.
 */
export interface DeviceIdentity {
  /** The layout display this window shows. */
  displayId: string;
  /** The wall credential ("id:secret") the page presents to the hub. */
  credential: string;
}

export interface ShellBridge {
  device: {
    getIdentity(): Promise<DeviceIdentity>;
  };
}

/** IPC channel names, one per message: no generic send(channel, …). */
export const SHELL_IPC = {
  deviceGetIdentity: 'opswall:device:get-identity',
} as const;
