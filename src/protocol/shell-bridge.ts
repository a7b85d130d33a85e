/**
 * The one contract between the Electron preload and the wall page (VS Code style: one typed
 * contract used by both sides of IPC). Exposed on `window.opswall`; absent in a plain browser.
 */
export interface DeviceIdentity {
  /** The layout display this window shows. */
  displayId: string;
  /** The wall credential ("id:secret") the page presents to the hub. */
  credential: string;
  /** A console's live view of the display (not the display itself): shows what it shows, reports nothing. */
  preview?: boolean;
}

/** A picture of the page, taken by the shell (capturePage), for the console: a small JPEG. */
export interface PagePicture {
  jpeg: string;
  width: number;
  height: number;
}

export interface ShellBridge {
  device: {
    getIdentity(): Promise<DeviceIdentity>;
    /** Calls `listener` with each picture the shell takes of this page; returns a function that stops. */
    onPicture(listener: (picture: PagePicture) => void): () => void;
  };
}

/** IPC channel names, one per message: no generic send(channel, …). */
export const SHELL_IPC = {
  deviceGetIdentity: 'opswall:device:get-identity',
  devicePicture: 'opswall:device:picture',
} as const;
